import Foundation

/// A diff as versioned JSON (`"format": "relgraph-diff", "version": 1`), for
/// tools: the schema is documented in the README and its field names do not
/// change within a version.
///
/// Unlike the terminal and Markdown views, the JSON always carries the matched
/// actors and the unchanged stances with both sides' evidence, so a diff file is
/// complete: `GraphDiff.apply(to:)` rebuilds the new graph from it. Keys are
/// sorted and every list is sorted, so equal diffs give equal bytes.
public struct DiffJSONFormat: Sendable {
    /// The value of the `format` field, which tells a diff from a graph.
    public static let formatName = "relgraph-diff"
    /// The version this build writes and the newest it reads.
    public static let currentVersion = 1

    /// The name used in error messages.
    public var fileName: String

    public init(fileName: String = "<input>") {
        self.fileName = fileName
    }

    /// The diff of `oldName` and `newName` as pretty-printed JSON ending in a newline.
    public func encode(_ diff: GraphDiff, oldName: String, newName: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings, integers and enums only: encoding cannot fail.
        var data = try! encoder.encode(Document(diff: diff, oldName: oldName, newName: newName))
        data.append(UInt8(ascii: "\n"))
        return String(decoding: data, as: UTF8.self)
    }

    /// Reads a diff back with the names of its two inputs; refuses other documents
    /// (a graph, a newer version) with a message that says what the text is.
    public func decode(_ text: String) throws -> (diff: GraphDiff, oldName: String, newName: String) {
        let document: Document
        do {
            let envelope = try JSONDecoder().decode(Envelope.self, from: Data(text.utf8))
            guard envelope.format == Self.formatName else {
                throw FormatError("this JSON is \(envelope.format.map { "a '\($0)' document" } ?? "not a RelGraph diff"), "
                                  + "not a RelGraph diff (expected \"format\": \"\(Self.formatName)\")", at: start)
            }
            guard let version = envelope.version, (1...Self.currentVersion).contains(version) else {
                throw FormatError("diff format version \(envelope.version.map(String.init) ?? "missing") is not supported; "
                                  + "this RelGraph reads versions 1...\(Self.currentVersion)", at: start)
            }
            document = try JSONDecoder().decode(Document.self, from: Data(text.utf8))
        } catch let error as FormatError {
            throw error
        } catch {
            throw FormatError("not a readable RelGraph diff: \(error)", at: start)
        }
        let diff = GraphDiff(oldMetadata: document.old.metadata ?? GraphMetadata(),
                             newMetadata: document.new.metadata ?? GraphMetadata(),
                             actorsAdded: document.actors.added, actorsRemoved: document.actors.removed,
                             actorsMatched: document.actors.matched,
                             stancesAdded: document.stances.added, stancesRemoved: document.stances.removed,
                             stancesChanged: document.stances.changed, stancesUnchanged: document.stances.unchanged)
        return (diff, document.old.name, document.new.name)
    }

    private var start: SourceLocation { SourceLocation(file: fileName, line: 1, column: 1) }

    // MARK: Document shape

    private struct Envelope: Decodable {
        var format: String?
        var version: Int?
    }

    private struct Side: Codable {
        var name: String
        var metadata: GraphMetadata?
    }

    private struct Actors: Codable {
        var added: [Actor]
        var removed: [Actor]
        var matched: [ActorMatch]
    }

    private struct Stances: Codable {
        var added: [Stance]
        var removed: [Stance]
        var changed: [StanceChange]
        var unchanged: [StanceChange]
    }

    private struct Document: Codable {
        var format: String
        var version: Int
        var old: Side
        var new: Side
        var summary: DiffSummary
        var actors: Actors
        var stances: Stances

        init(diff: GraphDiff, oldName: String, newName: String) {
            format = DiffJSONFormat.formatName
            version = DiffJSONFormat.currentVersion
            old = Side(name: oldName, metadata: diff.oldMetadata.isEmpty ? nil : diff.oldMetadata)
            new = Side(name: newName, metadata: diff.newMetadata.isEmpty ? nil : diff.newMetadata)
            summary = DiffSummary(diff)
            actors = Actors(added: diff.actorsAdded, removed: diff.actorsRemoved, matched: diff.actorsMatched)
            stances = Stances(added: diff.stancesAdded, removed: diff.stancesRemoved,
                              changed: diff.stancesChanged, unchanged: diff.stancesUnchanged)
        }
    }
}
