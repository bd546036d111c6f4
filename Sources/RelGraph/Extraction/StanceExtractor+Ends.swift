import Foundation

/// Finding the two ends of a stance: the subject before a trigger and the
/// object after it, with coordination, passives, parentheticals, participle
/// clauses and the other structures news sentences use.
extension StanceExtractor {
    /// The nearest actor before `position` in the same clause, with the actors
    /// coordinated with it ("Saudi Arabia, Bahrain, the UAE and Egypt").
    func group(before position: Int, mentions: [ActorMention], mentionAt: [Int?], words: [String], limit: Int,
                       skippingPrepositionObjects: Bool = false) -> [ActorMention] {
        var start = position - 1
        var agent: [ActorMention] = []
        // "The Free Syrian Army, backed by Turkey, captured the town": a
        // parenthetical participle or relative clause right before the verb
        // describes the subject; the subject stands before it. When no actor
        // does ("The operation, launched by Turkey, targeted IS"), the one who
        // launched or led it acts.
        if start >= 0, words[start] == ",", let opening = parentheticalStart(endingAt: start, words: words) {
            if opening + 2 < words.count, Self.agentParticiples.contains(words[opening + 1]), words[opening + 2] == "by" {
                agent = group(after: opening + 2, mentions: mentions, mentionAt: mentionAt, words: words, limit: 3)
            }
            start = opening - 1
        }
        let found = nearestGroup(from: start, mentions: mentions, mentionAt: mentionAt, words: words, limit: limit,
                                 skippingPrepositionObjects: skippingPrepositionObjects)
        return found.isEmpty ? agent : found
    }

    static let agentParticiples: Set<String> = ["launched", "led", "conducted", "mounted", "ordered", "staged",
                                                "spearheaded", "carried", "organised", "organized"]

    /// The nearest actor at or before `start`, with its coordinated actors.
    func nearestGroup(from start: Int, mentions: [ActorMention], mentionAt: [Int?], words: [String], limit: Int,
                              skippingPrepositionObjects: Bool) -> [ActorMention] {
        var index = start
        var distance = 0
        while index >= 0, distance < limit {
            if Self.clauseBreaks.contains(words[index]) { return [] }
            // A parenthetical further back (", backed by US-led coalition aircraft,")
            // never holds the subject either.
            if words[index] == ",", let opening = parentheticalStart(endingAt: index, words: words) {
                index = opening - 1
                distance += 1
                continue
            }
            // "... which Moscow says is aimed at fighting militants but is widely
            // seen as supporting the regime": a clause after "but" that opens with
            // its verb shares the subject before it.
            if Self.subjectBreaks.contains(words[index])
                && !(words[index] == "but" && index + 1 < words.count && Self.auxiliaries.contains(words[index + 1])) { return [] }
            if let found = mentionAt[index] {
                let mention = mentions[found]
                // "Iranian-backed militias attacked": the militias act, not Iran; but
                // in "the U.S.-led campaign against" the leader does.
                let afterPreposition = mention.tokens.lowerBound > 0 && Self.prepositions.contains(words[mention.tokens.lowerBound - 1])
                if mention.isLocation || isCompoundModifier(mention, words) && words[mention.tokens.upperBound + 1] != "led"
                    || (skippingPrepositionObjects && afterPreposition) {
                    index = mention.tokens.lowerBound - 1; distance += 1; continue
                }
                return coordinated(from: found, step: -1, mentions: mentions, mentionAt: mentionAt, words: words)
            }
            if Self.pronouns.contains(words[index]) {
                // "Tehran denied ... its archfoe Saudi Arabia": the pronoun stands for
                // the nearest actor named before it in the sentence.
                return antecedent(before: index, mentions: mentions).map { [$0] } ?? []
            }
            index -= 1
            distance += 1
        }
        return []
    }

    /// Where the words of a verb's slot ("from", "of") end, each time they follow
    /// its object within eight words, up to the first actor (the object holds none).
    func slotEnds(_ slot: [String], after position: Int, words: [String], mentions: [ActorMention],
                          mentionAt: [Int?]) -> [Int] {
        var ends: [Int] = []
        var index = position
        while index < words.count, index < position + 9 {
            if Self.clauseBreaks.contains(words[index]) { break }
            if let found = mentionAt[index], !mentions[found].isLocation, ends.isEmpty { break }
            if index > position, index + slot.count <= words.count, words[index..<index + slot.count].elementsEqual(slot) {
                ends.append(index + slot.count)
            }
            index += 1
        }
        return ends
    }

