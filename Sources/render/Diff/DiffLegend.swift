import RelGraph

/// The captions and keys under the diff pictures, as Graphviz HTML-like labels.
///
/// Why not Graphviz's graph label, as `Renderer` uses: a graph label moves the
/// drawing by its own height, so pictures with different captions would put
/// the same actor at different coordinates. The legend is instead a node
/// pinned below the union's bounding box, left-aligned, which needs its size
/// first (`measure`).
enum DiffLegend {
    /// Gap between the drawing and the legend, in points.
    static let gap = 12.0

    /// Title, then a cell per change with its glyph, name and count, then the
    /// actors added, removed and kept, always (with zeros), so that legends of
    /// different diffs have the same rows and compare at a glance.
    static func diffLabel(_ picture: DiffPicture, title: String, keys: Bool) -> String {
        var rows = [titleRow(title, columns: 8)]
        if keys {
            var cells: [String] = []
            for status in DiffPicture.EdgeStatus.allCases {
                let style = DiffStyle.of(status)
                cells.append(cell(glyph: style.legendGlyph, color: status == .removed ? DiffStyle.removedColor : style.color,
                                  text: "\(status.rawValue) \(picture.count(of: status))"))
            }
            rows.append("<TR>" + cells.joined() + "</TR>")
            // Always shown, zeros too: every diff picture's legend has the same rows.
            var actorCells: [String] = []
            for status in DiffPicture.ActorStatus.allCases {
                let glyph = DiffStyle.actorGlyph(status)
                let noun = picture.count(of: status) == 1 ? "actor" : "actors"
                actorCells.append(cell(glyph: glyph.glyph, color: glyph.color,
                                       text: "\(picture.count(of: status)) \(noun) \(status.rawValue)"))
            }
            rows.append("<TR>" + actorCells.joined() + "</TR>")
        }
        return table(rows)
    }

    /// Caption of one side: its title, and the kinds and actor shapes present
    /// (as `Renderer`'s legend).
    static func sideLabel(title: String, kinds: [StanceKind], actorKinds: [ActorKind], keys: Bool) -> String? {
        StyledDOTBuilder.legendLabel(title: title, kinds: keys ? kinds : [], actorKinds: keys ? actorKinds : [])
    }

    /// Width and height in points of each label, drawn as a `plain` node.
    static func measure(_ labels: [String], context: GraphvizContext) throws -> [(width: Double, height: Double)] {
        guard !labels.isEmpty else { return [] }
        var dot = "digraph legends {\n  node [shape=plain, fontname=\(DOTText.quoted(StyledDOTBuilder.fontName)), fontsize=10];\n"
        for (index, label) in labels.enumerated() {
            dot += "  l\(index) [label=\(label)];\n"
        }
        dot += "}\n"
        let output = try context.layout(dot: dot, engine: "dot", format: "dot")
        let parsed = try context.parse(dot: String(decoding: output.bytes, as: UTF8.self))
        var sizes: [String: (Double, Double)] = [:]
        for node in parsed.nodes {
            let width = node.attributes["width"].flatMap(Double.init) ?? 0
            let height = node.attributes["height"].flatMap(Double.init) ?? 0
            sizes[node.name] = (width * 72, height * 72)
        }
        return labels.indices.map { sizes["l\($0)"] ?? (0, 0) }
    }

    private static func titleRow(_ title: String, columns: Int) -> String {
        "<TR><TD ALIGN=\"LEFT\" COLSPAN=\"\(columns)\"><FONT POINT-SIZE=\"12\"><B>\(DOTText.html(title))</B></FONT></TD></TR>"
    }

    private static func cell(glyph: String, color: String, text: String) -> String {
        "<TD ALIGN=\"RIGHT\"><FONT COLOR=\"\(color)\">\(DOTText.html(glyph))</FONT></TD><TD ALIGN=\"LEFT\">\(DOTText.html(text))</TD>"
    }

    private static func table(_ rows: [String]) -> String {
        "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\">" + rows.joined() + "</TABLE>>"
    }
}
