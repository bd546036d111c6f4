/// Writes a stance graph as GraphML, the XML graph format that yEd, Gephi,
/// Cytoscape, networkx (`read_graphml`) and igraph all read, so a graph can be
/// analysed or laid out in tools that know nothing about RelGraph.
///
/// Layout of the file:
///
/// - Graph-level `<data>`: `title`, `url`, `date` from the metadata when present,
///   then each `metadata.extra` field, sorted by name, as `extra.<name>`.
/// - One `<node>` per actor, in graph order, with `id` = the actor id and data
///   `name`, `kind` (`ActorKind` raw value) and `aliases` (joined by `"; "`,
///   omitted when there are none).
/// - One `<edge>` per stance, in graph order, with ids `e0`, `e1`, … and data
///   `kind`, `polarity`, `symmetric` (boolean; `meets` and `cooperates` are still
///   written as directed edges in the order stored, and marked `true` here),
///   `count` (int), `evidence` (every quote, joined by a blank line `"\n\n"`,
///   omitted when there is none), and `article` / `date` (the first evidence
///   article and the first evidence date that are given, when any are).
///
/// The graph's `edgedefault` is `directed`. All user text goes through
/// `XMLEscaping`, so names such as `<script>`, quotes, ampersands, emoji and
/// non-Latin scripts come back unchanged from any XML parser. Output is
/// deterministic: the same graph always gives the same bytes. Lines end in LF.
///
/// GraphML's schema types node ids as `NMTOKEN`; ids made by RelGraph (letters,
/// digits, hyphens) qualify, hand-written ids with spaces do not, although the
/// tools above accept them.
public enum GraphMLWriter {
    /// Separator between evidence quotes in the `evidence` edge attribute.
    public static let evidenceSeparator = "\n\n"
    /// Separator between aliases in the `aliases` node attribute.
    public static let aliasSeparator = "; "

    /// Returns the GraphML document for `graph`, ending in a newline.
    public static func write(_ graph: StanceGraph) -> String {
        var out = ""
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
        out += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
        out += " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
        out += " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"

        // Graph-level keys: fixed ones, then the extra metadata fields by name.
        let metadata = graph.metadata
        var graphData: [(key: String, value: String)] = []
        var keys: [(id: String, domain: String, name: String, type: String)] = []
        for (id, value) in [("g_title", metadata.title), ("g_url", metadata.url), ("g_date", metadata.date)] {
            keys.append((id, "graph", String(id.dropFirst(2)), "string"))
            if let value { graphData.append((id, value)) }
        }
        for (index, name) in metadata.extra.keys.sorted().enumerated() {
            let id = "g_extra\(index)"
            keys.append((id, "graph", "extra.\(name)", "string"))
            graphData.append((id, metadata.extra[name]!))
        }
        keys += [
            ("n_name", "node", "name", "string"),
            ("n_kind", "node", "kind", "string"),
            ("n_aliases", "node", "aliases", "string"),
            ("e_kind", "edge", "kind", "string"),
            ("e_polarity", "edge", "polarity", "string"),
            ("e_symmetric", "edge", "symmetric", "boolean"),
            ("e_count", "edge", "count", "int"),
            ("e_evidence", "edge", "evidence", "string"),
            ("e_article", "edge", "article", "string"),
            ("e_date", "edge", "date", "string"),
        ]
        for key in keys {
            out += "  <key id=\"\(key.id)\" for=\"\(key.domain)\""
            out += " attr.name=\"\(XMLEscaping.escape(key.name))\" attr.type=\"\(key.type)\"/>\n"
        }

        out += "  <graph id=\"G\" edgedefault=\"directed\">\n"
        for item in graphData {
            out += data(item.key, item.value, indent: "    ")
        }

        for actor in graph.actors {
            out += "    <node id=\"\(XMLEscaping.escape(actor.id))\">\n"
            out += data("n_name", actor.name, indent: "      ")
            out += data("n_kind", actor.kind.rawValue, indent: "      ")
            if !actor.aliases.isEmpty {
                out += data("n_aliases", actor.aliases.joined(separator: aliasSeparator), indent: "      ")
            }
            out += "    </node>\n"
        }

        for (index, stance) in graph.stances.enumerated() {
            out += "    <edge id=\"e\(index)\" source=\"\(XMLEscaping.escape(stance.source))\""
            out += " target=\"\(XMLEscaping.escape(stance.target))\">\n"
            out += data("e_kind", stance.kind.rawValue, indent: "      ")
            out += data("e_polarity", stance.polarity.rawValue, indent: "      ")
            out += data("e_symmetric", stance.kind.isSymmetric ? "true" : "false", indent: "      ")
            out += data("e_count", String(stance.count), indent: "      ")
            if !stance.evidence.isEmpty {
                let quotes = stance.evidence.map(\.text).joined(separator: evidenceSeparator)
                out += data("e_evidence", quotes, indent: "      ")
            }
            if let article = stance.evidence.lazy.compactMap(\.article).first {
                out += data("e_article", article, indent: "      ")
            }
            if let date = stance.evidence.lazy.compactMap(\.date).first {
                out += data("e_date", date, indent: "      ")
            }
            out += "    </edge>\n"
        }

        out += "  </graph>\n"
        out += "</graphml>\n"
        return out
    }

    /// One `<data>` element; line breaks stay literal in text content so long
    /// evidence stays readable in the file.
    private static func data(_ key: String, _ value: String, indent: String) -> String {
        "\(indent)<data key=\"\(key)\">\(XMLEscaping.escape(value, keepingLineBreaks: true))</data>\n"
    }
}