    /// For a gerund after "accused X of" / "blamed X for": the actors named as X
    /// (empty when X is no actor we know); nil when the trigger is not such a gerund.
    func accusedSubjects(of span: Range<Int>, words: [String], mentions: [ActorMention], mentionAt: [Int?]) -> [ActorMention]? {
        guard span.lowerBound >= 2, words[span.lowerBound].hasSuffix("ing"),
              words[span.lowerBound - 1] == "of" || words[span.lowerBound - 1] == "for" else { return nil }
        let preposition = span.lowerBound - 1
        var index = preposition - 1
        while index >= 0, index >= preposition - 7 {
            if Self.clauseBreaks.contains(words[index]) { return nil }
            if Self.accusingStems.contains(where: words[index].hasPrefix) {
                // "Qatar is accused of funding ...": the subject is the accused.
                if isPassive(words, before: index) {
                    return group(before: index, mentions: mentions, mentionAt: mentionAt, words: words, limit: 6)
                }
                // "..., accusing it of backing Hamas": the pronoun's antecedent.
                if words[(index + 1)..<preposition].contains(where: Self.objectPronouns.contains) {
                    return mentions.last { $0.tokens.upperBound <= index && !$0.isLocation }.map { [$0] } ?? []
                }
                return group(before: preposition, mentions: mentions, mentionAt: mentionAt, words: words, limit: 6)
                    .filter { $0.tokens.lowerBound > index }
            }
            index -= 1
        }
        return nil
    }

    /// Nouns whose that-clause reports a claim ("claims that", "reports that").
    static let contentNouns: Set<String> = ["claims", "claim", "reports", "report", "allegations", "allegation",
                                            "accusations", "accusation", "suggestions", "rumours", "rumors",
                                            "speculation", "charges", "assertions"]
    /// Words after "X called Y" that show a phone call, not a label ("called
    /// Erdogan on Tuesday", "to discuss", "late on Monday").
    static let phoneCallFollowers: Set<String> = ["on", "to", ".", ",", "and", "late", "yesterday", "today",
                                                  "tonight", "overnight", "earlier", "again", "twice", "by", "after",
                                                  "before", "during", "in"]
    /// Verbs whose object stands before "of"/"for" ("accused Qatar of ...").
    static let chargingStems = ["accus", "blam", "suspect", "charg", "warn"]
    static let accusingStems = ["accus", "blam", "suspect", "charg", "condemn", "critici", "fault", "prais", "thank", "credit"]

    /// Where the parenthetical that ends with the comma at `closing` opens (its
    /// own comma), when it is a participle phrase (", backed by Turkey,") or a
    /// relative clause (", which ..."); nil for a list or anything else.
    func parentheticalStart(endingAt closing: Int, words: [String]) -> Int? {
        var index = closing - 1
        while index > 0, closing - index <= 12 {
            if Self.clauseBreaks.contains(words[index]) { return nil }
            if words[index] == "," {
                let first = words[index + 1]
                let opensClause = first == "which" || first == "who" || first == "whose"
                    || (first.count > 4 && first.hasSuffix("ed") && index + 2 < closing && words[index + 2] == "by")
                return opensClause ? index : nil
            }
            index -= 1
        }
        return nil
    }

