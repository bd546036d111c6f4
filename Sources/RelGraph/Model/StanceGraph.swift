/// The actors of a story and the stances between them: what RelGraph reads,
/// writes, renders and compares.
///
/// The graph keeps its invariants as it is built, so every consumer can rely on
/// them: actor ids are unique, every stance joins two different known actors,
/// and a stance key appears once (repeats raise its `count` and add evidence).
/// Actors and stances keep the order in which they were added, so writers and
/// pictures are stable.
public struct StanceGraph: Codable, Sendable, Hashable {
    public var metadata: GraphMetadata
    public private(set) var actors: [Actor]
    public private(set) var stances: [Stance]

    private var actorIndex: [String: Int]
    private var stanceIndex: [StanceKey: Int]

    public init(metadata: GraphMetadata = GraphMetadata()) {
        self.metadata = metadata
        self.actors = []
        self.stances = []
        self.actorIndex = [:]
        self.stanceIndex = [:]
    }

    /// Builds a graph in one go, checking every rule; the way decoders create graphs.
    public init(metadata: GraphMetadata = GraphMetadata(), actors: [Actor], stances: [Stance]) throws {
        self.init(metadata: metadata)
        for actor in actors { try addActor(actor) }
        for stance in stances { try addStance(stance) }
    }

    // MARK: Actors

    /// The actor with this exact id.
    public func actor(id: String) -> Actor? {
        actorIndex[id].map { actors[$0] }
    }

    /// The actor that `reference` names: by id first, then by name or alias,
    /// ignoring case and a leading "the". Lets users write "Turkey" for `TUR`.
    public func resolveActor(_ reference: String) -> Actor? {
        if let exact = actor(id: reference) { return exact }
        return actors.first { $0.isNamed(reference) }
    }

    /// Adds an actor whose id is new.
    public mutating func addActor(_ actor: Actor) throws {
        guard !actor.id.isEmpty else { throw GraphError.emptyActorID }
        guard actorIndex[actor.id] == nil else { throw GraphError.duplicateActor(id: actor.id) }
        actorIndex[actor.id] = actors.count
        actors.append(actor)
    }

    /// Replaces the actor that has the same id, keeping its place in the order.
    public mutating func updateActor(_ actor: Actor) throws {
        guard let index = actorIndex[actor.id] else {
            throw GraphError.unknownActor(id: actor.id, stance: "update")
        }
        actors[index] = actor
    }

    /// Returns the actor `reference` names, creating an actor of unknown kind when
    /// nothing matches; how hand-written graphs name actors they never declared.
    @discardableResult
    public mutating func actor(named reference: String) -> Actor {
        if let existing = resolveActor(reference) { return existing }
        var id = Actor.makeID(fromName: reference)
        var suffix = 2
        let base = id
        while actorIndex[id] != nil {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        let created = Actor(id: id, name: reference)
        actorIndex[id] = actors.count
        actors.append(created)
        return created
    }

    // MARK: Stances

    /// The stance stored under `key`, if any.
    public func stance(for key: StanceKey) -> Stance? {
        stanceIndex[key].map { stances[$0] }
    }

    /// Adds a stance between known actors. A stance whose key is already present
    /// is merged into it: counts add up and the evidence is appended.
    public mutating func addStance(_ stance: Stance) throws {
        for id in [stance.source, stance.target] where actorIndex[id] == nil {
            throw GraphError.unknownActor(id: id, stance: "\(stance.source) \(stance.kind.rawValue) \(stance.target)")
        }
        guard stance.source != stance.target else {
            throw GraphError.selfStance(actor: stance.source, kind: stance.kind)
        }
        let key = stance.key
        if let index = stanceIndex[key] {
            stances[index].count += stance.count
            stances[index].evidence.append(contentsOf: stance.evidence)
            if let incoming = stance.provenance {
                stances[index].provenance = stances[index].provenance.map { $0.combined(with: incoming) } ?? incoming
            }
        } else {
            stanceIndex[key] = stances.count
            stances.append(stance)
        }
    }

    /// Removes the stance stored under `key`; returns it, or nil when absent.
    @discardableResult
    public mutating func removeStance(for key: StanceKey) -> Stance? {
        guard let index = stanceIndex[key] else { return nil }
        let removed = stances.remove(at: index)
        rebuildStanceIndex()
        return removed
    }

    /// The kinds that occur in the graph, most cooperative first; what a legend shows.
    public var kindsPresent: [StanceKind] {
        Set(stances.map(\.kind)).sorted()
    }

    /// The actor kinds that occur in the graph, in declaration order of `ActorKind`.
    public var actorKindsPresent: [ActorKind] {
        let present = Set(actors.map(\.kind))
        return ActorKind.allCases.filter(present.contains)
    }

    private mutating func rebuildStanceIndex() {
        stanceIndex = [:]
        for (index, stance) in stances.enumerated() { stanceIndex[stance.key] = index }
    }

    // MARK: Equality and coding

    /// Graphs are equal when metadata, actors and stances are equal, in order.
    public static func == (lhs: StanceGraph, rhs: StanceGraph) -> Bool {
        lhs.metadata == rhs.metadata && lhs.actors == rhs.actors && lhs.stances == rhs.stances
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(metadata)
        hasher.combine(actors)
        hasher.combine(stances)
    }

    enum CodingKeys: String, CodingKey {
        case metadata, actors, stances
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            metadata: container.decodeIfPresent(GraphMetadata.self, forKey: .metadata) ?? GraphMetadata(),
            actors: container.decodeIfPresent([Actor].self, forKey: .actors) ?? [],
            stances: container.decodeIfPresent([Stance].self, forKey: .stances) ?? []
        )
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if !metadata.isEmpty { try container.encode(metadata, forKey: .metadata) }
        try container.encode(actors, forKey: .actors)
        try container.encode(stances, forKey: .stances)
    }
}
