import Foundation
import Yams

/// The words that signal each stance kind, read from `Resources/lexicon.yaml`
/// (the file documents the format) and extendable with a user's own file.
///
/// Everything is lower case and split into words; verbs are expanded into their
/// inflected forms here, once, so matching is a plain word-sequence lookup.
public struct StanceLexicon: Sendable {
    /// One way of writing a trigger: its words, its kind, and how the source and
    /// target are found around it.
    public struct Trigger: Sendable, Hashable {
        public enum Form: String, Sendable, Hashable {
            /// A verb: source before, target after; swapped in the passive.
            case verb
            /// A fixed phrase: source before, target after.
            case phrase
            /// A nominalisation: source is the modifier or possessor before it (or
            /// the actor after "by"), target after the final preposition.
            case noun
            /// A participle in a hyphenated compound: "Iran-backed Houthis".
            case adjective
            /// A phrase with the target before and the source after:
            /// "the SDF will become a target for Turkish forces".
            case inverse
            /// A noun whose possessor is the source and whose apposition, right
            /// after it, the target: "Russia's ally Syria", "Iran's proxy Hezbollah".
            case apposition
            /// A verb that gives a stance only between coordinated subjects and
            /// never reaches an object: "Iran and Saudi Arabia agreed to ...".
            case mutual
        }

        public var words: [String]
        public var kind: StanceKind
        public var form: Form
        /// The base form the trigger came from ("back" for "backed"), for rule names.
        public var lemma: String
        /// Whether this inflection is a past participle, which with "was"/"were"
        /// before it and "by" after it makes a passive.
        public var isParticiple: Bool
        /// For a verb written with a slot ("take * from"), the words that follow
        /// its object and introduce the target: ["from"]. Empty for other triggers.
        public var slot: [String] = []
        /// For an apposition noun that names a patron ("Syria's backer Russia"),
        /// the possessor is the target and the one described the source.
        public var possessorIsTarget = false
    }

    public private(set) var triggers: [Trigger]
    /// Word sequences that cancel a following trigger.
    public private(set) var negations: [[String]]
    /// Inflected verb forms that designate ("considered", "labels") and the nouns
    /// that make the designation hostile ("terrorists", "a threat").
    public private(set) var designationVerbs: Set<String> = []
    public private(set) var designationNouns: Set<String> = []
    /// Nouns that make a designation friendly ("sees the YPG as its partner").
    public private(set) var friendlyDesignationNouns: Set<String> = []
    /// Words that make a stance between several subjects mutual.
    public private(set) var reciprocalWords: Set<String> = []
    /// Participles that, before "by", name an accuser ("as alleged by Riyadh"):
    /// the accuser opposes the one the sentence is about.
    public private(set) var allegationWords: Set<String> = []
    /// Lemmas of the verbs of appeal ("urge", "call on"): with an infinitive after
    /// their object they state a stance only when it asks the object to stop.
    public private(set) var appealVerbs: Set<String> = []
    /// Every inflection of the appeal verbs, words joined by a space ("urged",
    /// "called on"), for finding an appeal before an infinitive.
    public private(set) var appealForms: Set<String> = []
    /// The verbs of stopping that make an appeal a demand ("urged Iran to stop").
    public private(set) var stoppingVerbs: Set<String> = []
    /// Verbs that put an actor on a list ("added Huawei to its Entity List") and
    /// the lists that make it a sanction ("blacklist", "entity list").
    public private(set) var listingVerbs: Set<String> = []
    public private(set) var listNouns: Set<String> = []

    /// First words of the nominalisations ("seizure", "blockade"): nouns of
    /// events, whose "of" names who suffers them.
    public private(set) var nounHeads: Set<String> = []

    /// Negations by their first word, for a look-up per word before a trigger.
    public private(set) var negationsByFirstWord: [String: [[String]]] = [:]
    /// The most words a negation has.
    public private(set) var longestNegation = 1

    /// Triggers by their first word, longest first, for fast matching.
    private var index: [String: [Trigger]]

    public init(triggers: [Trigger], negations: [[String]]) {
        self.triggers = triggers
        self.negations = negations
        self.index = [:]
        rebuildIndex()
    }

