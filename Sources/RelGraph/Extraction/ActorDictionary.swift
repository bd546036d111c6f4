import Foundation
import Yams

/// The words that name actors in news text: states, organisations, armed groups and
/// movements, with their proper names, demonyms, metonyms (capitals, seats of power,
/// named state institutions) and the people who stand for them, plus the noun lists
/// the extractor needs to tell "Turkish troops" (the state) from "the Turkish border"
/// (a place) and "Turkish citizens" (people).
///
/// The data lives in a YAML file so that it can be read, reviewed and extended without
/// touching code: the built-in file ships as the resource `Resources/actors.yaml`
/// (its header documents the format), and users add or override entries with their
/// own file of the same format through ``merging(_:)``.
public struct ActorDictionary: Sendable {
    /// One actor and every form that names it.
    ///
    /// The lists are kept apart (rather than one alias list) because the extractor
    /// reads them differently: a demonym needs a following noun to become an actor
    /// ("Turkish troops"), a capital is a metonym only as a subject ("Ankara says"),
    /// a leader's name stands for the actor it leads.
    public struct Entry: Sendable, Hashable {
        /// The stable key stances refer to: ISO 3166-1 alpha-3 for states, a short
        /// capitalised abbreviation for other actors.
        public var id: String
        /// The display name.
        public var name: String
        /// State, armed group, organisation or faction; decides how pictures draw it.
        public var kind: ActorKind
        /// Proper names and abbreviations ("Turkey", "Türkiye", "UAE", "Daesh").
        public var names: [String]
        /// Adjectives and people nouns ("Turkish", "the Turks", "Emirati").
        public var demonyms: [String]
        /// Metonyms: capitals, seats of power and named state institutions
        /// ("Ankara", "the Kremlin", "the Pentagon", "the IDF").
        public var capitals: [String]
        /// People who stand for the actor (heads of state and government, ministers,
        /// envoys, commanders, spokespeople).
        public var leaders: [String]
        /// Forms that often mean something other than this actor (a US state, a
        /// river, a first name, another actor); the extractor may want context
        /// before trusting them.
        public var ambiguous: [String]
        /// In an override file: whether this entry's lists replace the built-in
        /// entry's lists instead of being added to them.
        public var replacesExisting: Bool

        /// Whether `name` and `kind` were written in the file (or given to `init`),
        /// so that an override entry that gives only new aliases keeps the built-in
        /// name and kind.
        var declaresName: Bool
        var declaresKind: Bool

        /// Creates an entry; `name` defaults to the first proper name, else the id.
        public init(
            id: String, name: String? = nil, kind: ActorKind = .unknown,
            names: [String] = [], demonyms: [String] = [], capitals: [String] = [],
            leaders: [String] = [], ambiguous: [String] = [], replacesExisting: Bool = false
        ) {
            self.id = id
            self.name = name ?? names.first ?? id
            self.kind = kind
            self.names = names
            self.demonyms = demonyms
            self.capitals = capitals
            self.leaders = leaders
            self.ambiguous = ambiguous
            self.replacesExisting = replacesExisting
            self.declaresName = name != nil
            self.declaresKind = kind != .unknown
        }

        /// The forms listed under `role`, in file order.
        public func forms(for role: SurfaceForm.Role) -> [String] {
            switch role {
            case .name: return names
            case .demonym: return demonyms
            case .capital: return capitals
            case .leader: return leaders
            }
        }

        /// Every form of the entry, the display name first, without repeats.
        public var allForms: [String] {
            var seen = Set<String>()
            return ([name] + SurfaceForm.Role.allCases.flatMap(forms(for:))).filter { seen.insert($0).inserted }
        }

        /// Whether `form` is flagged ambiguous (compared with ``ActorDictionary/matchKey(_:)``).
        public func isAmbiguous(_ form: String) -> Bool {
            let key = ActorDictionary.matchKey(form)
            return ambiguous.contains { ActorDictionary.matchKey($0) == key }
        }

        /// The graph actor this entry describes, with every form as an alias, so
        /// extracted graphs match gold files that use any of the forms.
        public var actor: Actor {
            Actor(id: id, name: name, kind: kind, aliases: allForms.filter { $0 != name })
        }