    /// The nearest actor after `position` (skipping places), with its coordinated actors.
    func group(after position: Int, mentions: [ActorMention], mentionAt: [Int?], words: [String], limit: Int,
                       tokens: [Token]? = nil, includingPlaces: Bool = false, stopAtPrepositions: Bool = false,
                       attackedPlaces: Bool = false, seizedThings: Bool = false, stopAtAs: Bool = false) -> [ActorMention] {
        var index = position + 1
        var distance = 0
        while index < words.count, distance < limit {
            if Self.clauseBreaks.contains(words[index]) || Self.subjectBreaks.contains(words[index]) { return [] }
            // "condemned the strikes as a violation of Yemen's sovereignty": after
            // an object that is no actor, "as" starts what the object is called,
            // and an actor there is not the object ("as well as" still coordinates).
            if stopAtAs, words[index] == "as", index > position + 1,
               index + 1 < words.count, words[index + 1] != "well" { return [] }
            // "accused the West of ...", "warned the West against ...": once a
            // non-actor object has been passed, the preposition ends the search
            // ("warned of retaliation against Turkey" still reaches Turkey).
            if stopAtPrepositions, ["of", "for", "against"].contains(words[index]), index > position + 1,
               !["the", "a", "an"].contains(words[index - 1]), !Self.prepositions.contains(words[position + 1]) { return [] }
            // "rejected claims that it funds Hamas": a that-clause after such a noun
            // is what is claimed, not the object.
            if words[index] == "that", index > 0, Self.contentNouns.contains(words[index - 1]) { return [] }
            // After a preposition, a name that is not an actor ("withdrew from
            // Jarabulus") is the object: nothing further on is.
            if let tokens, mentionAt[index] == nil, tokens[index].hasCapitalInitial, tokens[index].kind == .word { return [] }
            if let found = mentionAt[index] {
                let mention = mentions[found]
                let placeCounts = includingPlaces || (attackedPlaces && mention.role == .demonym) || (seizedThings && mention.isGoods)
                // "pounded rebel-held areas": attacking what a side holds attacks the side.
                // "seized eight Turkish-flagged ships": what a side flies its flag on
                // or owns stands for the side when it is attacked or seized.
                let heldPlace = (attackedPlaces || seizedThings) && mention.tokens.upperBound + 1 < words.count
                    && words[mention.tokens.upperBound] == "-" && Self.holdingParticiples.contains(words[mention.tokens.upperBound + 1])
                if (mention.isLocation && !placeCounts) || (isCompoundModifier(mention, words) && !heldPlace) {
                    index = mention.tokens.upperBound; distance += 1; continue
                }
                return coordinated(from: found, step: 1, mentions: mentions, mentionAt: mentionAt, words: words,
                                   includingPlaces: includingPlaces)
            }
            // "with six world powers – the US, UK ...": an apposition's dash costs nothing.
            if !Self.phraseEnds.contains(words[index]) || words[index] == "," { distance += 1 }
            index += 1
        }
        return []
    }

    /// Possessives resolved to the nearest actor before them. Subject pronouns
    /// ("it", "they") are left alone: their antecedent is too often elsewhere.
    static let reportingWords: Set<String> = ["as", "according", "alleged", "reported", "claimed", "said", "stated"]
    static let pronouns: Set<String> = ["its", "their"]

    /// The nearest actor named before `position` that is not a place.
    func antecedent(before position: Int, mentions: [ActorMention]) -> ActorMention? {
        // Named actors only: a collective ("the rebels") is rarely what "its" means.
        mentions.last { $0.tokens.upperBound <= position && !$0.isLocation && $0.role != .reference && !isCollective($0) }
    }

    /// For a verb right after "and" ("Niger's junta ordered French troops to
    /// leave and expelled the French ambassador"): when the nearest actor before
    /// is the object of an earlier verb in "-ed", the subject of that verb is
    /// this one's too. Nil when the nearest actor is no such object.
    func firstVerbsSubject(before position: Int, mentions: [ActorMention], mentionAt: [Int?],
                           words: [String]) -> [ActorMention]? {
        guard let object = group(before: position - 1, mentions: mentions, mentionAt: mentionAt, words: words, limit: 12,
                                 skippingPrepositionObjects: true).first else { return nil }
        var verb = object.tokens.lowerBound - 1
        while verb >= 0, ["the", "a", "an", "its", "their", "his", "her"].contains(words[verb]) { verb -= 1 }
        guard verb > 0, words[verb].count > 3, words[verb].hasSuffix("ed"), mentionAt[verb] == nil else { return nil }
        let subjects = group(before: verb, mentions: mentions, mentionAt: mentionAt, words: words, limit: 8)
        return subjects.isEmpty ? nil : subjects
    }

    /// Whether the word at `position` opens a participle clause: ", saying ...",
    /// ", calling ...", ", dispatching ...", ", effectively banning ...".
    static func isParticipleOpening(_ words: [String], at position: Int) -> Bool {
        guard position > 0, words[position].count > 4, words[position].hasSuffix("ing") else { return false }
        if words[position - 1] == "," { return true }
        return position > 1 && words[position - 2] == "," && words[position - 1].count > 3 && words[position - 1].hasSuffix("ly")
    }

