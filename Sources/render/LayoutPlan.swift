import RelGraph

/// The engine and label choices for one graph, decided by its size unless the
/// user chose: dot with labels reads best for an article's graph, but edge labels
/// become virtual nodes and dot slows to seconds past ~100 actors; sfdp without
/// labels stays under a second for thousands.
public struct LayoutPlan: Sendable, Equatable {
    public var engine: LayoutEngine
    public var edgeLabels: Bool
    /// Whether the graph counts as large (drawn compact: smaller nodes, straight edges).
    public var compact: Bool

    /// Graphs up to this many actors and stances are drawn with dot and labels.
    public static let smallActors = 40
    public static let smallStances = 80
    /// Up to this many actors dot (without labels) is still fast enough.
    public static let mediumActors = 150
    public static let mediumStances = 400

    public init(engine: LayoutEngine, edgeLabels: Bool, compact: Bool) {
        self.engine = engine
        self.edgeLabels = edgeLabels
        self.compact = compact
    }

    /// Chooses for `graph` under `options`.
    public static func choose(for graph: StanceGraph, options: RenderOptions) -> LayoutPlan {
        let actors = graph.actors.count
        let stances = graph.stances.count
        let small = actors <= smallActors && stances <= smallStances
        let medium = actors <= mediumActors && stances <= mediumStances
        let engine = options.engine ?? (medium ? .dot : .sfdp)
        let labels: Bool
        switch options.edgeLabels {
        case .on: labels = true
        case .off: labels = false
        case .auto: labels = small
        }
        return LayoutPlan(engine: engine, edgeLabels: labels, compact: !medium)
    }
}
