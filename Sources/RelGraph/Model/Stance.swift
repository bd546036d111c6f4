/// A directed stance `source -> target` of one kind, with the evidence behind it.
///
/// A stance that was stated several times (in one article or across many) is held
/// once, with `count` occurrences and each occurrence's evidence.
public struct Stance: Codable, Sendable, Hashable {
    /// The id of the actor taking the stance.
    public var source: String
    /// The id of the actor the stance is about.
    public var target: String
    public var kind: StanceKind
    /// How many times the stance was stated; at least 1 and at least `evidence.count`.
    public var count: Int
    public var evidence: [Evidence]
    /// In a merged graph, the articles behind the stance (how many, first and last
    /// date); nil for the graph of one article. `evidence` may then be a bounded
    /// sample and `count` the total over all articles.
    public var provenance: Provenance?

    public init(source: String, target: String, kind: StanceKind, evidence: [Evidence] = [], count: Int? = nil,
                provenance: Provenance? = nil) {
        self.source = source
        self.target = target
        self.kind = kind
        self.evidence = evidence
        self.count = max(count ?? 1, evidence.count, 1)
        self.provenance = provenance
    }

    /// The stance's sign, derived from its kind.
    public var polarity: Polarity { kind.polarity }

    /// The identity used to merge repeated stances and to match stances across graphs.
    public var key: StanceKey { StanceKey(source: source, target: target, kind: kind) }

    enum CodingKeys: String, CodingKey {
        case source, target, kind, polarity, count, evidence, provenance
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        source = try container.decode(String.self, forKey: .source)
        target = try container.decode(String.self, forKey: .target)
        kind = try container.decode(StanceKind.self, forKey: .kind)
        evidence = try container.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
        let declared = try container.decodeIfPresent(Int.self, forKey: .count)
        count = max(declared ?? 1, evidence.count, 1)
        provenance = try container.decodeIfPresent(Provenance.self, forKey: .provenance)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(target, forKey: .target)
        try container.encode(kind, forKey: .kind)
        try container.encode(polarity, forKey: .polarity)
        try container.encode(count, forKey: .count)
        try container.encode(evidence, forKey: .evidence)
        try container.encodeIfPresent(provenance, forKey: .provenance)
    }
}
