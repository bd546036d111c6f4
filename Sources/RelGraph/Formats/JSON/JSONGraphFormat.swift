import Foundation

/// RelGraph's machine format: the graph as versioned JSON that other tools read.
///
/// ```json
/// {"format": "relgraph", "version": 1,
///  "metadata": {"title": "...", "date": "2016-02-05"},
///  "actors": [{"id": "TUR", "name": "Turkey", "kind": "state", "aliases": ["Ankara"]}],
///  "stances": [{"source": "TUR", "target": "KURDS", "kind": "opposes", "polarity": "conflictual",
///               "count": 1, "evidence": [{"text": "..."}]}]}
/// ```
///
/// The field names are a contract (other tools read them) and `version` changes
/// only when a reader of the old version would misread the new one. Output has
/// sorted keys and fixed formatting, so equal graphs give equal bytes.
public struct JSONGraphFormat: Sendable {
    /// The version this build writes and the newest it reads.
    public static let currentVersion = 1
    /// The value of the `format` field, which tells a RelGraph graph from other JSON.
    public static let formatName = "relgraph"

    /// The name used in error locations: the file's path, or `<stdin>`.
    public var fileName: String

    public init(fileName: String = "<input>") {
        self.fileName = fileName
    }

    /// The graph as pretty-printed JSON ending in a newline.
    public func encode(_ graph: StanceGraph) -> String {
        String(decoding: JSONGraphWriter.document(graph, format: Self.formatName, version: Self.currentVersion), as: UTF8.self)
    }

    /// Reads a graph, reporting syntax errors, missing or mistyped fields, unknown
    /// kinds and dangling actor ids at their line and column.
    public func decode(_ text: String) throws -> StanceGraph {
        do {
            try JSONSourceScanner.validate(text)
        } catch {
            throw FormatError("invalid JSON: \(error.message)", at: location(ofOffset: error.offset, in: text))
        }
        // The envelope is checked first: a newer version or another format may not
        // fit this version's shape, and the version is then what is wrong.
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(Envelope.self, from: Data(text.utf8))
        } catch let error as DecodingError {
            throw translate(error, in: text)
        }
        if let format = envelope.format, format != Self.formatName {
            throw FormatError("this JSON is a '\(format)' document, not a RelGraph graph (expected \"format\": \"relgraph\")",
                              at: location(of: [.key("format")], in: text))
        }
        if let version = envelope.version, version > Self.currentVersion || version < 1 {
            throw FormatError("graph format version \(version) is not supported; this RelGraph reads versions 1...\(Self.currentVersion)",
                              at: location(of: [.key("version")], in: text))
        }
        let raw: RawDocument
        do {
            raw = try JSONDecoder().decode(RawDocument.self, from: Data(text.utf8))
        } catch let error as DecodingError {
            throw translate(error, in: text)
        }
        var graph = StanceGraph(metadata: raw.metadata ?? GraphMetadata())
        for (index, actor) in (raw.actors ?? []).enumerated() {
            do { try graph.addActor(actor) } catch let error as GraphError {
                throw FormatError(error.description, at: location(of: [.key("actors"), .index(index), .key("id")], in: text))
            }
        }
        for (index, stance) in (raw.stances ?? []).enumerated() {
            do { try graph.addStance(stance) } catch let error as GraphError {
                var field = "source"
                if case .unknownActor(let id, _) = error, id != stance.source { field = "target" }
                throw FormatError(error.description, at: location(of: [.key("stances"), .index(index), .key(field)], in: text))
            }
        }
        return graph
    }

    // MARK: Document shape

    /// What the document says it is, read before anything else.
    private struct Envelope: Decodable {
        var format: String?
        var version: Int?
    }

    /// The document before the graph's rules are checked, so rule violations can be
    /// reported at the element that breaks them.
    private struct RawDocument: Decodable {
        var metadata: GraphMetadata?
        var actors: [Actor]?
        var stances: [Stance]?
    }

    // MARK: Errors

    private func translate(_ error: DecodingError, in text: String) -> FormatError {
        switch error {
        case .typeMismatch(let type, let context):
            return FormatError("\(pathText(context.codingPath)): expected \(describe(type))",
                               at: location(of: components(context.codingPath), in: text))
        case .valueNotFound(let type, let context):
            return FormatError("\(pathText(context.codingPath)): expected \(describe(type)), found null",
                               at: location(of: components(context.codingPath), in: text))
        case .keyNotFound(let key, let context):
            let owner = context.codingPath.isEmpty ? "the document" : pathText(context.codingPath)
            return FormatError("\(owner) is missing the required field \"\(key.stringValue)\"",
                               at: location(of: components(context.codingPath), in: text))
        case .dataCorrupted(let context):
            let path = components(context.codingPath)
            var message = context.debugDescription
            if case .key(let field)? = path.last, field == "kind" {
                let allowed = path.first == .key("actors") ? ActorKind.allowedNames : StanceKind.allowedNames
                message = "unknown kind; expected one of: \(allowed)"
            }
            return FormatError("\(pathText(context.codingPath)): \(message)", at: location(of: path, in: text))
        @unknown default:
            return FormatError("\(error)", at: SourceLocation(file: fileName, line: 1, column: 1))
        }
    }

    private func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "an integer"
        case is [Any].Type: return "an array"
        case is [String: Any].Type: return "an object"
        default: return "a value of type \(type)"
        }
    }

    private func components(_ codingPath: [CodingKey]) -> [JSONSourceScanner.PathComponent] {
        codingPath.map { key in key.intValue.map { .index($0) } ?? .key(key.stringValue) }
    }

    private func pathText(_ codingPath: [CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue { text += "[\(index)]" } else { text += text.isEmpty ? key.stringValue : ".\(key.stringValue)" }
        }
        return text.isEmpty ? "document" : text
    }

    private func location(of path: [JSONSourceScanner.PathComponent], in text: String) -> SourceLocation {
        location(ofOffset: JSONSourceScanner.offset(of: path, in: text) ?? 0, in: text)
    }

    private func location(ofOffset offset: Int, in text: String) -> SourceLocation {
        let (line, column) = JSONSourceScanner.lineAndColumn(ofOffset: offset, in: text)
        return SourceLocation(file: fileName, line: line, column: column)
    }
}