    /// The subject of the main clause when `position` lies in a participle clause
    /// (", saying the deal is defective and announcing sanctions against Tehran"):
    /// the one who says, announces or dispatches is the main clause's subject.
    func participleSubject(before position: Int, mentions: [ActorMention], mentionAt: [Int?],
                                   words: [String]) -> [ActorMention] {
        var index = position - 1
        var opening: Int?
        while index > 0 {
            if words[index] == "." || words[index] == ";" { break }
            if Self.isParticipleOpening(words, at: index) { opening = index; break }
            index -= 1
        }
        guard let opening else { return [] }
        return mainSubject(before: opening - 1, mentions: mentions, mentionAt: mentionAt, words: words)
    }

    /// The main clause's subject: the first actor of the sentence before
    /// `position` that is neither a place nor the object of a preposition, with
    /// the actors coordinated with it.
    func mainSubject(before position: Int, mentions: [ActorMention], mentionAt: [Int?],
                             words: [String]) -> [ActorMention] {
        var quoted = false
        for index in 0..<max(0, position) {
            if words[index] == "“" || words[index] == "\"" { quoted.toggle() }
            if words[index] == "”" { quoted = false }
            guard !quoted, let found = mentionAt[index], mentions[found].tokens.lowerBound == index else { continue }
            let mention = mentions[found]
            if mention.isLocation { continue }
            var before = index - 1
            if before >= 0, words[before] == "the" { before -= 1 }
            if before >= 0, Self.prepositions.contains(words[before]) || words[before] == "'s" { continue }
            return coordinated(from: found, step: 1, mentions: mentions, mentionAt: mentionAt, words: words)
        }
        return []
    }

    /// "Under the deal signed in Vienna with six world powers – the US, UK and
    /// China – Iran scaled back ...": a sentence that opens with a prepositional
    /// phrase holding the stance noun; its source is the subject that follows the
    /// phrase, right after the targets and a comma or dash.
    func frontedPhraseSubject(trigger span: Range<Int>, targets: [ActorMention], mentions: [ActorMention],
                                      mentionAt: [Int?], words: [String]) -> [ActorMention]? {
        guard let first = words.first, Self.sentenceOpeningPrepositions.contains(first),
              !(0..<span.lowerBound).contains(where: { mentionAt[$0] != nil }),
              let lastTarget = targets.map(\.tokens.upperBound).max() else { return nil }
        var index = lastTarget
        var sawBreak = false
        while index < words.count, index < lastTarget + 3 {
            if Self.phraseEnds.contains(words[index]) { sawBreak = true; index += 1; continue }
            if words[index] == "the" { index += 1; continue }
            break
        }
        guard sawBreak, index < words.count, let found = mentionAt[index], !mentions[found].isLocation else { return nil }
        return coordinated(from: found, step: 1, mentions: mentions, mentionAt: mentionAt, words: words)
    }

    static let sentenceOpeningPrepositions: Set<String> = ["under", "after", "following", "despite", "amid",
                                                           "since", "before", "during", "with", "in", "through"]
    /// Punctuation that closes a fronted phrase or an apposition.
    static let phraseEnds: Set<String> = [",", "–", "—", "-", ":"]

    /// "each other" or "one another" within a few words: the stance is mutual
    /// ("both raised tariffs on each other's goods").
    static func mentionsEachOther(_ words: [String], after position: Int) -> Bool {
        let window = words[min(position, words.count)..<min(words.count, position + 4)]
        let pairs = zip(window, window.dropFirst())
        return pairs.contains { ($0 == "each" && $1 == "other") || ($0 == "one" && $1 == "another") }
    }

    /// Whether the mention is a common-noun collective ("rebel forces"), which the
    /// dictionary writes in lower case.
    func isCollective(_ mention: ActorMention) -> Bool {
        dictionary.entry(id: mention.actorID)?.names.first.map { $0.first?.isLowercase ?? false } ?? false
    }

    /// "US-led coalition", "Saudi-based group": the actor only describes the noun
    /// after the hyphen, which is what takes part in the stance.
    func isCompoundModifier(_ mention: ActorMention, _ words: [String]) -> Bool {
        let end = mention.tokens.upperBound
        guard end + 1 < words.count, words[end] == "-" else { return false }
        return words[end + 1].hasSuffix("ed") || words[end + 1] == "led"
    }

