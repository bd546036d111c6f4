import Foundation
import RelGraph

/// Reads a stance graph from DOT, the way `relgraph convert` takes DOT input.
///
/// It reads what `DOTWriter` writes (nodes with `label`, `kind`, `aliases`; edges
/// with `kind`, `count`, `evidence`), and DOT from elsewhere when each edge's
/// `kind` or `label` is a stance word ("backs", "opposes"). Values are unescaped
/// the way `DOTWriter` escapes them (`\\`, `\"`, `\n`, `\r`).
public struct DOTGraphReader: Sendable {
    public var fileName: String
    private let context: GraphvizContext

    public init(fileName: String = "<input>", context: GraphvizContext = .shared) {
        self.fileName = fileName
        self.context = context
    }

    public func read(_ text: String) throws -> StanceGraph {
        let parsed: ParsedDOT
        do {
            parsed = try context.parse(dot: text)
        } catch GraphvizError.invalidDOT(let messages) {
            let message = messages.map { $0.replacingAll("Error: ", with: "") }.joined(separator: " ")
            throw FormatError("invalid DOT: \(message)", at: SourceLocation(file: fileName, line: Self.line(in: message) ?? 1, column: 1))
        }
        var metadata = GraphMetadata()
        for (key, value) in parsed.graphAttributes {
            let value = Self.unescape(value)
            switch key {
            case "title": metadata.title = value
            case "url": metadata.url = value
            case "date": metadata.date = value
            default:
                if key.hasPrefix("extra.") { metadata.extra[String(key.dropFirst(6))] = value }
            }
        }
        var graph = StanceGraph(metadata: metadata)
        for node in parsed.nodes {
            var actor = Actor(id: node.name)
            if let label = node.attributes["label"], label != "\\N" { actor.name = Self.unescape(label) }
            if let kindName = node.attributes["kind"] {
                guard let kind = ActorKind(name: kindName) else {
                    throw FormatError("node \"\(node.name)\": unknown actor kind '\(kindName)'; expected one of: \(ActorKind.allowedNames)",
                                      at: location(of: node.name, in: text))
                }
                actor.kind = kind
            }
            if let aliases = node.attributes["aliases"] {
                actor.aliases = Self.unescape(aliases).components(separatedBy: DOTWriter.aliasSeparator).filter { !$0.isEmpty }
            }
            try graph.addActor(actor)
        }
        for edge in parsed.edges {
            let described = "\(edge.tail) -> \(edge.head)"
            let word = edge.attributes["kind"] ?? edge.attributes["label"]
            guard let word, let kind = StanceKind(rawValue: word.lowercased()) ?? StanceVocabulary.kind(for: word) else {
                let found = word.map { "'\($0)' is not a stance word" } ?? "it has no kind or label attribute"
                throw FormatError("edge \(described): \(found); expected kind= one of \(StanceKind.allowedNames)",
                                  at: location(of: edge.tail, and: edge.head, in: text))
            }
            let evidence = edge.attributes["evidence"].map {
                Self.unescape($0).components(separatedBy: DOTWriter.evidenceSeparator).map { Evidence(text: $0) }
            } ?? []
            var count: Int?
            if let countText = edge.attributes["count"] {
                guard let value = Int(countText), value >= 1 else {
                    throw FormatError("edge \(described): count must be a whole number of at least 1, found '\(countText)'",
                                      at: location(of: edge.tail, and: edge.head, in: text))
                }
                count = value
            }
            do {
                try graph.addStance(Stance(source: edge.tail, target: edge.head, kind: kind, evidence: evidence, count: count))
            } catch let error as GraphError {
                throw FormatError(error.description, at: location(of: edge.tail, and: edge.head, in: text))
            }
        }
        return graph
    }

    /// Undoes `DOTWriter`'s escapes; other backslash sequences are kept as written.
    static func unescape(_ value: String) -> String {
        guard value.contains("\\") else { return value }
        var result = ""
        var iterator = value.makeIterator()
        while let character = iterator.next() {
            guard character == "\\" else { result.append(character); continue }
            guard let next = iterator.next() else { result.append("\\"); break }
            switch next {
            case "\\": result.append("\\")
            case "\"": result.append("\"")
            case "n": result.append("\n")
            case "r": result.append("\r")
            default: result.append("\\"); result.append(next)
            }
        }
        return result
    }

    private static func line(in message: String) -> Int? {
        guard let range = message.range(of: "line ") else { return nil }
        return Int(message[range.upperBound...].prefix { $0.isNumber })
    }

    /// Best effort: the first line that mentions the node (or both ends of the
    /// edge), since Graphviz keeps no positions for parsed objects.
    private func location(of name: String, and other: String? = nil, in text: String) -> SourceLocation {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.contains(name), other.map({ line.contains($0) }) ?? true,
               let column = line.range(of: name).map({ line.distance(from: line.startIndex, to: $0.lowerBound) }) {
                return SourceLocation(file: fileName, line: index + 1, column: max(1, column))
            }
        }
        return SourceLocation(file: fileName, line: 1, column: 1)
    }
}
