import Foundation
import RelGraph
import RelGraphRender

/// Times other engines, label choices and spline settings on the large graphs,
/// so `LayoutPlan`'s thresholds can be set from figures rather than guesses.
///
/// Why child processes: some combinations (dot with edge labels on a thousand
/// actors) run for minutes, and a Graphviz layout cannot be interrupted
/// in-process. Each variant is laid out by this same executable started with
/// `--layout-child FILE ENGINE`, through `GraphvizContext.shared.layout` (after a
/// one-node warm-up), and the parent stops that child, by its process id, when
/// the time limit passes. A fresh process per variant also keeps layouts from
/// influencing each other.
struct AlternativeLayouts {
    struct Variant {
        var name: String
        var engine: LayoutEngine
        var labels: Bool
        /// The graph's `splines` value; nil leaves Graphviz's default.
        var splines: String?
    }

    static let variants: [Variant] = [
        Variant(name: "dot, labels, splines default", engine: .dot, labels: true, splines: nil),
        Variant(name: "dot, no labels, splines default", engine: .dot, labels: false, splines: nil),
        Variant(name: "dot, no labels, splines=line", engine: .dot, labels: false, splines: "line"),
        Variant(name: "dot, no labels, splines=polyline", engine: .dot, labels: false, splines: "polyline"),
        Variant(name: "neato, no labels, splines=true", engine: .neato, labels: false, splines: "true"),
        Variant(name: "neato, no labels, splines=line", engine: .neato, labels: false, splines: "line"),
        Variant(name: "neato, labels, splines=line", engine: .neato, labels: true, splines: "line"),
        Variant(name: "sfdp, no labels, splines=true", engine: .sfdp, labels: false, splines: "true"),
        Variant(name: "sfdp, no labels, splines=line", engine: .sfdp, labels: false, splines: "line"),
        Variant(name: "sfdp, labels, splines=line", engine: .sfdp, labels: true, splines: "line"),
    ]

    enum Outcome {
        case finished(milliseconds: Double, bytes: Int, warnings: Int)
        case timedOut
        case failed(String)
    }

    let timeout: Double

    /// The styled DOT the renderer would build with this engine and label choice,
    /// with the graph's `splines` attribute replaced.
    /// Throws when the DOT builder's output no longer has the shape this edit expects.
    static func dot(for graph: StanceGraph, variant: Variant) throws -> String {
        let options = RenderOptions(engine: variant.engine, edgeLabels: variant.labels ? .on : .off)
        let text = Renderer().dotSource(for: graph, options: options)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let index = lines.firstIndex(where: { $0.hasPrefix("  graph [") }) else {
            throw BenchmarkError.graphviz("no '  graph [' line in the renderer's DOT; update AlternativeLayouts.dot")
        }
        var line = lines[index]
        for value in ["line", "true", "polyline", "ortho", "curved", "false", "spline"] {
            line = line.replacingOccurrences(of: ", splines=\"\(value)\"", with: "")
        }
        if let splines = variant.splines, let end = line.range(of: "];", options: .backwards) {
            line.replaceSubrange(end, with: ", splines=\"\(splines)\"];")
        }
        let count = line.components(separatedBy: "splines=").count - 1
        guard count == (variant.splines == nil ? 0 : 1) else {
            throw BenchmarkError.graphviz("could not set splines in '\(line.prefix(120))'; update AlternativeLayouts.dot")
        }
        lines[index] = line
        return lines.joined(separator: "\n")
    }

    /// Lays out `dot` with `engine` in a child process and waits at most `timeout` seconds.
    func measure(dot: String, engine: LayoutEngine) throws -> Outcome {
        let file = ChildProcess.temporaryFile(suffix: "dot")
        try dot.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        switch try ChildProcess.run(["--layout-child", file.path, engine.rawValue], timeout: timeout) {
        case .timedOut:
            return .timedOut
        case .finished(let status, let text) where status != 0:
            return .failed("exit \(status): \(text.trimmingCharacters(in: .whitespacesAndNewlines))")
        case .finished(_, let text):
            var fields: [String: String] = [:]
            for pair in text.split(whereSeparator: \.isWhitespace) {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
            }
            guard let ms = fields["ms"].flatMap(Double.init), let bytes = fields["bytes"].flatMap(Int.init) else {
                return .failed("unexpected child output: \(text)")
            }
            return .finished(milliseconds: ms, bytes: bytes, warnings: fields["warnings"].flatMap(Int.init) ?? 0)
        }
    }

    /// The child's side: one warm-up layout, then the timed one; prints one line.
    static func runChild(path: String, engine: String) throws {
        let dot = try String(contentsOfFile: path, encoding: .utf8)
        _ = try GraphvizContext.shared.layout(dot: "digraph { a }", engine: engine, format: "svg")
        let (output, ms) = try Stopwatch.measure {
            try GraphvizContext.shared.layout(dot: dot, engine: engine, format: "svg")
        }
        print("ms=\(ms) bytes=\(output.bytes.count) warnings=\(output.warnings.count)")
    }
}
