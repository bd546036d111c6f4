/// Writes a graph as RelGraph's JSON in one pass over a byte buffer, with the
/// exact bytes Foundation's `JSONEncoder` gives with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` (two-space indent, `"key" : value`,
/// an empty list as `[`, a blank line, `]`).
///
/// Why not the encoder itself: extraction's output is mostly evidence text, and
/// going through `Encodable` containers cost about a quarter of the time of
/// `extract` (a second per 20 MB of articles on one core). The tests compare this
/// writer with `JSONEncoder` on generated graphs, so the two cannot drift apart:
/// a field added to the model must be added here too, or those tests fail.
struct JSONGraphWriter {
    private var bytes: [UInt8] = []
    /// For each object or array being written, how many fields or elements it has so far.
    private var counts: [Int] = []

    /// The document `{"actors", "format", "metadata", "stances", "version"}`,
    /// keys in sorted order, ending in a newline.
    static func document(_ graph: StanceGraph, format: String, version: Int) -> [UInt8] {
        var writer = JSONGraphWriter()
        writer.bytes.reserveCapacity(512 + graph.stances.count * 600)
        writer.open("{")
        writer.key("actors")
        writer.open("[")
        for actor in graph.actors { writer.element(); writer.actor(actor) }
        writer.close("]")
        writer.key("format"); writer.string(format)
        if !graph.metadata.isEmpty { writer.key("metadata"); writer.metadata(graph.metadata) }
        writer.key("stances")
        writer.open("[")
        for stance in graph.stances { writer.element(); writer.stance(stance) }
        writer.close("]")
        writer.key("version"); writer.integer(version)
        writer.close("}")
        writer.bytes.append(UInt8(ascii: "\n"))
        return writer.bytes
    }

    // MARK: The model, fields in sorted key order

    private mutating func actor(_ actor: Actor) {
        open("{")
        key("aliases")
        open("[")
        for alias in actor.aliases { element(); string(alias) }
        close("]")
        key("id"); string(actor.id)
        key("kind"); string(actor.kind.rawValue)
        key("name"); string(actor.name)
        close("}")
    }

    private mutating func metadata(_ metadata: GraphMetadata) {
        open("{")
        if let date = metadata.date { key("date"); string(date) }
        if !metadata.extra.isEmpty {
            key("extra")
            open("{")
            // The encoder sorts keys by their UTF-8 bytes, not by String's `<`
            // (which takes "e" and a combining accent for "é"); so does this.
            for name in metadata.extra.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                key(name)
                string(metadata.extra[name]!)
            }
            close("}")
        }
        if let title = metadata.title { key("title"); string(title) }
        if let url = metadata.url { key("url"); string(url) }
        close("}")
    }

    private mutating func stance(_ stance: Stance) {
        open("{")
        key("count"); integer(stance.count)
        key("evidence")
        open("[")
        for evidence in stance.evidence { element(); self.evidence(evidence) }
        close("]")
        key("kind"); string(stance.kind.rawValue)
        key("polarity"); string(stance.polarity.rawValue)
        if let provenance = stance.provenance {
            key("provenance")
            open("{")
            key("articles"); integer(provenance.articles)
            if let first = provenance.firstDate { key("first_date"); string(first) }
            if let last = provenance.lastDate { key("last_date"); string(last) }
            close("}")
        }
        key("source"); string(stance.source)
        key("target"); string(stance.target)
        close("}")
    }

    private mutating func evidence(_ evidence: Evidence) {
        open("{")
        if let article = evidence.article { key("article"); string(article) }
        if let date = evidence.date { key("date"); string(date) }
        if let end = evidence.end { key("end"); integer(end) }
        if let rule = evidence.rule { key("rule"); string(rule) }
        if let start = evidence.start { key("start"); integer(start) }
        key("text"); string(evidence.text)
        close("}")
    }

    // MARK: JSON, pretty-printed as JSONEncoder does

    private mutating func open(_ bracket: Unicode.Scalar) {
        bytes.append(UInt8(ascii: bracket))
        counts.append(0)
    }

    /// Before an object's field: a comma after the previous one, a new
    /// indented line, then `"key" : `.
    private mutating func key(_ name: String) {
        element()
        string(name)
        bytes.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
    }

    /// Before an array's element (or an object's field): a comma after the
    /// previous one and a new indented line.
    private mutating func element() {
        if counts[counts.count - 1] > 0 { bytes.append(UInt8(ascii: ",")) }
        counts[counts.count - 1] += 1
        newline()
    }

    /// Ends an object or array; an empty one holds a blank line.
    private mutating func close(_ bracket: Unicode.Scalar) {
        if counts.removeLast() == 0 { bytes.append(UInt8(ascii: "\n")) }
        newline()
        bytes.append(UInt8(ascii: bracket))
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<counts.count { bytes.append(UInt8(ascii: " ")); bytes.append(UInt8(ascii: " ")) }
    }

    private mutating func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A string literal escaped as the encoder escapes: quote, backslash and the
    /// control characters (`\b \f \n \r \t`, others as `\u00xx`); nothing else,
    /// not even `/`.
    private mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                              Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0x0F)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
}
