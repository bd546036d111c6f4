/// One stance seen in both graphs: either unchanged (the same pair and kind,
/// perhaps with other evidence or another count) or changed (the same pair,
/// another kind: "meets -> opposes").
///
/// Both sides are kept whole, each in its own graph's actor ids, so a reader
/// sees the evidence of each side and `GraphDiff.apply(to:)` can rebuild the new
/// graph.
public struct StanceChange: Codable, Sendable, Hashable {
    /// The stance as the old graph has it.
    public var old: Stance
    /// The stance as the new graph has it.
    public var new: Stance

    public init(old: Stance, new: Stance) {
        self.old = old
        self.new = new
    }

    /// Whether the kind differs (a changed stance rather than an unchanged one).
    public var kindChanged: Bool { old.kind != new.kind }

    /// Whether the sign moved (cooperative, neutral, conflictual): the change a
    /// reader most needs to see, called out by every writer.
    public var polarityChanged: Bool { old.polarity != new.polarity }

    /// Whether the evidence or the count differs; not a difference by itself, but
    /// carried so that applying the diff gives the new graph exactly.
    public var detailsChanged: Bool {
        old.count != new.count || old.evidence != new.evidence || old.provenance != new.provenance
    }

    /// The same change seen from the other side.
    public var inverted: StanceChange { StanceChange(old: new, new: old) }

    enum CodingKeys: String, CodingKey {
        case old, new, kindChanged = "kind_changed", polarityChanged = "polarity_changed"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        old = try container.decode(Stance.self, forKey: .old)
        new = try container.decode(Stance.self, forKey: .new)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(old, forKey: .old)
        try container.encode(new, forKey: .new)
        try container.encode(kindChanged, forKey: .kindChanged)
        try container.encode(polarityChanged, forKey: .polarityChanged)
    }
}

/// One actor present in both graphs, as each graph describes it; ids, names,
/// kinds and aliases may differ (an article may say "Ankara" where another says
/// "Turkey").
public struct ActorMatch: Codable, Sendable, Hashable {
    public var old: Actor
    public var new: Actor

    public init(old: Actor, new: Actor) {
        self.old = old
        self.new = new
    }

    /// Whether the two descriptions differ in id, name, kind or aliases.
    public var isChanged: Bool { old != new }

    /// The same match seen from the other side.
    public var inverted: ActorMatch { ActorMatch(old: new, new: old) }
}