        /// This entry with `other` (same id) applied on top: `other`'s name and kind
        /// when it declares them, and its forms added after this entry's forms (or
        /// instead of them when `other.replacesExisting`).
        func overridden(by other: Entry) -> Entry {
            var result = self
            if other.declaresName { result.name = other.name; result.declaresName = true }
            if other.declaresKind { result.kind = other.kind; result.declaresKind = true }
            if other.replacesExisting {
                result.names = other.names
                result.demonyms = other.demonyms
                result.capitals = other.capitals
                result.leaders = other.leaders
                result.ambiguous = other.ambiguous
            } else {
                result.names = Self.union(names, other.names)
                result.demonyms = Self.union(demonyms, other.demonyms)
                result.capitals = Self.union(capitals, other.capitals)
                result.leaders = Self.union(leaders, other.leaders)
                result.ambiguous = Self.union(ambiguous, other.ambiguous)
            }
            if !other.declaresName && other.replacesExisting {
                result.name = result.names.first ?? result.name
            }
            return result
        }

        static func union(_ first: [String], _ second: [String]) -> [String] {
            var seen = Set(first)
            return first + second.filter { seen.insert($0).inserted }
        }
    }

    /// The entries in file order (built-in first, then added ones).
    public private(set) var entries: [Entry]
    /// Nouns that turn a demonym or state name into the state actor ("troops",
    /// "foreign ministry", "envoy").
    public private(set) var institutions: [String]
    /// Nouns after which a demonym or state name is a place ("border", "territory").
    public private(set) var locations: [String]
    /// Nouns after which a demonym names people, firms or media, not the state
    /// ("citizens", "refugees", "companies").
    public private(set) var people: [String]
    /// Phrases that contain an actor's form but name something else ("South China
    /// Sea", "Latin America", "Washington Post"); matched first, they block the form.
    public private(set) var nonActors: [String]
    /// Titles before the name of a person the dictionary does not list ("Sheikh",
    /// "cleric", "opposition leader"): the name after one becomes a person actor.
    public private(set) var personTitles: [String]

    private var indexByID: [String: Int]
    private var forms: [SurfaceForm]
    private var formsByKey: [String: [Int]]

    /// Builds a dictionary from entries already in memory. Entries that repeat an id
    /// are applied on top of the first one, exactly as ``merging(_:)`` does.
    public init(
        entries: [Entry], institutions: [String] = [], locations: [String] = [],
        people: [String] = [], nonActors: [String] = [], personTitles: [String] = []
    ) {
        self.entries = []
        self.institutions = Self.uniqueWords(institutions)
        self.locations = Self.uniqueWords(locations)
        self.people = Self.uniqueWords(people)
        self.nonActors = Self.uniqueWords(nonActors)
        self.personTitles = Self.uniqueWords(personTitles)
        self.indexByID = [:]
        self.forms = []
        self.formsByKey = [:]
        for entry in entries { absorb(entry) }
        rebuildFormIndex()
    }

    /// The entry with this id, if any.
    public func entry(id: String) -> Entry? {
        indexByID[id].map { entries[$0] }
    }

    /// This dictionary extended by `other`, the way `--actors FILE` extends the
    /// built-in one: an entry of `other` with a known id overrides that entry (its
    /// name and kind when given, its forms added, or replacing them with
    /// `replace: true`); new ids are appended; noun lists are joined.
    public func merging(_ other: ActorDictionary) -> ActorDictionary {
        var result = self
        for entry in other.entries { result.absorb(entry) }
        result.institutions = Self.uniqueWords(institutions + other.institutions)
        result.locations = Self.uniqueWords(locations + other.locations)
        result.people = Self.uniqueWords(people + other.people)
        result.nonActors = Self.uniqueWords(nonActors + other.nonActors)
        result.personTitles = Self.uniqueWords(personTitles + other.personTitles)
        result.rebuildFormIndex()
        return result
    }

