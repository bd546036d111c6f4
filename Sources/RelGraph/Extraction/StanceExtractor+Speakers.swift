import Foundation

/// Who speaks ("we" in a quotation) and how a mention is written, for the
/// actors' surface forms.
extension StanceExtractor {
    /// Who "we" is in a sentence: the speaker named beside a speech verb
    /// ("..., Erdogan said") — or, when the sentence names a group the speaker
    /// belongs to ("“France, Germany and the UK regret the decision,” Macron
    /// wrote"), that group. A sentence that opens inside a quotation without a
    /// speech verb continues the previous sentence's quotation and keeps its
    /// speakers (`previous`).
    func speakers(in tokens: [Token], words sentence: SentenceWords, mentions: [ActorMention], previous: [String]) -> [String] {
        let words = sentence.words
        guard let speechIndex = sentence.roles.firstIndex(where: { $0.contains(.speech) }) else {
            return Self.quotationMarks.contains(words.first ?? "") ? previous : []
        }
        let adjacent = mentions.first { mention in
            !mention.isLocation && (abs(mention.tokens.upperBound - speechIndex) <= 1 || abs(speechIndex + 1 - mention.tokens.lowerBound) <= 1
                || (mention.tokens.lowerBound > speechIndex && mention.tokens.lowerBound <= speechIndex + 3))
        }
        // "..., Macron, a champion of the deal, wrote": an apposition may stand between.
        let beforeVerb = mentions.last { mention in
            !mention.isLocation && mention.tokens.upperBound <= speechIndex && speechIndex - mention.tokens.upperBound <= 8
                && !words[mention.tokens.upperBound..<speechIndex].contains { Self.quotationMarks.contains($0) || $0 == "." }
        }
        guard let speaker = adjacent ?? beforeVerb else { return [] }
        var mentionAt = [Int?](repeating: nil, count: tokens.count)
        for (index, mention) in mentions.enumerated() {
            for position in mention.tokens { mentionAt[position] = index }
        }
        for (index, mention) in mentions.enumerated() where !mention.isLocation && mention.tokens != speaker.tokens {
            let group = coordinated(from: index, step: 1, mentions: mentions, mentionAt: mentionAt, words: words).map(\.actorID)
            if Set(group).count >= 2, group.contains(speaker.actorID) { return group }
        }
        return [speaker.actorID]
    }

    /// "we" and "us" in a sentence become mentions of its speakers (one mention
    /// per speaker over the same word, as "the two countries" does).
    func resolvingSpeakerPronouns(_ tokens: [Token], _ mentions: [ActorMention], speakers: [String]) -> [ActorMention] {
        guard !speakers.isEmpty else { return mentions }
        var result = mentions
        for (index, token) in tokens.enumerated() where (token.normalized == "we" || (token.normalized == "us" && token.text == "us"))
            && !mentions.contains(where: { $0.tokens.contains(index) }) {
            for actorID in speakers {
                result.append(ActorMention(actorID: actorID, tokens: index..<index + 1, role: .reference, isLocation: false))
            }
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// A collective's mention with the determiner and describing word before it
    /// ("A large mob", "some opposition groups"), which is how readers name it;
    /// nil when nothing stands there.
    func nounPhrase(of mention: ActorMention, in tokens: [Token]) -> String? {
        let start = mention.tokens.lowerBound
        let isDeterminer = { (index: Int) in index >= 0 && Self.phraseDeterminers.contains(tokens[index].normalized) }
        let isDescriptor = { (index: Int) in
            index >= 0 && tokens[index].kind == .word && !tokens[index].hasCapitalInitial
                && !Self.prepositions.contains(tokens[index].normalized) && !Self.coordinators.contains(tokens[index].normalized)
        }
        let phraseStart: Int
        if isDeterminer(start - 1) {
            phraseStart = start - 1
        } else if isDescriptor(start - 1), isDeterminer(start - 2) {
            phraseStart = start - 2
        } else {
            return nil
        }
        let widened = ActorMention(actorID: mention.actorID, tokens: phraseStart..<mention.tokens.upperBound,
                                   role: mention.role, isLocation: mention.isLocation)
        return text(of: widened, in: tokens)
    }

    static let phraseDeterminers: Set<String> = ["a", "an", "some", "several", "many", "those", "these"]

    /// The mention as written: its tokens' texts, joined by one space where the
    /// text has whitespace between them (a line break inside a name becomes a
    /// space). Built from the tokens alone, so it costs the mention's length,
    /// never the sentence's.
    func text(of mention: ActorMention, in tokens: [Token]) -> String {
        let span = tokens[mention.tokens]
        guard span.count > 1 else { return span.first?.text ?? "" }
        var text = ""
        var previousEnd: Int?
        for token in span {
            if let previousEnd, previousEnd < token.range.lowerBound { text += " " }
            text += token.text
            previousEnd = token.range.upperBound
        }
        return text
    }
}