    /// The lexicon in `yaml`; `fileName` is used in error messages.
    public init(yaml: String, fileName: String) throws {
        let document: Document
        do {
            document = try YAMLDecoder().decode(Document.self, from: yaml)
        } catch let error as YamlError {
            throw YAMLErrors.syntaxError(error, in: yaml, fileName: fileName)
        } catch let error as DecodingError {
            throw YAMLErrors.formatError(error, in: yaml, fileName: fileName)
        }
        var triggers: [Trigger] = []
        let irregular = document.irregular ?? [:]
        for (kindName, entry) in (document.kinds ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let kind = StanceKind(rawValue: kindName) else {
                throw FormatError("unknown stance kind '\(kindName)'; expected one of: \(StanceKind.allowedNames)",
                                  at: YAMLErrors.location(of: "\(kindName):", in: yaml, fileName: fileName))
            }
            for verb in entry.verbs ?? [] {
                triggers += Self.verbTriggers(verb, kind: kind, irregular: irregular)
            }
            // A phrase also listed as a noun is read as the noun, which knows more
            // about where the source stands ("the shooting down of a plane by Turkey").
            let nounWords = Set((entry.nouns ?? []).map(Self.words))
            let withoutArticle = { (words: [String]) -> [String] in
                ["a", "an", "the"].contains(words.first ?? "") ? Array(words.dropFirst()) : words
            }
            for phrase in entry.phrases ?? [] where !nounWords.contains(withoutArticle(Self.words(phrase))) {
                triggers.append(Trigger(words: Self.words(phrase), kind: kind, form: .phrase, lemma: phrase, isParticiple: false))
            }
            for noun in entry.nouns ?? [] {
                triggers.append(Trigger(words: Self.words(noun), kind: kind, form: .noun, lemma: noun, isParticiple: false))
            }
            for phrase in entry.inverse ?? [] {
                triggers.append(Trigger(words: Self.words(phrase), kind: kind, form: .inverse, lemma: phrase, isParticiple: false))
            }
            for noun in entry.appositions ?? [] {
                triggers.append(Trigger(words: Self.words(noun), kind: kind, form: .apposition, lemma: noun, isParticiple: false))
            }
            for noun in entry.patrons ?? [] {
                var trigger = Trigger(words: Self.words(noun), kind: kind, form: .apposition, lemma: noun, isParticiple: false)
                trigger.possessorIsTarget = true
                triggers.append(trigger)
            }
            for verb in entry.mutual ?? [] {
                triggers += Self.verbTriggers(verb, kind: kind, irregular: irregular).map { trigger in
                    var mutual = trigger
                    mutual.form = .mutual
                    return mutual
                }
            }
            for adjective in entry.adjectives ?? [] {
                triggers.append(Trigger(words: Self.words(adjective), kind: kind, form: .adjective, lemma: adjective, isParticiple: true))
            }
        }
        self.init(triggers: triggers.filter { !$0.words.isEmpty }, negations: (document.negations ?? []).map(Self.words))
        for verb in document.designations?.verbs ?? [] {
            for trigger in Self.verbTriggers(verb, kind: .opposes, irregular: irregular) {
                designationVerbs.insert(trigger.words.joined(separator: " "))
            }
        }
        designationNouns = Set((document.designations?.nouns ?? []).compactMap { Self.words($0).first })
        friendlyDesignationNouns = Set((document.designations?.friendly ?? []).compactMap { Self.words($0).first })
        reciprocalWords = Set((document.reciprocal ?? []).flatMap(Self.words))
        allegationWords = Set((document.allegations ?? []).flatMap(Self.words))
        for verb in document.listings?.verbs ?? [] {
            for trigger in Self.verbTriggers(verb, kind: .coerces, irregular: irregular) {
                listingVerbs.insert(trigger.words.joined(separator: " "))
            }
        }
        listNouns = Set((document.listings?.lists ?? []).map { Self.words($0).joined(separator: " ") })
        appealVerbs = Set((document.appeals?.verbs ?? []).map { Self.words($0).joined(separator: " ") })
        for verb in document.appeals?.verbs ?? [] {
            for trigger in Self.verbTriggers(verb, kind: .opposes, irregular: irregular) {
                appealForms.insert(trigger.words.joined(separator: " "))
            }
        }
        stoppingVerbs = Set((document.appeals?.stopping ?? []).compactMap { Self.words($0).first })
    }

    /// The lexicon shipped with RelGraph (`Resources/lexicon.yaml`), read once.
    public static func builtin() throws -> StanceLexicon {
        try builtinResult.get()
    }