    /// Every surface form of every entry, one per (text, actor), in entry order and
    /// then name, demonym, capital, leader order. The display name counts as a name.
    /// This is the table the extractor compiles its matcher from.
    public func surfaceForms() -> [SurfaceForm] {
        forms
    }

    /// The surface forms that `text` matches as a whole, one per actor, using
    /// ``matchKey(_:)`` (case, accents, hyphens, apostrophes and a leading "the"
    /// ignored) and, for case-sensitive forms, requiring the same capitalisation:
    /// "the Kremlin" finds RUS, "U.S." finds USA, "us" finds nothing. Where several
    /// spellings of one actor match ("Erdogan", "Erdoğan"), the one written exactly
    /// as `text` is returned, else the first in the file. More than one result means
    /// the form names several actors.
    public func resolve(_ text: String) -> [SurfaceForm] {
        let key = Self.matchKey(text)
        guard let candidates = formsByKey[key] else { return [] }
        let exact = Self.caseKey(text)
        let matching = candidates.map { forms[$0] }.filter { !$0.caseSensitive || Self.caseKey($0.text) == exact }
        var result: [SurfaceForm] = []
        for form in matching {
            if let index = result.firstIndex(where: { $0.actorID == form.actorID }) {
                if form.text == text && result[index].text != text { result[index] = form }
            } else {
                result.append(form)
            }
        }
        return result
    }

    /// The normalised form used to compare surface forms: accents and case folded,
    /// curly apostrophes made straight, hyphens and dashes made spaces, whitespace
    /// collapsed, and a leading "the" dropped from phrases of several words.
    public static func matchKey(_ text: String) -> String {
        caseKey(text).lowercased()
    }

    /// ``matchKey(_:)`` without the case folding: compares case-sensitive forms.
    static func caseKey(_ text: String) -> String {
        let folded = text.folding(options: .diacriticInsensitive, locale: nil)
        var normalised = ""
        for character in folded {
            switch character {
            case "\u{2019}", "\u{2018}", "`", "\u{02BC}": normalised.append("'")
            case "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}": normalised.append(" ")
            default: normalised.append(character)
            }
        }
        var words = normalised.split(whereSeparator: \.isWhitespace)
        if words.count > 1, words[0].lowercased() == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    // MARK: Building

    private mutating func absorb(_ entry: Entry) {
        if let index = indexByID[entry.id] {
            entries[index] = entries[index].overridden(by: entry)
        } else {
            indexByID[entry.id] = entries.count
            entries.append(entry)
        }
    }

    private mutating func rebuildFormIndex() {
        forms = []
        formsByKey = [:]
        for entry in entries {
            var seen = Set<String>()
            let ambiguousKeys = Set(entry.ambiguous.map(Self.matchKey))
            let roleForms = [(SurfaceForm.Role.name, [entry.name])]
                + SurfaceForm.Role.allCases.map { ($0, entry.forms(for: $0)) }
            for (role, texts) in roleForms {
                for text in texts where seen.insert(text).inserted {
                    let key = Self.matchKey(text)
                    formsByKey[key, default: []].append(forms.count)
                    forms.append(SurfaceForm(
                        text: text, actorID: entry.id, role: role,
                        caseSensitive: SurfaceForm.isCaseSensitive(text),
                        ambiguous: ambiguousKeys.contains(key)))
                }
            }
        }
    }

    /// Keeps the first of words that differ only in case or spacing.
    private static func uniqueWords(_ words: [String]) -> [String] {
        var seen = Set<String>()
        return words.filter { seen.insert(matchKey($0)).inserted }
    }
}

/// One way of writing an actor in text, with what the extractor needs to match it.
public struct SurfaceForm: Sendable, Hashable {
    /// Which list of the entry the form comes from; the extractor reads each role
    /// differently (see ``ActorDictionary/Entry``).
    public enum Role: String, Sendable, Hashable, CaseIterable {
        case name, demonym, capital, leader
    }

    /// The form as written in the dictionary.
    public var text: String
    /// The id of the actor the form names.
    public var actorID: String
    /// Which list the form comes from (name, demonym, capital, leader).
    public var role: Role
    /// Whether the form must match with the same capitalisation (acronyms and
    /// dotted abbreviations, see ``isCaseSensitive(_:)``), so that "us", "is" and
    /// "un" never match US, IS or UN.
    public var caseSensitive: Bool
    /// Whether the dictionary flags the form as often meaning something else.
    public var ambiguous: Bool

