import Foundation

/// Whether a trigger states a stance at all: negation ("denied arming"),
/// conditions ("If Iran attacks"), announced intent ("will attack" is a
/// threat), the passive, and events done to someone.
extension StanceExtractor {
    /// Nouns of events done to someone ("the isolation of Qatar", "the killing
    /// of protesters"): the lexicon's stance nouns and a few more.
    func isEventNoun(_ word: String) -> Bool {
        Self.eventNouns.contains(word) || lexicon.nounHeads.contains(word)
    }

    static let eventNouns: Set<String> = ["isolation", "killing", "killings", "death", "deaths", "execution",
                                          "executions", "arrest", "arrests", "detention", "persecution", "treatment",
                                          "targeting", "siege", "bombardment", "massacre", "murder", "assassination",
                                          "expulsion", "exclusion", "punishment", "suffering", "plight", "mistreatment"]

    /// Whether a modal or a verb of intent stands just before `position`: "will
    /// attack", "would strike", "vowed to attack", "is preparing to invade".
    static func isIntended(_ words: [String], before position: Int) -> Bool {
        var index = position - 1
        if index >= 0, words[index].hasSuffix("ly") { index -= 1 }   // "would certainly attack"
        guard index >= 0 else { return false }
        if modals.contains(words[index]) { return true }
        if words[index] == "to", index >= 1 {
            let verb = words[index - 1]
            return intentStems.contains(where: verb.hasPrefix) || (verb == "ready" || verb == "prepared")
        }
        return false
    }

    static let modals: Set<String> = ["will", "would", "could", "might", "may", "shall", "'ll"]
    static let intentStems = ["threat", "vow", "plan", "prepar", "pledg", "promis", "warn", "intend", "aim", "seek", "sought"]

    func isPassive(_ words: [String], before position: Int) -> Bool {
        var index = position - 1
        var steps = 0
        while index >= 0, steps < 3 {
            if Self.beVerbs.contains(words[index]) { return true }
            if words[index].hasSuffix("ly") { index -= 1; steps += 1; continue }
            return false
        }
        return false
    }

    /// A negation within three words before the trigger, unless the trigger is
    /// itself negative ("will not tolerate").
    func isNegated(_ words: [String], before position: Int, trigger: StanceLexicon.Trigger) -> Bool {
        if trigger.words.contains(where: { $0 == "not" || $0 == "never" || $0.hasSuffix("n't") }) { return false }
        let window = words[max(0, position - 3)..<position]
        if window.contains(where: { $0.hasSuffix("n't") }) { return true }
        // A long negation ("rejected claims that it") may start further back.
        for start in max(0, position - max(3, lexicon.longestNegation + 1))..<position {
            guard let candidates = lexicon.negationsByFirstWord[words[start]] else { continue }
            for negation in candidates where start + negation.count <= position && start >= position - max(3, negation.count + 1) {
                if words[start..<start + negation.count].elementsEqual(negation) { return true }
            }
        }
        return refusesBefore(words, position) || isRequested(words, before: position) || isHypothetical(words, before: position)
    }

    /// "called on the European Union to impose sanctions on Ankara", "urged
    /// Washington to arm the Kurds": what one actor asks another to do is not
    /// done; the appeal itself is read by the appeal verb (see `isDemand`).
    func isRequested(_ words: [String], before position: Int) -> Bool {
        guard position >= 2, words[position - 1] == "to" else { return false }
        var index = position - 2
        while index >= 0, index >= position - 8 {
            let word = words[index]
            if Self.clauseBreaks.contains(word) || word == ";" { return false }
            if lexicon.appealForms.contains(word) { return true }
            if index >= 1, lexicon.appealForms.contains(words[index - 1] + " " + word) { return true }   // "called on"
            index -= 1
        }
        return false
    }

    /// "refused to extend the grain deal with Kyiv", "decided not to renew
    /// its cooperation with": a refusal governs the infinitive's whole object,
    /// so the trigger may stand a few words after "to"; a denial governs its
    /// that-clause the same way ("denied that it had sent drones to").
    func refusesBefore(_ words: [String], _ position: Int) -> Bool {
        var index = position - 1
        while index >= 1, index >= position - 6 {
            let word = words[index]
            if Self.clauseBreaks.contains(word) || word == "," || word == "and" || word == "but" { return false }
            if word == "to", Self.refusals.contains(words[index - 1]) { return true }
            if word == "that", Self.denials.contains(words[index - 1]) { return true }
            index -= 1
        }
        return false
    }

    static let denials: Set<String> = ["deny", "denies", "denied", "denying"]
    static let refusals: Set<String> = ["refuse", "refuses", "refused", "refusing", "decline", "declines", "declined",
                                        "declining", "fail", "fails", "failed", "failing", "not", "never"]

    /// Whether what follows an appeal's object asks it to stop: true unless an
    /// infinitive follows ("on Friday to speed up ...") whose verb is not one of
    /// stopping ("to stop", "to end", "not to ...").
    func isDemand(_ words: [String], after position: Int) -> Bool {
        var index = position
        while index < words.count, index < position + 6 {
            let word = words[index]
            if Self.clauseBreaks.contains(word) { return true }
            if word == "to", index + 1 < words.count {
                let verb = words[index + 1]
                let negated = index > position && (words[index - 1] == "not" || words[index - 1] == "never")
                return negated || verb == "not" || verb == "never" || lexicon.stoppingVerbs.contains(verb)
            }
            index += 1
        }
        return true
    }

    /// "If Iran attacks Israel, ...": a stance in a condition is not stated.
    func isHypothetical(_ words: [String], before position: Int) -> Bool {
        var index = position - 1
        while index >= 0 {
            let word = words[index]
            if word == "," || word == ";" || word == "." || Self.quotationMarks.contains(word) { return false }
            if word == "if" || word == "unless" || word == "whether" { return true }
            index -= 1
        }
        return false
    }
}