    private static let builtinResult: Result<StanceLexicon, Error> = Result {
        guard let url = Bundle.module.url(forResource: "lexicon", withExtension: "yaml", subdirectory: "Resources") else {
            throw FormatError("the built-in lexicon is missing from the RelGraph bundle",
                              at: SourceLocation(file: "lexicon.yaml", line: 1, column: 1))
        }
        return try StanceLexicon(yaml: String(contentsOf: url, encoding: .utf8), fileName: url.path)
    }

    /// This lexicon with `other`'s triggers and negations added.
    public func merging(_ other: StanceLexicon) -> StanceLexicon {
        var seen = Set(triggers)
        var merged = triggers
        for trigger in other.triggers where !seen.contains(trigger) {
            seen.insert(trigger)
            merged.append(trigger)
        }
        var result = StanceLexicon(triggers: merged, negations: negations + other.negations.filter { !negations.contains($0) })
        result.designationVerbs = designationVerbs.union(other.designationVerbs)
        result.designationNouns = designationNouns.union(other.designationNouns)
        result.friendlyDesignationNouns = friendlyDesignationNouns.union(other.friendlyDesignationNouns)
        result.reciprocalWords = reciprocalWords.union(other.reciprocalWords)
        result.allegationWords = allegationWords.union(other.allegationWords)
        result.listingVerbs = listingVerbs.union(other.listingVerbs)
        result.listNouns = listNouns.union(other.listNouns)
        result.appealVerbs = appealVerbs.union(other.appealVerbs)
        result.appealForms = appealForms.union(other.appealForms)
        result.stoppingVerbs = stoppingVerbs.union(other.stoppingVerbs)
        return result
    }

    /// Triggers whose words start at `words[start]`, longest first.
    public func triggers(in words: [String], at start: Int) -> [Trigger] {
        matches(in: words, at: start, canSkip: { _ in false }).map(\.trigger)
    }

    /// Triggers that start at `words[start]`, with where each match ends
    /// (exclusive), longest first. After a multi-word verb or phrase's first word,
    /// up to `maximumGap` words for which `canSkip` is true may stand before the
    /// rest: "cut *diplomatic and economic* ties with", "launch *a major* attack on".
    public func matches(in words: [String], at start: Int, maximumGap: Int = 3,
                        canSkip: (Int) -> Bool) -> [(trigger: Trigger, end: Int)] {
        guard start < words.count, let candidates = index[words[start]] else { return [] }
        var found: [(trigger: Trigger, end: Int)] = []
        for trigger in candidates {
            let count = trigger.words.count
            if start + count <= words.count, zip(trigger.words, words[start..<start + count]).allSatisfy({ $0 == $1 }) {
                found.append((trigger, start + count))
                continue
            }
            // "condemned attacks by X" is no "condemned by X": an inverse phrase
            // ending in "by" names its agent right after its verb, with no gap.
            guard count >= 2, trigger.form != .adjective, !(trigger.form == .inverse && trigger.words.last == "by"),
                  let end = gappedEnd(of: trigger.words, in: words, from: start, maximumGap: maximumGap, canSkip: canSkip) else { continue }
            found.append((trigger, end))
        }
        // On a tie, a verb with an object slot ("suspend * to") before the bare
        // verb ("suspend"): the extractor falls back to the bare one when the
        // slot's words do not follow.
        return found.sorted {
            ($0.end - start, $0.trigger.words.count, $0.trigger.slot.isEmpty ? 0 : 1)
                > ($1.end - start, $1.trigger.words.count, $1.trigger.slot.isEmpty ? 0 : 1)
        }
    }

    /// Where `phrase` ends when it matches from `start` with one gap of skippable
    /// words before one of its words after the first; nil when it does not.
    private func gappedEnd(of phrase: [String], in words: [String], from start: Int, maximumGap: Int,
                           canSkip: (Int) -> Bool) -> Int? {
        for gapBefore in 1..<phrase.count {
            var position = start
            var matched = true
            for (offset, word) in phrase.enumerated() {
                if offset == gapBefore {
                    var gap = 0
                    while position < words.count, gap < maximumGap, words[position] != word, canSkip(position) {
                        position += 1
                        gap += 1
                    }
                    if gap == 0 { matched = false; break }
                }
                guard position < words.count, words[position] == word else { matched = false; break }
                position += 1
            }
            if matched { return position }
        }
        return nil
    }

