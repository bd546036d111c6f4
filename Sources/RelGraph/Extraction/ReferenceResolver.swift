/// Resolves the simple references news text makes to an actor named earlier:
/// "the country", "the kingdom", "the regime" for a state; "the group", "the
/// militants" for an armed group or organisation; a sentence that opens with "It"
/// for the first actor of the sentence before; one that opens with "He" or "She"
/// for the first person named in the sentence before ("President Erdogan",
/// "the Jordanian foreign minister").
///
/// The descriptions are kept to ones that rarely mean anything else; the actor
/// must have been named in the last two sentences, so a reference is never
/// resolved across a change of topic.
struct ReferenceResolver: Sendable {
    /// Descriptions of a state, and of a non-state group, after "the".
    static let stateNouns: Set<String> = ["country", "kingdom", "regime", "state", "nation", "emirate", "republic", "junta"]
    /// Nouns of a pair reference ("the two countries") and the words after which
    /// a bare "both" starts a clause ("after both raised tariffs").
    static let pairNouns: Set<String> = ["countries", "sides", "nations", "states", "governments", "powers", "rivals",
                                         "neighbours", "neighbors", "leaders", "presidents", "ministers", "allies"]
    static let clauseOpeners: Set<String> = ["after", "when", "as", "while", "because", "since"]
    static let groupNouns: Set<String> = ["group", "militants", "militia", "movement", "organisation", "organization", "insurgents", "jihadists",
                                          "company", "firm"]

    /// Actors named in the last sentences, most recent last, with their kind.
    private var recent: [[(actorID: String, kind: ActorKind)]] = []
    /// The actors of the persons named in the last sentence, in order.
    private var lastPersons: [String] = []
    /// Last words of a mention that make it a person ("the Turkish foreign
    /// minister", "Iran's envoy"), besides leaders the dictionary lists.
    static let personNouns: Set<String> = ["president", "minister", "premier", "chancellor", "leader", "king", "queen",
                                           "emir", "prince", "sultan", "spokesman", "spokeswoman", "spokesperson",
                                           "ambassador", "envoy", "secretary", "general", "commander", "chief",
                                           "diplomat", "official", "counterpart", "ayatollah", "monarch"]
    /// For the nouns that say what kind of state it is ("kingdom", "emirate",
    /// "republic"), the states whose names say so ("Kingdom of Saudi Arabia"):
    /// "the kingdom" is never the United States.
    private let styledStates: [String: Set<String>]

    /// A resolver whose "the kingdom" and the like only reach the states in
    /// `styledStates` under that noun.
    init(styledStates: [String: Set<String>] = [:]) {
        self.styledStates = styledStates
    }

    /// The styling nouns, each with the word a state's name holds to be one.
    static let styleNouns: [String: String] = ["kingdom": "kingdom", "emirate": "emirate", "republic": "republic"]

