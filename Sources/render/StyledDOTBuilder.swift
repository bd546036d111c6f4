import RelGraph

/// Turns a stance graph into the DOT text that Graphviz lays out: styles by kind
/// and polarity, stable ids and classes for SVG, tooltips with evidence, and a
/// legend of the kinds present.
///
/// Node names in DOT are generated (`a0`, `a1` ...) and actor text travels only in
/// escaped labels and tooltips, so no actor name can be read as DOT syntax.
public struct StyledDOTBuilder: Sendable {
    /// Font used for every text; DejaVu ships with Debian and covers many scripts.
    public static let fontName = "DejaVu Sans"
    /// How many evidence quotes a tooltip shows, and how long each may be.
    static let tooltipQuotes = 4
    static let tooltipQuoteLength = 280

    public init() {}

    /// The DOT text for `graph`, drawn as `plan` says.
    public func build(_ graph: StanceGraph, plan: LayoutPlan, options: RenderOptions) -> String {
        var lines: [String] = []
        lines.append("digraph relgraph {")
        lines.append("  graph [" + graphAttributes(graph, plan: plan, options: options).joined(separator: ", ") + "];")
        let nodeFont = plan.compact ? 9 : 11
        lines.append("  node [fontname=\(DOTText.quoted(Self.fontName)), fontsize=\(nodeFont), penwidth=1.1, margin=\"0.12,0.06\"];")
        lines.append("  edge [fontname=\(DOTText.quoted(Self.fontName)), fontsize=9, arrowsize=0.8];")

        var nodeNames: [String: String] = [:]
        var usedIDs = Set<String>()
        for (index, actor) in graph.actors.enumerated() {
            let name = "a\(index)"
            nodeNames[actor.id] = name
            lines.append("  \(name) [" + nodeAttributes(actor, id: unique(SVGIdentifier.make("actor", [actor.id]), &usedIDs))
                .joined(separator: ", ") + "];")
        }
        for stance in graph.stances {
            guard let tail = nodeNames[stance.source], let head = nodeNames[stance.target] else { continue }
            let key = stance.key
            let id = unique(SVGIdentifier.make("stance", [key.source, key.kind.rawValue, key.target]), &usedIDs)
            let attributes = edgeAttributes(stance, graph: graph, id: id, plan: plan)
            lines.append("  \(tail) -> \(head) [" + attributes.joined(separator: ", ") + "];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Graph

    private func graphAttributes(_ graph: StanceGraph, plan: LayoutPlan, options: RenderOptions) -> [String] {
        var attributes = [
            "id=\"relgraph\"",
            "fontname=\(DOTText.quoted(Self.fontName))",
            "fontsize=10",
            "bgcolor=\"white\"",
            "pad=\"0.25\"",
            "outputorder=\"edgesfirst\"",
        ]
        switch plan.engine {
        case .dot:
            attributes += ["rankdir=\"LR\"", "nodesep=\"0.3\"", "ranksep=\"0.55\"", "newrank=\"true\""]
            if plan.compact { attributes.append("splines=\"line\"") }
        case .neato, .fdp, .sfdp:
            attributes += ["overlap=\"prism\"", "sep=\"+8\"", "start=\"1\""]
            attributes.append(plan.compact ? "splines=\"line\"" : "splines=\"true\"")
        }
        let title = options.title ?? graph.metadata.title
        if options.legend || title != nil {
            if let label = legendLabel(graph, title: title, showKinds: options.legend) {
                attributes += ["label=\(label)", "labelloc=\"b\"", "labeljust=\"l\""]
            }
        }
        return attributes
    }

    /// The caption: the title, then one cell per stance kind present (a glyph in
    /// the kind's colour and style, and its name), then the actor shapes present.
    private func legendLabel(_ graph: StanceGraph, title: String?, showKinds: Bool) -> String? {
        var rows: [String] = []
        let columns = 4
        if let title, !title.isEmpty {
            rows.append("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"\(columns * 2)\"><FONT POINT-SIZE=\"12\"><B>\(DOTText.html(title))</B></FONT></TD></TR>")
        }
        if showKinds {
            var cells: [String] = []
            for kind in graph.kindsPresent {
                let style = StanceStyle.of(kind)
                cells.append("<TD ALIGN=\"RIGHT\"><FONT COLOR=\"\(style.color)\">\(DOTText.html(style.legendGlyph))</FONT></TD>"
                    + "<TD ALIGN=\"LEFT\">\(kind.rawValue)</TD>")
            }
            let actorKinds = graph.actorKindsPresent
            if actorKinds.count > 1 {
                for kind in actorKinds {
                    cells.append("<TD ALIGN=\"RIGHT\">\(DOTText.html(ActorStyle.of(kind).legendGlyph))</TD><TD ALIGN=\"LEFT\">\(kind.rawValue)</TD>")
                }
            }
            var start = 0
            while start < cells.count {
                rows.append("<TR>" + cells[start..<min(start + columns, cells.count)].joined() + "</TR>")
                start += columns
            }
        }
        guard !rows.isEmpty else { return nil }
        return "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\">" + rows.joined() + "</TABLE>>"
    }

    // MARK: Nodes and edges

    private func nodeAttributes(_ actor: Actor, id: String) -> [String] {
        let style = ActorStyle.of(actor.kind)
        var tooltip = "\(actor.name) (\(actor.kind.rawValue))"
        let others = actor.aliases.filter { $0 != actor.name }
        if !others.isEmpty { tooltip += "\nalso: " + others.joined(separator: ", ") }
        return [
            "id=\(DOTText.quoted(id))",
            "class=\(DOTText.quoted("actor \(actor.kind.rawValue)"))",
            "label=<\(DOTText.wrappedHTML(actor.name))>",
            "shape=\(style.shape)",
            "style=\(DOTText.quoted(style.style))",
            "fillcolor=\(DOTText.quoted(style.fillColor))",
            "color=\(DOTText.quoted(style.borderColor))",
            "tooltip=\(DOTText.tooltip(tooltip))",
        ]
    }

    private func edgeAttributes(_ stance: Stance, graph: StanceGraph, id: String, plan: LayoutPlan) -> [String] {
        let style = StanceStyle.of(stance.kind)
        let color = style.doubleLine ? "\(style.color):invis:\(style.color)" : style.color
        var attributes = [
            "id=\(DOTText.quoted(id))",
            "class=\(DOTText.quoted("stance \(stance.kind.rawValue) \(stance.polarity.rawValue)"))",
            "color=\(DOTText.quoted(color))",
            "style=\(DOTText.quoted(style.lineStyle))",
            "penwidth=\(formatNumber(style.penwidth(count: stance.count)))",
        ]
        if stance.kind.isSymmetric {
            attributes.append("dir=\"none\"")
        } else {
            attributes.append("arrowhead=\(DOTText.quoted(style.arrowhead))")
        }
        if plan.edgeLabels {
            let text = stance.count > 1 ? "\(stance.kind.rawValue) ×\(stance.count)" : stance.kind.rawValue
            attributes.append("label=<\(DOTText.html(text))>")
            attributes.append("fontcolor=\(DOTText.quoted(style.color))")
        }
        attributes.append("tooltip=\(DOTText.tooltip(tooltip(for: stance, graph: graph)))")
        return attributes
    }

    /// "Turkey opposes Kurds (×2)" and the first quotes, each on its own line.
    private func tooltip(for stance: Stance, graph: StanceGraph) -> String {
        let source = graph.actor(id: stance.source)?.name ?? stance.source
        let target = graph.actor(id: stance.target)?.name ?? stance.target
        var text = "\(source) \(stance.kind.rawValue) \(target)"
        if stance.count > 1 { text += " (×\(stance.count))" }
        for evidence in stance.evidence.prefix(Self.tooltipQuotes) {
            var quote = evidence.text.split(whereSeparator: \.isNewline).joined(separator: " ")
            if quote.count > Self.tooltipQuoteLength {
                quote = String(quote.prefix(Self.tooltipQuoteLength)) + "…"
            }
            text += "\n“\(quote)”"
        }
        if stance.evidence.count > Self.tooltipQuotes {
            text += "\n(+\(stance.evidence.count - Self.tooltipQuotes) more)"
        }
        return text
    }

    private func unique(_ id: String, _ used: inout Set<String>) -> String {
        var candidate = id
        var suffix = 2
        while used.contains(candidate) {
            candidate = "\(id)-\(suffix)"
            suffix += 1
        }
        used.insert(candidate)
        return candidate
    }

    private func formatNumber(_ value: Double) -> String {
        let scaled = (value * 100).rounded() / 100
        return scaled == scaled.rounded() ? String(Int(scaled)) : String(scaled)
    }
}
