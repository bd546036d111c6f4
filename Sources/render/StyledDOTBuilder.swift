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

    /// The `node [...]` and `edge [...]` defaults every picture shares (font,
    /// sizes, margins), so the graph and diff pictures look alike.
    static func writeNodeAndEdgeDefaults(_ dot: inout DOTBuffer, compact: Bool, arrowSize: String) {
        dot.raw("  node [fontname=")
        dot.appendQuoted(fontName)
        dot.raw(compact ? ", fontsize=9" : ", fontsize=11")
        dot.raw(", penwidth=1.1, margin=\"0.12,0.06\"];\n  edge [fontname=")
        dot.appendQuoted(fontName)
        dot.raw(", fontsize=9, arrowsize=")
        dot.raw(arrowSize)
        dot.raw("];\n")
    }
    /// How many evidence quotes a tooltip shows, and how long each may be.
    static let tooltipQuotes = 4
    static let tooltipQuoteLength = 280
    /// Lines at least this wide get room around their label.
    static let paddedLabelWidth = 2.5
    /// Opacity added to edge colours in compact (large-graph) drawings.
    static let compactAlpha = "A0"

    public init() {}

    /// The DOT text for `graph`, drawn as `plan` says.
    public func build(_ graph: StanceGraph, plan: LayoutPlan, options: RenderOptions) -> String {
        var dot = DOTBuffer(capacity: 1024 + 400 * (graph.actors.count + graph.stances.count))
        dot.raw("digraph relgraph {\n  graph [")
        dot.raw(graphAttributes(graph, plan: plan, options: options).joined(separator: ", "))
        dot.raw("];\n")
        Self.writeNodeAndEdgeDefaults(&dot, compact: plan.compact, arrowSize: "0.8")

        var nodeNames: [String: String] = [:]
        var usedIDs = Set<String>()
        for (index, actor) in graph.actors.enumerated() {
            let name = "a\(index)"
            nodeNames[actor.id] = name
            dot.raw("  ")
            dot.raw(name)
            dot.raw(" [")
            writeNodeAttributes(actor, id: SVGIdentifier.unique(SVGIdentifier.make("actor", [actor.id]), &usedIDs), into: &dot)
            dot.raw("];\n")
        }
        for stance in graph.stances {
            guard let tail = nodeNames[stance.source], let head = nodeNames[stance.target] else { continue }
            let key = stance.key
            let id = SVGIdentifier.unique(SVGIdentifier.make("stance", [key.source, key.kind.rawValue, key.target]), &usedIDs)
            dot.raw("  ")
            dot.raw(tail)
            dot.raw(" -> ")
            dot.raw(head)
            dot.raw(" [")
            writeEdgeAttributes(stance, graph: graph, id: id, plan: plan, into: &dot)
            dot.raw("];\n")
        }
        dot.raw("}\n")
        return dot.text
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
        case .dot, .neato, .fdp, .sfdp:
            attributes += Self.engineAttributes(plan)
        case .circo:
            // One circle per connected component (oneblock; circo's own block
            // split left nodes overlapping in 68 of 200 test graphs). circo makes
            // a circle of N nodes N × (mindist + widest node) round, so neighbours
            // are only a chord of N(m + L)/π · sin(π/N) apart: 0.64(m + L) for
            // N = 2. mindist is chosen so that chord clears the widest node
            // (estimated generously from the longest label line, as a hexagon at
            // 11 pt) by a quarter inch in the smallest component.
            var parent = Dictionary(graph.actors.map { ($0.id, $0.id) }, uniquingKeysWith: { first, _ in first })
            func root(_ id: String) -> String {
                var id = id
                while let up = parent[id], up != id { id = up }
                return id
            }
            for stance in graph.stances where parent[stance.source] != nil && parent[stance.target] != nil {
                let (a, b) = (root(stance.source), root(stance.target))
                if a != b { parent[a] = b }
            }
            var componentSizes: [String: Int] = [:]
            for actor in graph.actors { componentSizes[root(actor.id), default: 0] += 1 }
            let longestLine = graph.actors.map { actor in
                DOTText.wrappedHTML(actor.name).split(separator: "<br/>").map(\.count).max() ?? 0
            }.max() ?? 0
            let nodeWidth = 0.45 + 0.17 * Double(longestLine)
            let gap = 0.25
            // π / (N sin(π/N)), rounded up: how much longer the arc is than the chord.
            let arcPerChord: [Int: Double] = [2: 1.571, 3: 1.210, 4: 1.111, 5: 1.070, 6: 1.048, 7: 1.036]
            var mindist = gap
            if let smallest = componentSizes.values.filter({ $0 >= 2 }).min() {
                let stretch = arcPerChord[smallest] ?? 1.03
                mindist = nodeWidth * (stretch - 1) + gap * stretch
            }
            attributes += ["oneblock=\"true\"", "mindist=\"\(formatNumber(mindist))\""]   // edges: straight (circo's default)
        }
        let title = options.title ?? graph.metadata.title
        if options.legend || title != nil {
            if let label = legendLabel(graph, title: title, showKinds: options.legend) {
                attributes += ["label=\(label)", "labelloc=\"b\"", "labeljust=\"l\""]
            }
        }
        return attributes
    }

    /// Graph attributes that tune `plan`'s engine (all but circo, whose spacing
    /// depends on the graph); shared with the diff pictures, which lay out the
    /// union of two graphs the same way.
    static func engineAttributes(_ plan: LayoutPlan) -> [String] {
        switch plan.engine {
        case .dot:
            var attributes = ["rankdir=\"LR\"", "nodesep=\"0.3\"", "ranksep=\"0.55\"", "newrank=\"true\""]
            if plan.straightEdges { attributes.append("splines=\"line\"") }
            return attributes
        case .circo:
            return ["oneblock=\"true\""]
        case .neato, .fdp, .sfdp:
            return ["overlap=\"prism\"", "sep=\"+8\"", "start=\"1\"",
                    plan.straightEdges ? "splines=\"line\"" : "splines=\"true\""]
        }
    }

    private func legendLabel(_ graph: StanceGraph, title: String?, showKinds: Bool) -> String? {
        Self.legendLabel(title: title, kinds: showKinds ? graph.kindsPresent : [],
                         actorKinds: showKinds ? graph.actorKindsPresent : [])
    }

    /// The caption: the title, then one cell per stance kind in `kinds` (a glyph
    /// in the kind's colour and style, and its name), then the actor shapes in
    /// `actorKinds` when there are several. nil when there is nothing to show.
    static func legendLabel(title: String?, kinds: [StanceKind], actorKinds: [ActorKind]) -> String? {
        var rows: [String] = []
        let columns = 4
        if let title, !title.isEmpty {
            rows.append("<TR><TD ALIGN=\"LEFT\" COLSPAN=\"\(columns * 2)\"><FONT POINT-SIZE=\"12\"><B>\(DOTText.html(title))</B></FONT></TD></TR>")
        }
        var cells: [String] = []
        for kind in kinds {
            let style = StanceStyle.of(kind)
            cells.append("<TD ALIGN=\"RIGHT\"><FONT COLOR=\"\(style.color)\">\(DOTText.html(style.legendGlyph))</FONT></TD>"
                + "<TD ALIGN=\"LEFT\">\(kind.rawValue)</TD>")
        }
        var actorCells: [String] = []
        if actorKinds.count > 1 {
            for kind in actorKinds {
                actorCells.append("<TD ALIGN=\"RIGHT\">\(DOTText.html(ActorStyle.of(kind).legendGlyph))</TD><TD ALIGN=\"LEFT\">\(kind.rawValue)</TD>")
            }
        }
        // Stance kinds first, then actor shapes on rows of their own.
        for group in [cells, actorCells] {
            var start = 0
            while start < group.count {
                rows.append("<TR>" + group[start..<min(start + columns, group.count)].joined() + "</TR>")
                start += columns
            }
        }
        guard !rows.isEmpty else { return nil }
        return "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\">" + rows.joined() + "</TABLE>>"
    }

    // MARK: Nodes and edges

    private func writeNodeAttributes(_ actor: Actor, id: String, into dot: inout DOTBuffer) {
        let style = ActorStyle.of(actor.kind)
        dot.attribute("id", quoted: id, first: true)
        dot.raw(", class=\"actor ")
        dot.raw(actor.kind.rawValue)
        dot.raw("\", label=<")
        dot.raw(DOTText.wrappedHTML(actor.name))
        dot.raw(">")
        dot.attribute("shape", plain: style.shape)
        dot.attribute("style", quoted: style.style)
        dot.attribute("fillcolor", quoted: style.fillColor)
        dot.attribute("color", quoted: style.borderColor)
        // "Turkey (state)" and the other names it goes by.
        dot.raw(", tooltip=")
        dot.openQuote()
        dot.tooltipPiece(actor.name)
        dot.raw(" (")
        dot.raw(actor.kind.rawValue)
        dot.raw(")")
        var first = true
        for alias in actor.aliases where alias != actor.name {
            dot.raw(first ? "\nalso: " : ", ")
            dot.tooltipPiece(alias)
            first = false
        }
        dot.closeQuote()
    }

    private func writeEdgeAttributes(_ stance: Stance, graph: StanceGraph, id: String, plan: LayoutPlan, into dot: inout DOTBuffer) {
        let style = StanceStyle.of(stance.kind)
        // In a large graph every line is thinner and translucent, so that where
        // hundreds of stances cross, the busy parts read as dense, not as a blot.
        let color = plan.compact ? style.color + Self.compactAlpha : style.color
        dot.attribute("id", quoted: id, first: true)
        dot.raw(", class=\"stance ")
        dot.raw(stance.kind.rawValue)
        dot.raw(" ")
        dot.raw(stance.polarity.rawValue)
        dot.raw("\"")
        dot.attribute("color", quoted: style.doubleLine ? "\(color):invis:\(color)" : color)
        dot.attribute("style", quoted: style.lineStyle)
        let width = style.penwidth(count: Self.weight(of: stance)) * (plan.compact ? 0.6 : 1)
        dot.attribute("penwidth", plain: formatNumber(width))
        if plan.compact { dot.raw(", arrowsize=0.5") }
        if stance.kind.isSymmetric {
            dot.raw(", dir=\"none\"")
        } else {
            dot.attribute("arrowhead", quoted: style.arrowhead)
        }
        if plan.edgeLabels {
            // dot puts a label right against its line; a thick line (attacks,
            // a stance stated many times in a merged graph) would cross the
            // text, so its label gets room of half the line's width (and a point) around it.
            let spacing = width >= Self.paddedLabelWidth ? Int((width / 2).rounded(.up)) + 1 : 0
            dot.raw(", label=<")
            if spacing > 0 {
                dot.raw("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLPADDING=\"0\" CELLSPACING=\"")
                dot.raw(spacing)
                dot.raw("\"><TR><TD>")
            }
            dot.raw(stance.kind.rawValue)
            if let articles = stance.provenance?.articles {
                if articles > 1 {
                    dot.raw(", ")
                    dot.raw(articles)
                    dot.raw(" articles")
                }
            } else if stance.count > 1 {
                dot.raw(" ×")
                dot.raw(stance.count)
            }
            if spacing > 0 { dot.raw("</TD></TR></TABLE>") }
            dot.raw(">")
            dot.attribute("fontcolor", quoted: style.color)
        }
        dot.raw(", tooltip=")
        writeTooltip(for: stance, graph: graph, into: &dot)
    }

    /// What a line's width (and its label's number) counts: in a merged graph
    /// the articles that stated the stance, since one article repeating itself
    /// ten times is not ten sources; in the graph of one article, its mentions.
    static func weight(of stance: Stance) -> Int {
        stance.provenance?.articles ?? stance.count
    }

    /// "Turkey opposes Kurds (×2)", in a merged graph with its articles and
    /// dates ("(×7 in 3 articles, 2016-01-10 to 2016-09-02)"), and the first
    /// quotes, each on its own line.
    private func writeTooltip(for stance: Stance, graph: StanceGraph, into dot: inout DOTBuffer) {
        dot.openQuote()
        dot.tooltipPiece(graph.actor(id: stance.source)?.name ?? stance.source)
        dot.raw(" ")
        dot.raw(stance.kind.rawValue)
        dot.raw(" ")
        dot.tooltipPiece(graph.actor(id: stance.target)?.name ?? stance.target)
        if let provenance = stance.provenance {
            // "(×7 in 3 articles, 2016-01-10 to 2016-09-02)"
            dot.raw(" (×")
            dot.raw(stance.count)
            dot.raw(" in ")
            dot.raw(provenance.articles)
            dot.raw(provenance.articles == 1 ? " article" : " articles")
            if let first = provenance.firstDate ?? provenance.lastDate {
                dot.raw(", ")
                dot.tooltipPiece(first)
                if let last = provenance.lastDate, last != first {
                    dot.raw(" to ")
                    dot.tooltipPiece(last)
                }
            }
            dot.raw(")")
        } else if stance.count > 1 {
            dot.raw(" (×")
            dot.raw(stance.count)
            dot.raw(")")
        }
        for evidence in stance.evidence.prefix(Self.tooltipQuotes) {
            dot.raw("\n“")
            dot.tooltipPiece(Self.shortened(evidence.text))
            dot.raw("”")
        }
        if stance.evidence.count > Self.tooltipQuotes {
            dot.raw("\n(+")
            dot.raw(stance.evidence.count - Self.tooltipQuotes)
            dot.raw(" more)")
        }
        dot.closeQuote()
    }

    /// One line of at most `tooltipQuoteLength` characters: line breaks become
    /// spaces, and a longer quote is cut with an ellipsis.
    static func shortened(_ quote: String) -> String {
        var line = quote
        let hasLineBreak = line.utf8.withContiguousStorageIfAvailable { $0.contains(0x0A) || $0.contains(0x0D) }
            ?? line.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D })
        if hasLineBreak {
            line = line.split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        // Counting characters is slow; the byte count bounds it from above.
        if line.utf8.count > tooltipQuoteLength, line.count > tooltipQuoteLength {
            line = String(line.prefix(tooltipQuoteLength)) + "…"
        }
        return line
    }

    /// A width with at most two decimals and no trailing zeros ("2", "2.4", "1.25"),
    /// without going through Double's general-purpose description.
    private func formatNumber(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = String(hundredths / 100)
        let fraction = hundredths % 100
        if fraction == 0 { return whole }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