    /// Creates a form; ``ActorDictionary/surfaceForms()`` fills `caseSensitive`
    /// with ``isCaseSensitive(_:)``.
    public init(text: String, actorID: String, role: Role, caseSensitive: Bool, ambiguous: Bool = false) {
        self.text = text
        self.actorID = actorID
        self.role = role
        self.caseSensitive = caseSensitive
        self.ambiguous = ambiguous
    }

    /// The rule for ``caseSensitive``: a form matches case-sensitively when it is
    /// written entirely in capitals (at least one letter; digits and punctuation
    /// allowed: "US", "IS-K", "G7", "OPEC+"), when it contains a period ("U.S.",
    /// "D.R. Congo"), or when it is a short mixed-case abbreviation (one word of at
    /// most four letters with a capital after the first letter: "LeT", "JeM", "DoD"),
    /// so that "us", "is" and "Let" never match an actor. Every other form matches
    /// regardless of case.
    public static func isCaseSensitive(_ text: String) -> Bool {
        if text.contains(".") { return true }
        let letters = text.filter(\.isLetter)
        guard !letters.isEmpty else { return false }
        if letters.allSatisfy({ !$0.isLowercase }) { return true }
        let isOneWord = !text.contains { !$0.isLetter && !$0.isNumber }
        return isOneWord && letters.count <= 4 && letters.dropFirst().contains(where: \.isUppercase)
    }
}

// MARK: - Reading YAML

extension ActorDictionary {
    /// The top-level keys of a dictionary file.
    public static let sectionKeys = ["actors", "institutions", "locations", "people", "nonActors", "personTitles"]
    /// The keys of one actor entry.
    public static let entryKeys = ["id", "name", "kind", "names", "demonyms", "capitals", "leaders", "ambiguous", "replace"]

    /// Reads a dictionary file (the format is documented at the top of the built-in
    /// `actors.yaml`). A file that is only a list is read as the `actors` list.
    ///
    /// Errors are ``FormatError``s at the offending line and column of `fileName`, so
    /// a user's `--actors` file fails like any other input: YAML syntax errors where
    /// the YAML parser stopped, unknown keys and kinds, duplicate ids, empty or
    /// wrongly typed lists at the node concerned.
    public init(yaml: String, fileName: String) throws {
        let reader = DictionaryReader(fileName: fileName)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw reader.syntaxError(error, in: yaml)
        }
        guard let root else {
            throw reader.error("the actor dictionary is empty: expected a mapping with an `actors:` list", at: nil)
        }
        var sections: [String: Node] = [:]
        switch root {
        case .mapping(let mapping):
            for (keyNode, value) in mapping {
                let key = keyNode.string ?? ""
                guard Self.sectionKeys.contains(key) else {
                    throw reader.error("unknown key '\(key)'; expected one of: \(Self.sectionKeys.joined(separator: ", "))",
                                       at: keyNode)
                }
                sections[key] = value
            }
        case .sequence:
            sections["actors"] = root
        default:
            throw reader.error("expected a mapping with keys \(Self.sectionKeys.joined(separator: ", "))", at: root)
        }

        var entries: [Entry] = []
        var firstLineOfID: [String: Int] = [:]
        if let actors = sections["actors"], !reader.isNull(actors) {
            guard case .sequence(let sequence) = actors else {
                throw reader.error("`actors` must be a list of entries (`- id: ...`)", at: actors)
            }
            for node in sequence {
                let (entry, idNode) = try reader.entry(from: node)
                let line = idNode.mark?.line ?? 1
                if let first = firstLineOfID[entry.id] {
                    throw reader.error("duplicate id '\(entry.id)' (first defined on line \(first))", at: idNode)
                }
                firstLineOfID[entry.id] = line
                entries.append(entry)
            }
        }
        self.init(
            entries: entries,
            institutions: try reader.words(sections["institutions"], section: "institutions"),
            locations: try reader.words(sections["locations"], section: "locations"),
            people: try reader.words(sections["people"], section: "people"),
            nonActors: try reader.words(sections["nonActors"], section: "nonActors"),
            personTitles: try reader.words(sections["personTitles"], section: "personTitles"))
    }

