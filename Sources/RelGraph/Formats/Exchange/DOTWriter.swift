/// Writes a stance graph as plain Graphviz DOT: the data, not the styled picture,
/// for tools that load DOT (Graphviz itself, pygraphviz, pydot, networkx,
/// Gephi's importer) and for quick looks with `dot -Tsvg`.
///
/// Layout of the file:
///
/// ```
/// digraph relgraph {
///   title="…"; url="…"; date="…"; "extra.<name>"="…";   // metadata present
///   "<actor id>" [label="<name>", kind="state", aliases="A; B"];
///   "<source>" -> "<target>" [kind="…", polarity="…", symmetric="false", count="2", evidence="…"];
///   "<a>" -> "<b>" [kind="meets", …, symmetric="true", dir=none];
/// }
/// ```
///
/// - Nodes and edges come in graph order; `metadata.extra` fields sorted by name.
/// - Every id and value is a double-quoted string, so actor ids that are DOT
///   keywords (`node`, `edge`, `graph`, `digraph`, `subgraph`, `strict`) or that
///   contain spaces and punctuation are always safe.
/// - Escaping follows Graphviz's `escString` rules: `\` becomes `\\`, `"` becomes
///   `\"`, LF becomes `\n` and CR becomes `\r`. Graphviz therefore shows a name
///   containing `\N`, `\G` or `\l` literally instead of expanding it, and a reader
///   that decodes these four escapes gets the original string back. Characters
///   that are illegal in XML 1.0 (C0 controls other than tab, LF and CR; U+FFFE,
///   U+FFFF) are replaced by U+FFFD, so SVG that Graphviz renders from the file
///   stays well-formed.
/// - Symmetric kinds (`meets`, `cooperates`) are edges with `dir=none`; evidence
///   quotes are joined by a blank line (`\n\n`); `aliases` are joined by `"; "`
///   and left out when there are none, as is `evidence`.
///
/// Output is deterministic and its lines end in LF.
public enum DOTWriter {
    /// Separator between evidence quotes in the `evidence` edge attribute
    /// (before escaping, so it appears as `\n\n` in the file).
    public static let evidenceSeparator = "\n\n"
    /// Separator between aliases in the `aliases` node attribute.
    public static let aliasSeparator = "; "

    /// Returns the DOT text for `graph`, ending in a newline.
    public static func write(_ graph: StanceGraph) -> String {
        var out = "digraph relgraph {\n"
        let metadata = graph.metadata
        for (name, value) in [("title", metadata.title), ("url", metadata.url), ("date", metadata.date)] {
            if let value { out += "  \(quoted(name))=\(quoted(value));\n" }
        }
        for name in metadata.extra.keys.sorted() {
            out += "  \(quoted("extra." + name))=\(quoted(metadata.extra[name]!));\n"
        }

        for actor in graph.actors {
            var attributes = [("label", actor.name), ("kind", actor.kind.rawValue)]
            if !actor.aliases.isEmpty {
                attributes.append(("aliases", actor.aliases.joined(separator: aliasSeparator)))
            }
            out += "  \(quoted(actor.id)) \(attributeList(attributes));\n"
        }

        for stance in graph.stances {
            var attributes = [
                ("kind", stance.kind.rawValue),
                ("polarity", stance.polarity.rawValue),
                ("symmetric", stance.kind.isSymmetric ? "true" : "false"),
                ("count", String(stance.count)),
            ]
            if !stance.evidence.isEmpty {
                attributes.append(("evidence", stance.evidence.map(\.text).joined(separator: evidenceSeparator)))
            }
            var list = attributeList(attributes)
            if stance.kind.isSymmetric {
                list.removeLast()
                list += ", dir=none]"
            }
            out += "  \(quoted(stance.source)) -> \(quoted(stance.target)) \(list);\n"
        }
        out += "}\n"
        return out
    }

    /// `text` as a DOT double-quoted string, escaped as described on `DOTWriter`.
    public static func quoted(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        output.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": output.append(contentsOf: "\\\\".unicodeScalars)
            case "\"": output.append(contentsOf: "\\\"".unicodeScalars)
            case "\n": output.append(contentsOf: "\\n".unicodeScalars)
            case "\r": output.append(contentsOf: "\\r".unicodeScalars)
            default: output.append(XMLEscaping.isAllowed(scalar) ? scalar : XMLEscaping.replacement)
            }
        }
        output.append("\"")
        return String(output)
    }

    private static func attributeList(_ attributes: [(String, String)]) -> String {
        "[" + attributes.map { "\($0.0)=\(quoted($0.1))" }.joined(separator: ", ") + "]"
    }
}
