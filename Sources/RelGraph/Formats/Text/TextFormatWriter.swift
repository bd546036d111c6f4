/// Writes a graph in the RelGraph text format, so that reading the result back
/// gives an equal graph (for the quote of each piece of evidence; the text format
/// does not carry evidence offsets or rules — use JSON for those).
public struct TextFormatWriter: Sendable {
    public init() {}

    /// The whole document: metadata, one `actor` line per actor, one line per stance.
    public func write(_ graph: StanceGraph) -> String {
        var lines: [String] = []
        let metadata = graph.metadata
        if let title = metadata.title { lines.append("title \(quote(title))") }
        if let date = metadata.date { lines.append("date \(quote(date))") }
        if let url = metadata.url { lines.append("url \(quote(url))") }
        for key in metadata.extra.keys.sorted() {
            lines.append("meta \(reference(key)) \(quote(metadata.extra[key]!))")
        }
        if !lines.isEmpty { lines.append("") }

        for actor in graph.actors {
            var line = "actor \(reference(actor.id)) \(quote(actor.name)) \(actor.kind.rawValue)"
            if !actor.aliases.isEmpty {
                line += " aliases: " + actor.aliases.map(quote).joined(separator: ", ")
            }
            lines.append(line)
        }
        if !graph.actors.isEmpty && !graph.stances.isEmpty { lines.append("") }

        for stance in graph.stances {
            var line = "\(reference(stance.source)) \(stance.kind.rawValue) \(reference(stance.target))"
            for evidence in stance.evidence { line += " " + quote(evidence.text) }
            if stance.count != max(stance.evidence.count, 1) { line += " x\(stance.count)" }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A double-quoted string with the escapes the tokenizer understands. Works on
    /// Unicode scalars, as the tokenizer does, so a quote that a combining mark
    /// follows is escaped too.
    func quote(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            case "\t": quoted += "\\t"
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    /// An actor id as written in a stance line: bare when it reads back as itself,
    /// quoted when it has spaces or punctuation, is a keyword, a stance word or a count.
    func reference(_ id: String) -> String {
        let reserved: Set<String> = ["actor", "title", "date", "url", "meta", "aliases:"]
        let plain = !id.isEmpty
            && id.unicodeScalars.allSatisfy {
                !$0.properties.isWhitespace && $0 != "\"" && $0 != "#" && $0 != "," && $0 != "\\"
            }
            && !reserved.contains(id.lowercased())
            && !StanceVocabulary.isStanceWord(id)
            && !(id.first == "x" || id.first == "×")
        return plain ? id : quote(id)
    }
}