    /// The file name of the built-in dictionary, as used in its error locations.
    public static let builtinFileName = "actors.yaml"

    /// The dictionary that ships with RelGraph (`Resources/actors.yaml`), read once
    /// and shared: loading is lazy and thread-safe (a `static let`), and a broken
    /// resource fails every call with the same error instead of crashing.
    public static func builtin() throws -> ActorDictionary {
        try builtinResult.get()
    }

    private static let builtinResult: Result<ActorDictionary, FormatError> = {
        let location = SourceLocation(file: builtinFileName, line: 1, column: 1)
        // `.copy("Extraction/Resources")` copies the folder itself, so the file sits
        // in a `Resources` subdirectory of the bundle.
        guard let url = Bundle.module.url(forResource: "actors", withExtension: "yaml", subdirectory: "Resources") else {
            return .failure(FormatError("the built-in actor dictionary is missing from the RelGraph resource bundle",
                                        at: location))
        }
        do {
            let text = try String(contentsOf: url, encoding: .utf8)
            return .success(try ActorDictionary(yaml: text, fileName: builtinFileName))
        } catch let error as FormatError {
            return .failure(error)
        } catch {
            return .failure(FormatError("cannot read the built-in actor dictionary: \(error)", at: location))
        }
    }()
}

/// Turns YAML nodes into entries and errors into located ``FormatError``s.
private struct DictionaryReader {
    let fileName: String

    /// An error at `node`'s position, or at the start of the file.
    func error(_ message: String, at node: Node?) -> FormatError {
        let mark = node?.mark
        return FormatError(message, at: SourceLocation(file: fileName, line: mark?.line ?? 1, column: mark?.column ?? 1))
    }

    /// A Yams parse error as a ``FormatError`` at the line and column the parser reported.
    func syntaxError(_ error: Error, in yaml: String) -> FormatError {
        YAMLErrors.syntaxError(error, in: yaml, fileName: fileName)
    }

    /// Whether `node` is an empty value (`key:` with nothing after it, or `null`).
    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// A list of nouns or phrases, each non-blank.
    func words(_ node: Node?, section: String) throws -> [String] {
        guard let node, !isNull(node) else { return [] }
        let words: [String]
        do {
            words = try YAMLDecoder().decode([String].self, from: node)
        } catch let decodingError as DecodingError {
            throw error("`\(section)` must be a list of strings", at: locate(decodingError, under: node))
        }
        return try words.enumerated().map { index, word in
            let trimmed = word.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty {
                throw error("empty item in `\(section)`", at: node.sequence.map { $0[index] })
            }
            return trimmed
        }
    }

    /// One actor entry, checked, and the node of its id (for duplicate-id errors).
    func entry(from node: Node) throws -> (ActorDictionary.Entry, Node) {
        guard case .mapping(let mapping) = node else {
            throw error("each actor entry must be a mapping starting with `- id: ...`", at: node)
        }
        var values: [String: Node] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            guard ActorDictionary.entryKeys.contains(key) else {
                throw error("unknown key '\(key)' in an actor entry; expected one of: "
                            + ActorDictionary.entryKeys.joined(separator: ", "), at: keyNode)
            }
            values[key] = value
        }
        guard let idNode = values["id"] else {
            throw error("actor entry has no `id`", at: node)
        }
        if isNull(idNode) { throw error("actor entry has an empty `id`", at: idNode) }

        let raw: RawEntry
        do {
            raw = try YAMLDecoder().decode(RawEntry.self, from: node)
        } catch let decodingError as DecodingError {
            let key = Self.codingPath(of: decodingError).first?.stringValue ?? ""
            throw error("`\(key)` must be \(Self.expectation(forKey: key))", at: locate(decodingError, under: node))
        }

