/// How the stances between two actors evolve over dated articles: one entry per
/// article, ordered by date (undated last), then by article name.
///
/// Why its own type: the question "when did Turkey go from meeting Russia to
/// opposing it?" needs only one pair from each article, so the timeline keeps
/// those stances (and a little evidence), not whole graphs.
public struct PairTimeline: Codable, Sendable, Hashable {
    /// The first actor as the user named it ("Turkey"); stances say `first` or
    /// `second` rather than each graph's own ids.
    public var first: String
    /// The second actor as the user named it.
    public var second: String
    /// One entry per article, sorted.
    public private(set) var entries: [Entry]
    /// Evidence entries kept per stance.
    public let evidenceLimit: Int
    /// Whether any article added so far names `first` (or `second`); not part
    /// of the timeline's JSON.
    private var firstNamed = false
    private var secondNamed = false

    /// The actors of the pair that no article added so far names, by id, name
    /// or alias: most likely a misspelt `--pair`, which would otherwise give a
    /// timeline of "(not both named)" rows that looks like a finding.
    public var actorsNamedNowhere: [String] {
        (firstNamed ? [] : [first]) + (secondNamed ? [] : [second])
    }

    /// What one article says about the pair.
    public struct Entry: Codable, Sendable, Hashable {
        /// The article's name (its file name, say).
        public var article: String
        /// The article's date (ISO 8601), when its header or metadata gives one.
        public var date: String?
        public var title: String?
        /// Whether the article's graph has both actors at all; an article that
        /// never names one of them says nothing about the pair.
        public var bothPresent: Bool
        /// The pair's stances in this article, sorted (first's towards second first).
        public var stances: [PairStance]

        public init(article: String, date: String? = nil, title: String? = nil, bothPresent: Bool, stances: [PairStance]) {
            self.article = article
            self.date = date
            self.title = title
            self.bothPresent = bothPresent
            self.stances = stances
        }

        enum CodingKeys: String, CodingKey {
            case article, date, title, bothPresent = "both_present", stances
        }
    }

    /// One stance between the pair, named by the user's labels.
    public struct PairStance: Codable, Sendable, Hashable, Comparable {
        public var source: String
        public var target: String
        public var kind: StanceKind
        public var count: Int
        public var evidence: [Evidence]

        public init(source: String, target: String, kind: StanceKind, count: Int = 1, evidence: [Evidence] = []) {
            self.source = source
            self.target = target
            self.kind = kind
            self.count = count
            self.evidence = evidence
        }

        public var polarity: Polarity { kind.polarity }

        /// Readable form: `Turkey opposes Russia`.
        public var summary: String { "\(source) \(kind.rawValue) \(target)" }

        public static func < (a: PairStance, b: PairStance) -> Bool {
            (a.kind, a.source, a.target) < (b.kind, b.source, b.target)
        }
    }

    public init(first: String, second: String, evidenceLimit: Int = 2) {
        self.first = first
        self.second = second
        self.entries = []
        self.evidenceLimit = evidenceLimit
    }

    /// Adds what `graph` (the graph of `article`) says about the pair. Actors are
    /// found by id, name or alias (`StanceGraph.resolveActor`).
    public mutating func add(_ graph: StanceGraph, article: String) {
        let a = graph.resolveActor(first)
        let b = graph.resolveActor(second)
        firstNamed = firstNamed || a != nil
        secondNamed = secondNamed || b != nil
        var stances: [PairStance] = []
        if let a, let b, a.id != b.id {
            for stance in graph.stances {
                let forward = stance.source == a.id && stance.target == b.id
                let backward = stance.source == b.id && stance.target == a.id
                guard forward || backward else { continue }
                stances.append(PairStance(source: forward ? first : second, target: forward ? second : first,
                                          kind: stance.kind, count: stance.count,
                                          evidence: Array(stance.evidence.prefix(evidenceLimit))))
            }
        }
        let entry = Entry(article: article, date: graph.metadata.date.flatMap(Article.isoDate) ?? graph.metadata.date,
                          title: graph.metadata.title, bothPresent: a != nil && b != nil && a?.id != b?.id,
                          stances: stances.sorted())
        let index = entries.firstIndex { Self.precedes(entry, $0) } ?? entries.endIndex
        entries.insert(entry, at: index)
    }

    /// For each entry, the stances that appeared and disappeared since the previous
    /// entry that had any: what a reader scans a timeline for.
    public func transitions() -> [(appeared: [PairStance], disappeared: [PairStance])] {
        var previous: Set<String>?
        var result: [(appeared: [PairStance], disappeared: [PairStance])] = []
        var previousStances: [PairStance] = []
        for entry in entries {
            let current = Set(entry.stances.map(\.summary))
            guard let before = previous, !entry.stances.isEmpty else {
                result.append(([], []))
                if !entry.stances.isEmpty {
                    previous = current
                    previousStances = entry.stances
                }
                continue
            }
            result.append((entry.stances.filter { !before.contains($0.summary) },
                           previousStances.filter { !current.contains($0.summary) }))
            previous = current
            previousStances = entry.stances
        }
        return result
    }

    /// Dated entries first, by date; then by article name.
    private static func precedes(_ a: Entry, _ b: Entry) -> Bool {
        (a.date == nil ? 1 : 0, a.date ?? "", a.article) < (b.date == nil ? 1 : 0, b.date ?? "", b.article)
    }

    enum CodingKeys: String, CodingKey {
        case first, second, entries
        case evidenceLimit = "evidence_limit"
    }
}
