import RelGraph

/// Renders stance graphs through Graphviz in-process: the entry point the CLI and
/// other tools use. Safe to call from many tasks at once (Graphviz itself is
/// reached through `GraphvizContext`'s lock), and deterministic: the same graph
/// and options give the same bytes whatever was rendered before.
public struct Renderer: Sendable {
    private let context: GraphvizContext

    public init(context: GraphvizContext = .shared) {
        self.context = context
    }

    /// Lays out and draws `graph`.
    public func render(_ graph: StanceGraph, options: RenderOptions = RenderOptions()) throws -> Rendering {
        let plan = LayoutPlan.choose(for: graph, options: options)
        let dot = StyledDOTBuilder().build(graph, plan: plan, options: options)
        let output = try context.layout(dot: dot, engine: plan.engine.rawValue, format: options.format.graphvizName)
        var data = output.bytes
        if options.format == .pdf {
            data = PDFPostProcessor().process(data)
        }
        if options.format == .svg {
            let processor = SVGPostProcessor(
                title: options.title ?? graph.metadata.title ?? "Stance graph",
                summary: Self.summary(of: graph),
                fixedSize: options.fixedSize)
            data = processor.process(data)
        }
        return Rendering(data: data, plan: plan, warnings: output.warnings)
    }

    /// The styled DOT text a render would lay out, for users who want to tweak it.
    public func dotSource(for graph: StanceGraph, options: RenderOptions = RenderOptions()) -> String {
        StyledDOTBuilder().build(graph, plan: LayoutPlan.choose(for: graph, options: options), options: options)
    }

    /// One sentence for screen readers: how many actors and stances of each kind.
    static func summary(of graph: StanceGraph) -> String {
        var counts: [StanceKind: Int] = [:]
        for stance in graph.stances { counts[stance.kind, default: 0] += 1 }
        let kinds = graph.kindsPresent.map { "\(counts[$0]!) \($0.rawValue)" }.joined(separator: ", ")
        let actorNoun = graph.actors.count == 1 ? "actor" : "actors"
        let stanceNoun = graph.stances.count == 1 ? "stance" : "stances"
        var text = "Stance graph of \(graph.actors.count) \(actorNoun) and \(graph.stances.count) \(stanceNoun)"
        if !kinds.isEmpty { text += ": \(kinds)" }
        return text + "."
    }
}