        let id = raw.id.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !id.isEmpty else { throw error("actor entry has an empty `id`", at: idNode) }
        guard !id.contains(where: \.isWhitespace) else {
            throw error("id '\(id)' contains a space; ids are single tokens such as TUR or HTS", at: idNode)
        }

        var kind = ActorKind.unknown
        if let kindName = raw.kind {
            guard let parsed = ActorKind(name: kindName.trimmingCharacters(in: .whitespaces)) else {
                throw error("unknown kind '\(kindName)' for '\(id)'; allowed kinds: \(ActorKind.allowedNames)",
                            at: values["kind"])
            }
            kind = parsed
        }

        func forms(_ key: String, _ list: [String]?) throws -> [String] {
            guard let listNode = values[key] else { return [] }
            if isNull(listNode) || (list ?? []).isEmpty {
                throw error("`\(key)` of '\(id)' is empty; list at least one form or leave the key out", at: listNode)
            }
            return try (list ?? []).enumerated().map { index, form in
                let trimmed = form.trimmingCharacters(in: .whitespacesAndNewlines)
                if trimmed.isEmpty {
                    throw error("empty form in `\(key)` of '\(id)'", at: listNode.sequence.map { $0[index] } ?? listNode)
                }
                return trimmed
            }
        }

        let names = try forms("names", raw.names)
        let demonyms = try forms("demonyms", raw.demonyms)
        let capitals = try forms("capitals", raw.capitals)
        let leaders = try forms("leaders", raw.leaders)
        let ambiguous: [String]
        switch raw.ambiguous {
        case .none, .some(.all(false)): ambiguous = []
        case .some(.all(true)): ambiguous = names + demonyms + capitals + leaders
        case .some(.forms(let list)): ambiguous = try forms("ambiguous", list)
        }

        var name = raw.name?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let given = name, given.isEmpty {
            if values["name"].map(isNull) == true { name = nil } else {
                throw error("`name` of '\(id)' is empty", at: values["name"])
            }
        }
        var entry = ActorDictionary.Entry(
            id: id, name: name, kind: kind, names: names, demonyms: demonyms, capitals: capitals,
            leaders: leaders, ambiguous: ambiguous, replacesExisting: raw.replace ?? false)
        entry.declaresKind = raw.kind != nil
        return (entry, idNode)
    }

    static func codingPath(of decodingError: DecodingError) -> [CodingKey] {
        switch decodingError {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return context.codingPath
        case .keyNotFound(_, let context):
            return context.codingPath
        @unknown default:
            return []
        }
    }

    static func expectation(forKey key: String) -> String {
        switch key {
        case "names", "demonyms", "capitals", "leaders": return "a list of strings, e.g. [Ankara, Istanbul]"
        case "ambiguous": return "true, false or a list of forms"
        case "replace": return "true or false"
        default: return "a single string"
        }
    }

    /// The node a decoding error refers to, found by following its coding path from `root`.
    func locate(_ decodingError: DecodingError, under root: Node) -> Node {
        var node = root
        for key in Self.codingPath(of: decodingError) {
            if let index = key.intValue, case .sequence(let sequence) = node, sequence.indices.contains(index) {
                node = sequence[index]
            } else if case .mapping(let mapping) = node, let child = mapping[key.stringValue] {
                node = child
            } else {
                break
            }
        }
        return node
    }
}

/// An actor entry as written in YAML, before checking.
private struct RawEntry: Decodable {
    var id: String
    var name: String?
    var kind: String?
    var names: [String]?
    var demonyms: [String]?
    var capitals: [String]?
    var leaders: [String]?
    var ambiguous: AmbiguousField?
    var replace: Bool?

    /// `ambiguous: true` (every form) or `ambiguous: [Georgia, Jordan]`.
    enum AmbiguousField: Decodable {
        case all(Bool)
        case forms([String])

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let flag = try? container.decode(Bool.self) {
                self = .all(flag)
            } else if let forms = try? container.decode([String].self) {
                self = .forms(forms)
            } else {
                throw DecodingError.typeMismatch(
                    AmbiguousField.self,
                    DecodingError.Context(codingPath: decoder.codingPath,
                                          debugDescription: "expected true, false or a list of forms"))
            }
        }
    }
}
