import CGraphviz
import CGraphvizSupport
import Foundation

/// The one owner of Graphviz in the process. Every call into the C library goes
/// through `layout(dot:engine:format:)`, which holds a process-wide lock.
///
/// Why: Graphviz keeps global state (the parser, error buffers, layout statics)
/// and is not thread-safe even with one context per thread; one `gvContext` also
/// avoids a leak per extra context. Graphviz's messages are routed to a buffer
/// with `agseterrf`, so nothing is printed on stderr: errors become
/// `GraphvizError`s and warnings are returned with the output.
///
/// It also makes layouts deterministic (see `CGraphvizSupport`): object ids are
/// numbered per graph instead of taken from heap addresses, which made dot's
/// output depend on what the process had rendered before; every graph's objects
/// live in an arena of their own, so fdp's comparisons of node addresses see the
/// same order every time; libc's random state (`rand`, `drand48`) is reset
/// before each layout, which sfdp and the spline router draw from; and circo's
/// cache of the last graph's attributes, keyed by an address a new graph can
/// reuse, is cleared before each circo layout (a stale cache crashed).
public final class GraphvizContext: @unchecked Sendable {
    /// The process's context; creating more only costs memory.
    public static let shared = GraphvizContext()

    /// Raw output of one render and the warnings Graphviz gave on the way.
    public struct Output: Sendable {
        public var bytes: [UInt8]
        public var warnings: [String]
    }

    private let lock = NSLock()
    private var gvc: OpaquePointer?
    private var startupError: GraphvizError?

    private init() {}

    /// Lays out DOT text with `engine` and renders it as `format` (a Graphviz
    /// output format name such as `svg`, `png`, `pdf`, `dot`, `json`).
    public func layout(dot: String, engine: String, format: String) throws -> Output {
        lock.lock()
        defer { lock.unlock() }
        let context = try openContext()
        return try layoutLocked(context, dot: dot, engine: engine, format: format)
    }

    /// Reads DOT text with Graphviz's own parser (no layout), so any DOT that
    /// Graphviz accepts can be converted; a syntax error comes back as
    /// `GraphvizError.invalidDOT` with Graphviz's message.
    public func parse(dot: String) throws -> ParsedDOT {
        lock.lock()
        defer { lock.unlock() }
        _ = try openContext()
        graphvizMessages = ""
        agreseterrors()
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw GraphvizError.invalidDOT(messages: takeMessages())
        }
        defer { agclose(graph) }
        func attributes(_ object: UnsafeMutableRawPointer, kind: Int32) -> [String: String] {
            var values: [String: String] = [:]
            var symbol = agnxtattr(graph, kind, nil)
            while let current = symbol {
                if let raw = agxget(object, current), raw.pointee != 0 {
                    values[String(cString: current.pointee.name)] = String(cString: raw)
                }
                symbol = agnxtattr(graph, kind, current)
            }
            return values
        }
        var parsed = ParsedDOT(graphAttributes: attributes(UnsafeMutableRawPointer(graph), kind: AGRAPH), nodes: [], edges: [])
        var edgeOrder: [(UInt, ParsedDOT.Edge)] = []
        var node = agfstnode(graph)
        while let current = node {
            parsed.nodes.append(ParsedDOT.Node(name: String(cString: agnameof(current)),
                                               attributes: attributes(UnsafeMutableRawPointer(current), kind: AGNODE)))
            var edge = agfstout(graph, current)
            while let out = edge {
                edgeOrder.append((relgraph_agseq(UnsafeMutableRawPointer(out)), ParsedDOT.Edge(
                    tail: String(cString: agnameof(relgraph_agtail(out))),
                    head: String(cString: agnameof(relgraph_aghead(out))),
                    attributes: attributes(UnsafeMutableRawPointer(out), kind: AGEDGE))))
                edge = agnxtout(graph, out)
            }
            node = agnxtnode(graph, current)
        }
        // Edges in the order the file declares them, not grouped by tail node.
        parsed.edges = edgeOrder.sorted { $0.0 < $1.0 }.map(\.1)
        return parsed
    }

    /// The output formats Graphviz's loaded plugins can write, for error messages and `--help`.
    public func availableFormats() throws -> [String] {
        lock.lock()
        defer { lock.unlock() }
        let context = try openContext()
        var count: Int32 = 0
        guard let list = gvPluginList(context, "render", &count, nil) else { return [] }
        var names: [String] = []
        for index in 0..<Int(count) {
            if let entry = list[index] {
                names.append(String(cString: entry))
                free(entry)
            }
        }
        free(list)
        return names
    }

    // MARK: Under the lock

    private func openContext() throws -> OpaquePointer {
        if let startupError { throw startupError }
        if let gvc { return gvc }
        agseterr(AGWARN)
        _ = agseterrf(captureGraphvizMessage)
        relgraph_install_deterministic_ids()
        relgraph_install_deterministic_memory()
        guard let created = gvContext() else {
            let error = GraphvizError.pluginsNotConfigured(messages: ["gvContext() returned NULL"])
            startupError = error
            throw error
        }
        // Self-check: one node through dot. Without the plugin config every layout
        // fails with an empty list of engines; say so once, clearly.
        do {
            _ = try layoutLocked(created, dot: "digraph { a }", engine: "dot", format: "svg")
        } catch {
            let messages: [String]
            switch error {
            case GraphvizError.layoutFailed(_, let captured): messages = captured
            default: messages = ["\(error)"]
            }
            startupError = GraphvizError.pluginsNotConfigured(messages: messages)
            throw startupError!
        }
        gvc = created
        return created
    }

    private func layoutLocked(_ context: OpaquePointer, dot: String, engine: String, format: String) throws -> Output {
        graphvizMessages = ""
        agreseterrors()
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw GraphvizError.invalidDOT(messages: takeMessages())
        }
        defer { agclose(graph) }
        // Resets libc's random state, and circo's cache of the last graph's attributes.
        _ = relgraph_prepare_layout(context, engine)
        guard gvLayout(context, graph, engine) == 0 else {
            throw GraphvizError.layoutFailed(engine: engine, messages: takeMessages())
        }
        defer { gvFreeLayout(context, graph) }
        var result: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(context, graph, format, &result, &length) == 0, let result else {
            let messages = takeMessages()
            if messages.contains(where: { $0.contains("not recognized") || $0.contains("unavailable") }) {
                throw GraphvizError.unsupportedFormat(format: format, messages: messages)
            }
            throw GraphvizError.renderFailed(format: format, messages: messages)
        }
        defer { gvFreeRenderData(result) }
        let bytes = result.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
        let messages = takeMessages()
        let errors = messages.filter { $0.hasPrefix("Error") }
        if !errors.isEmpty {
            throw GraphvizError.renderFailed(format: format, messages: messages)
        }
        return Output(bytes: bytes, warnings: messages)
    }

    private func takeMessages() -> [String] {
        let lines = graphvizMessages
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        graphvizMessages = ""
        return lines
    }
}

/// Graphviz's messages since the last reset. Graphviz calls the handler several
/// times per message (level, ": ", text), so pieces are collected and split into
/// lines later. Only touched while `GraphvizContext`'s lock is held.
nonisolated(unsafe) private var graphvizMessages = ""

private func captureGraphvizMessage(_ message: UnsafeMutablePointer<CChar>?) -> Int32 {
    if let message { graphvizMessages += String(cString: message) }
    return 0
}
