import Foundation

/// Rules that read a whole sentence rather than the words around one trigger:
/// designations ("considered X terrorists"), listings ("added X to its Entity
/// List"), allegations ("as alleged by X") and conflict nouns far from their
/// "between".
extension StanceExtractor {
    /// "Turkey has long considered Kurdish militias terrorists": a designating
    /// verb, its object actor, then a hostile label within three words.
    func designations(tokens: [Token], words: [String], roles: [WordRole], mentions: [ActorMention], mentionAt: [Int?]) -> [Found] {
        var found: [Found] = []
        for (index, word) in words.enumerated() where roles[index].contains(.designation) {
            if isNegated(words, before: index, trigger: StanceLexicon.Trigger(words: [word], kind: .opposes, form: .verb, lemma: word, isParticiple: false)) { continue }
            let sources: [ActorMention], targets: [ActorMention], label: ArraySlice<String>
            if isPassive(words, before: index) {
                // "The YPG is considered a terrorist group by Ankara".
                label = words[(index + 1)..<min(words.count, index + 6)]
                guard let agents = byAgent(after: index, mentions: mentions, mentionAt: mentionAt, words: words, within: 7) else { continue }
                sources = agents
                targets = group(before: index, mentions: mentions, mentionAt: mentionAt, words: words, limit: 6)
            } else {
                targets = group(after: index, mentions: mentions, mentionAt: mentionAt, words: words, limit: 3)
                guard let last = targets.last else { continue }
                label = words[last.tokens.upperBound..<min(words.count, last.tokens.upperBound + 5)]
                var subjects = group(before: index, mentions: mentions, mentionAt: mentionAt, words: words, limit: 10)
                if subjects.isEmpty || Self.isParticipleOpening(words, at: index) {
                    let main = participleSubject(before: index + 1, mentions: mentions, mentionAt: mentionAt, words: words)
                    if !main.isEmpty { subjects = main }
                }
                sources = subjects
            }
            // "considered terrorists" opposes; "sees the YPG as its partner" cooperates.
            let kind: StanceKind
            if label.contains(where: lexicon.designationNouns.contains) {
                kind = .opposes
            } else if label.contains(where: lexicon.friendlyDesignationNouns.contains) {
                kind = .cooperates
            } else if word.hasPrefix("call"), !isPassive(words, before: index), index + 1 < words.count,
                      !["on", "for", "out", "off", "up", "upon"].contains(words[index + 1]),
                      let last = targets.last, last.tokens.upperBound >= words.count
                        || Self.phoneCallFollowers.contains(words[last.tokens.upperBound]) {
                // "Putin called Erdogan on Tuesday": a call with no label is a phone call.
                kind = .meets
            } else {
                continue
            }
            for source in sources {
                for target in targets {
                    found.append(Found(source: source, target: target, kind: kind, rule: "designation:\(kind.rawValue):\(word)"))
                }
            }
        }
        return found
    }

    /// "The US added Huawei to its Entity List", "placed the group on a terror
    /// list": the one listing coerces the one listed.
    func listings(words: [String], roles: [WordRole], mentions: [ActorMention], mentionAt: [Int?]) -> [Found] {
        var found: [Found] = []
        for (index, word) in words.enumerated() where roles[index].contains(.listing) {
            let listed = group(after: index, mentions: mentions, mentionAt: mentionAt, words: words, limit: 3)
            guard let last = listed.last else { continue }
            var position = last.tokens.upperBound
            let end = min(words.count, position + 12)
            var reachesList = false
            while position < end, !Self.clauseBreaks.contains(words[position]) {
                if words[position] == "to" || words[position] == "on" {
                    let rest = words[(position + 1)..<min(words.count, position + 9)]
                    reachesList = rest.contains { lexicon.listNouns.contains($0) }
                        || zip(rest, rest.dropFirst()).contains { lexicon.listNouns.contains("\($0) \($1)") }
                    break
                }
                position += 1
            }
            guard reachesList, !isNegated(words, before: index, trigger: StanceLexicon.Trigger(
                words: [word], kind: .coerces, form: .verb, lemma: word, isParticiple: false)) else { continue }
            var sources = group(before: index, mentions: mentions, mentionAt: mentionAt, words: words, limit: 10)
            if sources.isEmpty {
                sources = participleSubject(before: index + 1, mentions: mentions, mentionAt: mentionAt, words: words)
            }
            for source in sources {
                for target in listed where target.actorID != source.actorID {
                    found.append(Found(source: source, target: target, kind: .coerces, rule: "listing:coerces:\(word)"))
                }
            }
        }
        return found
    }

    /// "Tehran denied that it had supplied weapons ..., as alleged by Riyadh and
    /// Washington": the accusers oppose the sentence's subject.
    func allegations(words: [String], roles: [WordRole], mentions: [ActorMention], mentionAt: [Int?]) -> [Found] {
        var found: [Found] = []
        for index in words.indices.dropLast() where roles[index].contains(.allegation) && words[index + 1] == "by"
            && index > 0 && (words[index - 1] == "as" || words[index - 1] == ",") {
            let accusers = group(after: index + 1, mentions: mentions, mentionAt: mentionAt, words: words, limit: 3)
            let accused = mainSubject(before: index, mentions: mentions, mentionAt: mentionAt, words: words)
            for source in accusers {
                for target in accused {
                    found.append(Found(source: source, target: target, kind: .opposes, rule: "allegation:opposes:\(words[index])"))
                }
            }
        }
        return found
    }

    /// "clashes south of Jarabulus between Turkish forces and Kurdish units": a
    /// conflict noun with a place or a few words before its "between" gives the
    /// stance both ways between the parties, as "clashes between" does.
    func distantBetween(words: [String], mentions: [ActorMention], mentionAt: [Int?]) -> [Found] {
        var found: [Found] = []
        for index in words.indices where words[index] == "between" {
            var back = index - 2   // "clashes between" itself is the lexicon's
            var trigger: StanceLexicon.Trigger?
            while back >= 0, back >= index - 8, !Self.clauseBreaks.contains(words[back]) {
                if let match = lexicon.matches(in: [words[back], "between"], at: 0, canSkip: { _ in false }).first,
                   match.end == 2, match.trigger.kind.polarity == .conflictual {
                    trigger = match.trigger
                    break
                }
                back -= 1
            }
            guard let trigger else { continue }
            let parties = group(after: index, mentions: mentions, mentionAt: mentionAt, words: words, limit: 6)
            found += Self.eachTowardsEachOther(parties, kind: trigger.kind,
                                               rule: "\(trigger.form.rawValue):\(trigger.kind.rawValue):\(trigger.lemma) (distant)")
        }
        return found
    }
}