    /// Mentions for the references in `tokens` not already covered by `mentions`.
    func references(in tokens: [Token], mentions: [ActorMention], kindOf: (String) -> ActorKind) -> [ActorMention] {
        var covered = Set<Int>()
        for mention in mentions { covered.formUnion(mention.tokens) }
        var found: [ActorMention] = []
        let words = tokens.map(\.normalized)
        for index in tokens.indices where !covered.contains(index) {
            let word = tokens[index].normalized
            // "the two countries", "both sides", a sentence opening with "Both":
            // the last two actors named, as two mentions over the same words.
            if let length = pairReferenceLength(tokens, words, at: index), !(index..<index + length).contains(where: covered.contains) {
                let named = (recent.flatMap { $0 } + mentions.filter { $0.tokens.upperBound <= index && !$0.isLocation }
                    .map { (actorID: $0.actorID, kind: kindOf($0.actorID)) })
                var lastTwo: [String] = []
                for candidate in named.reversed() where !lastTwo.contains(candidate.actorID) {
                    lastTwo.append(candidate.actorID)
                    if lastTwo.count == 2 { break }
                }
                if lastTwo.count == 2 {
                    for actorID in lastTwo.reversed() {
                        found.append(ActorMention(actorID: actorID, tokens: index..<index + length, role: .reference, isLocation: false))
                    }
                }
                continue
            }
            // "It ..." opening a sentence, or a bullet point ("- It executed ...").
            let opensSentence = index == 0 || (index == 1 && ["-", "•", "*", "–", "—"].contains(tokens[0].text))
            if opensSentence, word == "it", tokens[index].text == "It", let first = recent.last?.first {
                found.append(ActorMention(actorID: first.actorID, tokens: index..<index + 1, role: .reference, isLocation: false))
                continue
            }
            if opensSentence, word == "he" || word == "she", tokens[index].hasCapitalInitial, let person = lastPersons.first {
                found.append(ActorMention(actorID: person, tokens: index..<index + 1, role: .reference, isLocation: false))
                continue
            }
            // '"We will not back down," he said, accusing Greece ...': the one
            // who speaks is the person named last, in this sentence or the one before.
            if word == "he" || word == "she", index + 1 < words.count, StanceExtractor.speechVerbs.contains(words[index + 1]),
               let person = mentions.last(where: { $0.tokens.upperBound <= index && isPerson($0, tokens) })?.actorID
                   ?? lastPersons.last {
                found.append(ActorMention(actorID: person, tokens: index..<index + 1, role: .reference, isLocation: false))
                continue
            }
            guard index > 0, tokens[index - 1].normalized == "the", !covered.contains(index - 1) else { continue }
            let wantsState = Self.stateNouns.contains(word)
            guard wantsState || Self.groupNouns.contains(word) else { continue }
            // The nearest earlier actor of the right kind: this sentence first, then the last two.
            let earlier = mentions.filter { $0.tokens.upperBound <= index - 1 && !$0.isLocation }
                .map { (actorID: $0.actorID, kind: kindOf($0.actorID)) }
            let candidates = (recent.suffix(2).flatMap { $0 }) + earlier
            let styled = styledStates[word]
            let match = candidates.last { candidate in
                if let styled { return styled.contains(candidate.actorID) }
                return wantsState ? candidate.kind == .state : (candidate.kind == .armedGroup || candidate.kind == .organisation)
            }
            if let match {
                found.append(ActorMention(actorID: match.actorID, tokens: (index - 1)..<(index + 1), role: .reference, isLocation: false))
            }
        }
        return found
    }

    /// "the two countries", "the two sides", "both countries", "both sides", or
    /// "Both" opening a sentence: how many words the reference spans.
    private func pairReferenceLength(_ tokens: [Token], _ words: [String], at index: Int) -> Int? {
        if index + 2 < words.count, words[index] == "the", words[index + 1] == "two", Self.pairNouns.contains(words[index + 2]) { return 3 }
        if index + 1 < words.count, words[index] == "both", Self.pairNouns.contains(words[index + 1]) { return 2 }
        if index == 0, words.first == "both", tokens[0].text == "Both" { return 1 }
        if index > 0, words[index] == "both", index + 1 < words.count, tokens[index + 1].kind == .word,
           Self.clauseOpeners.contains(words[index - 1]) { return 1 }
        return nil
    }

    /// Remembers the actors of a finished sentence.
    mutating func record(_ mentions: [ActorMention], tokens: [Token], kindOf: (String) -> ActorKind) {
        recent.append(mentions.filter { !$0.isLocation }.map { (actorID: $0.actorID, kind: kindOf($0.actorID)) })
        if recent.count > 2 { recent.removeFirst() }
        lastPersons = mentions.filter { isPerson($0, tokens) }.map(\.actorID)
    }

    /// Whether a mention names a person: a listed leader, a titled person, or a
    /// state's office-holder ("the Turkish foreign minister").
    private func isPerson(_ mention: ActorMention, _ tokens: [Token]) -> Bool {
        !mention.isLocation && (mention.role == .leader || mention.personName != nil
            || Self.personNouns.contains(tokens[mention.tokens.upperBound - 1].normalized))
    }
}