    /// The mention at `start` and those joined to it by commas and "and".
    func coordinated(from start: Int, step: Int, mentions: [ActorMention], mentionAt: [Int?], words: [String],
                             includingPlaces: Bool = false) -> [ActorMention] {
        // A pair reference ("the two countries") is two mentions over the same words.
        var result = mentions.filter { $0.tokens == mentions[start].tokens }
        let first = result.count
        var current = mentions[start]
        // "If Iran attacks Israel, the US will respond": commas alone make no
        // list; one needs an "and", "or", "including" ... somewhere in it.
        var sawConjunction = false
        while true {
            var index = step > 0 ? current.tokens.upperBound : current.tokens.lowerBound - 1
            var sawJoiner = false
            while index >= 0, index < words.count,
                  Self.coordinators.contains(words[index]) || Self.determiners.contains(words[index])
                    || (step > 0 && Self.listIntroducers.contains(words[index])) {
                if !Self.determiners.contains(words[index]) { sawJoiner = true }
                if words[index] != "," && !Self.determiners.contains(words[index]) { sawConjunction = true }
                index += step
            }
            if sawJoiner, step > 0, index < words.count, mentionAt[index] == nil,
               let member = Self.exampleListStart(words, from: index, mentionAt: mentionAt) {
                // "Iran and Islamist movements such as the Muslim Brotherhood".
                index = member
            }
            guard sawJoiner, index >= 0, index < words.count, let next = mentionAt[index],
                  !mentions[next].isLocation || includingPlaces else { break }
            current = mentions[next]
            result += mentions.filter { $0.tokens == current.tokens }
        }
        if !sawConjunction { result = Array(result.prefix(first)) }
        return step > 0 ? result : result.reversed()
    }

    /// Where the first example of "movements such as the Muslim Brotherhood" or
    /// "groups including Hamas" starts, when a short description (at most three
    /// words, no actor) leads to it from `position`.
    static func exampleListStart(_ words: [String], from position: Int, mentionAt: [Int?]) -> Int? {
        var index = position
        while index < min(words.count - 1, position + 4) {
            if mentionAt[index] != nil || clauseBreaks.contains(words[index]) || words[index] == "," { return nil }
            var next: Int?
            if words[index] == "such", words[index + 1] == "as" { next = index + 2 }
            if words[index] == "including" || words[index] == "like" { next = index + 1 }
            if var start = next, index > position {
                if start < words.count, words[start] == "the" { start += 1 }
                return start < words.count && mentionAt[start] != nil ? start : nil
            }
            index += 1
        }
        return nil
    }

    /// "... by Russia" right after `position`: the agent of a passive or a nominalisation.
    func byAgent(after position: Int, mentions: [ActorMention], mentionAt: [Int?], words: [String],
                         within reach: Int = 4) -> [ActorMention]? {
        var index = position + 1
        while index < words.count, index <= position + reach {
            if words[index] == "by" {
                let agents = group(after: index, mentions: mentions, mentionAt: mentionAt, words: words, limit: 4)
                return agents.isEmpty ? nil : agents
            }
            // "as alleged by Riyadh": the one who reports, not the agent.
            if Self.clauseBreaks.contains(words[index]) || Self.reportingWords.contains(words[index]) { return nil }
            index += 1
        }
        return nil
    }

    func hasByPhrase(after position: Int, words: [String], within reach: Int) -> Bool {
        var index = position + 1
        while index < words.count, index <= position + reach {
            if words[index] == "by" { return true }
            if Self.clauseBreaks.contains(words[index]) || Self.reportingWords.contains(words[index]) { return false }
            index += 1
        }
        return false
    }

    /// The actor that modifies a noun: "Turkish support", "Qatar's funding",
    /// "the US decision" — at most two words before the noun.
    func modifierBefore(_ position: Int, mentions: [ActorMention], mentionAt: [Int?], words: [String]) -> ActorMention? {
        var index = position - 1
        var skipped = 0
        while index >= 0, skipped <= 2 {
            if let found = mentionAt[index], !mentions[found].isLocation { return mentions[found] }
            if words[index] == "its" || words[index] == "their" { return antecedent(before: index, mentions: mentions) }
            if words[index] == "'s" || words[index] == "the" { index -= 1; continue }
            if Self.clauseBreaks.contains(words[index]) || words[index] == "," { return nil }
            // "ties with Iran following an attack on ...": a preposition or a
            // participle ends the noun phrase; what stands before is no modifier.
            if Self.prepositions.contains(words[index]) || Self.sentenceOpeningPrepositions.contains(words[index])
                || (words[index].count > 4 && words[index].hasSuffix("ing")) { return nil }
            index -= 1
            skipped += 1
        }
        return nil
    }
}