    private mutating func rebuildIndex() {
        var index: [String: [Trigger]] = [:]
        for trigger in triggers {
            index[trigger.words[0], default: []].append(trigger)
        }
        for key in index.keys {
            index[key]!.sort { $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.lemma < $1.lemma }
        }
        self.index = index
        nounHeads = Set(triggers.filter { $0.form == .noun }.compactMap(\.words.first))
        negationsByFirstWord = Dictionary(grouping: negations.filter { !$0.isEmpty }, by: { $0[0] })
        longestNegation = negations.map(\.count).max() ?? 1
    }

    // MARK: Building triggers

    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { $0 == " " }).map(String.init)
    }

    /// "side with" gives sides with, sided with, siding with, side with.
    static func verbTriggers(_ verb: String, kind: StanceKind, irregular: [String: [String]]) -> [Trigger] {
        var parts = words(verb)
        var slot: [String] = []
        if let star = parts.firstIndex(of: "*") {
            // "take * from": the verb alone matches; the target follows "from".
            slot = Array(parts[(star + 1)...])
            parts = Array(parts[..<star])
        }
        guard let head = parts.first else { return [] }
        let rest = Array(parts.dropFirst())
        // "hit", "cut", "shut": a base form that is also the participle.
        var forms: [(String, Bool)] = [(head, irregular[head]?.contains(head) ?? false)]
        if let listed = irregular[head] {
            forms += listed.map { ($0, $0.hasSuffix("ed") || $0.hasSuffix("en") || !$0.hasSuffix("s") && !$0.hasSuffix("ing")) }
        } else {
            forms += [(thirdPerson(head), false), (pastTense(head), true), (gerund(head), false)]
        }
        var seen = Set<String>()
        return forms.compactMap { form, participle in
            guard seen.insert(form).inserted else { return nil }
            return Trigger(words: [form] + rest, kind: kind, form: .verb, lemma: verb, isParticiple: participle, slot: slot)
        }
    }

    static func thirdPerson(_ verb: String) -> String {
        if verb.hasSuffix("y"), let before = verb.dropLast().last, !"aeiou".contains(before) { return verb.dropLast() + "ies" }
        if ["s", "x", "z", "ch", "sh", "o"].contains(where: verb.hasSuffix) { return verb + "es" }
        return verb + "s"
    }

    static func pastTense(_ verb: String) -> String {
        if verb.hasSuffix("e") { return verb + "d" }
        if verb.hasSuffix("y"), let before = verb.dropLast().last, !"aeiou".contains(before) { return verb.dropLast() + "ied" }
        if doublesFinalConsonant(verb) { return verb + String(verb.last!) + "ed" }
        return verb + "ed"
    }

    static func gerund(_ verb: String) -> String {
        if verb.hasSuffix("ee") { return verb + "ing" }
        if verb.hasSuffix("e") { return verb.dropLast() + "ing" }
        if doublesFinalConsonant(verb) { return verb + String(verb.last!) + "ing" }
        return verb + "ing"
    }

    /// Short verbs ending consonant-vowel-consonant double it: stab, stabbed.
    private static func doublesFinalConsonant(_ verb: String) -> Bool {
        let letters = Array(verb)
        guard letters.count >= 3, letters.count <= 4 else { return false }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let last = letters[letters.count - 1], middle = letters[letters.count - 2], first = letters[letters.count - 3]
        return !vowels.contains(last) && !"wxy".contains(last) && vowels.contains(middle) && !vowels.contains(first)
    }

    // MARK: File shape

    private struct Document: Decodable {
        var kinds: [String: KindEntry]?
        var negations: [String]?
        var irregular: [String: [String]]?
        var designations: Designations?
        var reciprocal: [String]?
        var allegations: [String]?
        var listings: Listings?
        var appeals: Appeals?
    }

    private struct Appeals: Decodable {
        var verbs: [String]?
        var stopping: [String]?
    }

    private struct Listings: Decodable {
        var verbs: [String]?
        var lists: [String]?
    }

    private struct Designations: Decodable {
        var verbs: [String]?
        var nouns: [String]?
        var friendly: [String]?
    }

    private struct KindEntry: Decodable {
        var verbs: [String]?
        var phrases: [String]?
        var nouns: [String]?
        var adjectives: [String]?
        var inverse: [String]?
        var appositions: [String]?
        var patrons: [String]?
        var mutual: [String]?
    }
}
