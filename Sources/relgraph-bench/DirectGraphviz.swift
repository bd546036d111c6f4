import CGraphviz

/// The floor the renderer is measured against: the bare libgvc call sequence with
/// nothing around it (no lock, no message capture, no copy of the output, no SVG
/// post-processing), on a `gvContext` of its own.
///
/// Why its own context: `GraphvizContext.shared` keeps its context private, and
/// the point is to measure the C library alone. Two contexts in one process cost
/// only memory. Not thread-safe (Graphviz is not): the benchmark calls it from one
/// thread, never at the same time as the renderer.
final class DirectGraphviz {
    private let context: OpaquePointer

    init() throws {
        guard let created = gvContext() else {
            throw BenchmarkError.graphviz("gvContext() returned NULL")
        }
        context = created
    }

    deinit {
        gvFreeContext(context)
    }

    /// Graphviz's version string, as the library reports it.
    var version: String {
        gvcVersion(context).map { String(cString: $0) } ?? "unknown"
    }

    /// agmemread -> gvLayout -> gvRenderData -> gvFreeRenderData -> gvFreeLayout ->
    /// agclose; returns the output's length in bytes (the output is not copied).
    @discardableResult
    func render(dot: String, engine: String, format: String = "svg") throws -> Int {
        try withRendered(dot: dot, engine: engine, format: format) { $0.count }
    }

    /// The output bytes, for checking that both paths draw the same picture.
    func renderedBytes(dot: String, engine: String, format: String = "svg") throws -> [UInt8] {
        try withRendered(dot: dot, engine: engine, format: format) { Array($0) }
    }

    private func withRendered<T>(dot: String, engine: String, format: String,
                                 _ body: (UnsafeBufferPointer<UInt8>) -> T) throws -> T {
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw BenchmarkError.graphviz("agmemread could not parse the DOT text")
        }
        defer { agclose(graph) }
        guard gvLayout(context, graph, engine) == 0 else {
            throw BenchmarkError.graphviz("gvLayout failed with engine \(engine)")
        }
        defer { gvFreeLayout(context, graph) }
        var result: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(context, graph, format, &result, &length) == 0, let result else {
            throw BenchmarkError.graphviz("gvRenderData failed for format \(format)")
        }
        defer { gvFreeRenderData(result) }
        return result.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            body(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }
}
