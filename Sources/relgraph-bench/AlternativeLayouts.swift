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
    static func dot(for graph: StanceGraph, variant: Variant) -> String {
        let options = RenderOptions(engine: variant.engine, edgeLabels: variant.labels ? .on : .off)
        let text = Renderer().dotSource(for: graph, options: options)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let index = lines.firstIndex(where: { $0.hasPrefix("  graph [") }) else { return text }
        var line = lines[index]
        for value in ["line", "true", "polyline", "ortho", "curved", "false", "spline"] {
            line = line.replacingOccurrences(of: ", splines=\"\(value)\"", with: "")
        }
        if let splines = variant.splines, let end = line.range(of: "];", options: .backwards) {
            line.replaceSubrange(end, with: ", splines=\"\(splines)\"];")
        }
        lines[index] = line
        return lines.joined(separator: "\n")
    }

    /// Lays out `dot` with `engine` in a child process and waits at most `timeout` seconds.
    func measure(dot: String, engine: LayoutEngine) throws -> Outcome {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("relgraph-bench-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).dot")
        try dot.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }

        let process = Process()
        process.executableURL = Self.executableURL
        process.arguments = ["--layout-child", file.path, engine.rawValue]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()  // SIGTERM to this child only, by its pid
            process.waitUntilExit()
            return .timedOut
        }
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            return .failed("exit \(process.terminationStatus): \(text.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
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

    /// This executable's path, so the child is the same build.
    private static var executableURL: URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
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
