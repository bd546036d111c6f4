import RelGraph

/// The engine and drawing choices for one graph, decided by its size unless the
/// user chose.
///
/// - An article's graph (up to 40 actors, 80 stances) reads best layered by
///   `dot`, with the kind written on every edge.
/// - Up to 150 actors and 400 stances, `dot` draws long detours and huge
///   pictures; `neato` gives a compact network picture, with curved edges routed
///   around nodes while there are few enough stances (routing is what costs:
///   1.7 s for 300 stances), straight ones beyond.
/// - Larger graphs go to `sfdp`, the multiscale engine that stays under a second
///   for thousands of actors, drawn compact: straight, thin, translucent edges.
public struct LayoutPlan: Sendable, Equatable {
    public var engine: LayoutEngine
    public var edgeLabels: Bool
    /// Thin translucent edges and small text, for graphs of hundreds of actors.
    public var compact: Bool
    /// Straight edges instead of splines routed around nodes.
    public var straightEdges: Bool

    /// Graphs up to this many actors and stances are drawn with dot and labels.
    public static let smallActors = 40
    public static let smallStances = 80
    /// Up to this many actors and stances neato is used.
    public static let mediumActors = 150
    public static let mediumStances = 400
    /// Above this many stances edges are straight.
    public static let routedStances = 150

    public init(engine: LayoutEngine, edgeLabels: Bool, compact: Bool, straightEdges: Bool = false) {
        self.engine = engine
        self.edgeLabels = edgeLabels
        self.compact = compact
        self.straightEdges = straightEdges
    }

    /// Chooses for `graph` under `options`.
    public static func choose(for graph: StanceGraph, options: RenderOptions) -> LayoutPlan {
        choose(actors: graph.actors.count, stances: graph.stances.count,
               engine: options.engine, edgeLabels: options.edgeLabels)
    }

    /// Chooses for a graph of `actors` and `stances` (the diff pictures size the
    /// union of two graphs this way); `engine` nil chooses by size.
    public static func choose(actors: Int, stances: Int, engine chosen: LayoutEngine?,
                              edgeLabels: EdgeLabelPolicy) -> LayoutPlan {
        let small = actors <= smallActors && stances <= smallStances
        let medium = actors <= mediumActors && stances <= mediumStances
        let engine = chosen ?? (small ? .dot : medium ? .neato : .sfdp)
        let labels: Bool
        switch edgeLabels {
        case .on: labels = true
        case .off: labels = false
        case .auto: labels = small
        }
        return LayoutPlan(engine: engine, edgeLabels: labels, compact: !medium,
                          straightEdges: !medium || stances > routedStances)
    }
}
