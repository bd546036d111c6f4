/// Writes a stance graph as GEXF 1.3, Gephi's native format, so a graph can be
/// explored, filtered and laid out in Gephi with every stance attribute available.
///
/// Layout of the file:
///
/// - `<meta>`: `creator` is `RelGraph`; `description` holds the title and the URL
///   (one per line, whichever are present); `lastmodifieddate` is the metadata
///   date when it is a valid `YYYY-MM-DD` date (the schema requires `xsd:date`),
///   and is left out otherwise. GEXF has no graph-level attributes, so
///   `metadata.extra` is not written. `<meta>` is left out when there is no title,
///   URL or usable date.
/// - Declared attributes: nodes `kind`, `aliases` (joined by `"; "`); edges
///   `kind`, `polarity`, `symmetric` (boolean), `count` (integer), `evidence`
///   (every quote, joined by a blank line `"\n\n"`), `article`, `date` (the first
///   evidence article and date given).
/// - One `<node>` per actor, in graph order: `id` = actor id, `label` = name.
/// - One `<edge>` per stance, in graph order: `id` = `e0`, `e1`, …, `label` and
///   `kind` = the stance kind (the GEXF 1.3 `kind` attribute lets Gephi keep
///   `A supports B` and `A attacks B` as separate parallel edges instead of
///   merging them), `weight` = count.
///
/// The graph's `defaultedgetype` is `directed`; stances of a symmetric kind
/// (`meets`, `cooperates`) are written with `type="undirected"`, which Gephi shows
/// as a mixed graph. networkx's GEXF reader rejects undirected edges in a directed
/// graph; for it, use `write(_:symmetricEdgesUndirected:)` with `false` (the
/// `symmetric` attribute still tells the kinds apart) or GraphML.
///
/// All user text goes through `XMLEscaping`. Output is deterministic and its
/// lines end in LF.
public enum GEXFWriter {
    /// Separator between evidence quotes in the `evidence` edge attribute.
    public static let evidenceSeparator = "\n\n"
    /// Separator between aliases in the `aliases` node attribute.
    public static let aliasSeparator = "; "

    /// Returns the GEXF 1.3 document for `graph`, with symmetric stances as
    /// undirected edges, ending in a newline.
    public static func write(_ graph: StanceGraph) -> String {
        write(graph, symmetricEdgesUndirected: true)
    }

    /// Returns the GEXF 1.3 document for `graph`, ending in a newline.
    ///
    /// - Parameter symmetricEdgesUndirected: When true, `meets` and `cooperates`
    ///   stances get `type="undirected"` (best for Gephi); when false every edge is
    ///   directed, which tools that cannot read mixed graphs (networkx) need.
    public static func write(_ graph: StanceGraph, symmetricEdgesUndirected: Bool) -> String {
        var out = ""
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<gexf xmlns=\"http://gexf.net/1.3\""
        out += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        out += " xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\""
        out += " version=\"1.3\">\n"

        let metadata = graph.metadata
        let description = [metadata.title, metadata.url].compactMap { $0 }.joined(separator: "\n")
        let lastModified = metadata.date.flatMap { isXSDDate($0) ? $0 : nil }
        if !description.isEmpty || lastModified != nil {
            out += "  <meta"
            if let lastModified { out += " lastmodifieddate=\"\(XMLEscaping.escape(lastModified))\"" }
            out += ">\n"
            out += "    <creator>RelGraph</creator>\n"
            if !description.isEmpty {
                out += "    <description>\(XMLEscaping.escape(description, keepingLineBreaks: true))</description>\n"
            }
            out += "  </meta>\n"
        }

        out += "  <graph defaultedgetype=\"directed\" mode=\"static\">\n"
        out += "    <attributes class=\"node\">\n"
        out += "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
        out += "      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n"
        out += "    </attributes>\n"
        out += "    <attributes class=\"edge\">\n"
        out += "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
        out += "      <attribute id=\"polarity\" title=\"polarity\" type=\"string\"/>\n"
        out += "      <attribute id=\"symmetric\" title=\"symmetric\" type=\"boolean\"/>\n"
        out += "      <attribute id=\"count\" title=\"count\" type=\"integer\"/>\n"
        out += "      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n"
        out += "      <attribute id=\"article\" title=\"article\" type=\"string\"/>\n"
        out += "      <attribute id=\"date\" title=\"date\" type=\"string\"/>\n"
        out += "    </attributes>\n"

        out += "    <nodes count=\"\(graph.actors.count)\">\n"
        for actor in graph.actors {
            out += "      <node id=\"\(XMLEscaping.escape(actor.id))\" label=\"\(XMLEscaping.escape(actor.name))\">\n"
            out += "        <attvalues>\n"
            out += attvalue("kind", actor.kind.rawValue)
            if !actor.aliases.isEmpty {
                out += attvalue("aliases", actor.aliases.joined(separator: aliasSeparator))
            }
            out += "        </attvalues>\n"
            out += "      </node>\n"
        }
        out += "    </nodes>\n"

        out += "    <edges count=\"\(graph.stances.count)\">\n"
        for (index, stance) in graph.stances.enumerated() {
            let kind = stance.kind.rawValue
            out += "      <edge id=\"e\(index)\" source=\"\(XMLEscaping.escape(stance.source))\""
            out += " target=\"\(XMLEscaping.escape(stance.target))\""
            if symmetricEdgesUndirected && stance.kind.isSymmetric { out += " type=\"undirected\"" }
            out += " label=\"\(kind)\" kind=\"\(kind)\" weight=\"\(stance.count)\">\n"
            out += "        <attvalues>\n"
            out += attvalue("kind", kind)
            out += attvalue("polarity", stance.polarity.rawValue)
            out += attvalue("symmetric", stance.kind.isSymmetric ? "true" : "false")
            out += attvalue("count", String(stance.count))
            if !stance.evidence.isEmpty {
                out += attvalue("evidence", stance.evidence.map(\.text).joined(separator: evidenceSeparator))
            }
            if let article = stance.evidence.lazy.compactMap(\.article).first {
                out += attvalue("article", article)
            }
            if let date = stance.evidence.lazy.compactMap(\.date).first {
                out += attvalue("date", date)
            }
            out += "        </attvalues>\n"
            out += "      </edge>\n"
        }
        out += "    </edges>\n"
        out += "  </graph>\n"
        out += "</gexf>\n"
        return out
    }

    private static func attvalue(_ id: String, _ value: String) -> String {
        "          <attvalue for=\"\(id)\" value=\"\(XMLEscaping.escape(value))\"/>\n"
    }

    /// Whether `text` is a plain `YYYY-MM-DD` date with a plausible month and day,
    /// as `lastmodifieddate` (`xsd:date`) requires.
    static func isXSDDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let month = Int(parts[1]), let day = Int(parts[2]) else { return false }
        return (1...12).contains(month) && (1...31).contains(day)
    }
}
