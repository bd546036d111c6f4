/// Positions from one layout of the union of two graphs, read back so that
/// every picture of the diff can be drawn with them pinned.
///
/// Why: laid out separately, graph A and graph B put the same actor in
/// different places and a reader cannot compare them. The union is laid out
/// once (dot or neato by size); its node centres, edge routes and label
/// positions are read from Graphviz's own `dot` output, and each picture is then
/// rendered with `nop2` (neato `-n2`), which keeps given positions and routes.
/// Two invisible corner nodes at the union's bounding box make every picture's
/// drawing area, and so every SVG coordinate, the same.
struct PinnedLayout: Sendable, Equatable {
    typealias Point = EdgeSpline.Point

    /// A node's size in inches, as Graphviz gives it.
    struct Size: Sendable, Equatable {
        var width: Double
        var height: Double
    }

    /// Where a laid-out edge runs.
    struct Route: Sendable, Equatable {
        /// Graphviz `pos`, nil if the layout gave none (then `nop2` routes it).
        var spline: EdgeSpline?
        /// Centre of the edge label (`lp`).
        var label: Point?
    }

    /// The union's bounding box in points (Graphviz `bb`: lower left, upper right).
    var minX: Double
    var minY: Double
    var maxX: Double
    var maxY: Double
    /// Node centres by DOT node name.
    var nodes: [String: Point]
    /// Node sizes (Graphviz `width`, `height`, in inches) by DOT node name: a
    /// picture that labels an actor otherwise (the "before" name) keeps the size
    /// the edges were clipped to.
    var sizes: [String: Size] = [:]
    /// Routes by edge `id` as given in the layout DOT.
    var edges: [String: Route]

    /// Lays out `dot` with `engine` and reads the positions back.
    static func run(dot: String, engine: LayoutEngine, context: GraphvizContext) throws -> PinnedLayout {
        let output = try context.layout(dot: dot, engine: engine.rawValue, format: "dot")
        let laidOut = try context.parse(dot: String(decoding: output.bytes, as: UTF8.self))
        return try read(laidOut, engine: engine)
    }

    /// The positions in a graph Graphviz has laid out (its `-Tdot` output, parsed).
    static func read(_ graph: ParsedDOT, engine: LayoutEngine) throws -> PinnedLayout {
        let box = (graph.graphAttributes["bb"] ?? "").split(separator: ",").compactMap { Double($0) }
        guard box.count == 4 else {
            throw GraphvizError.layoutFailed(engine: engine.rawValue, messages: ["the layout has no bounding box"])
        }
        var nodes: [String: Point] = [:]
        var sizes: [String: Size] = [:]
        for node in graph.nodes {
            guard let pos = node.attributes["pos"].flatMap(point) else {
                throw GraphvizError.layoutFailed(engine: engine.rawValue, messages: ["node \(node.name) has no position"])
            }
            nodes[node.name] = pos
            if let width = node.attributes["width"].flatMap(Double.init), let height = node.attributes["height"].flatMap(Double.init) {
                sizes[node.name] = Size(width: width, height: height)
            }
        }
        var edges: [String: Route] = [:]
        for edge in graph.edges {
            guard let id = edge.attributes["id"] else { continue }
            edges[id] = Route(spline: edge.attributes["pos"].flatMap(EdgeSpline.init(pos:)),
                              label: edge.attributes["lp"].flatMap(point))
        }
        return PinnedLayout(minX: box[0], minY: box[1], maxX: box[2], maxY: box[3], nodes: nodes, sizes: sizes, edges: edges)
    }

    private static func point(_ text: String) -> Point? {
        let parts = text.split(separator: ",")
        guard parts.count >= 2, let x = Double(parts[0]), let y = Double(parts[1].filter { $0 != "!" }) else { return nil }
        return Point(x: x, y: y)
    }
}
