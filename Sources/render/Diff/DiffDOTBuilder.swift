import RelGraph

/// Writes the DOT for a diff: once for laying out the union, then once per
/// picture (diff, before, after) with every position pinned to that layout.
///
/// As in `StyledDOTBuilder`, node names are generated (`a0`, `a1` ...) and
/// article text reaches Graphviz only through escaped labels and tooltips. The
/// layout DOT gives every node the label and shape it has in the pictures, so
/// node sizes and edge clipping match; every edge carries its widest label (the
/// diff's `meets -> opposes`), so the room dot makes for it fits every picture.
struct DiffDOTBuilder {
    let picture: DiffPicture
    let plan: LayoutPlan
    let options: DiffRenderOptions
    /// The actors drawn (the first of each id), in input order.
    let actors: [DiffPicture.Node]
    /// DOT node name by actor id.
    let nodeNames: [String: String]
    /// Edges whose two actors exist, as indices into `picture.edges`.
    let edgeIndices: [Int]
    private let statuses: [String: DiffPicture.ActorStatus]
    private let actorsByID: [String: DiffPicture.Node]

    /// A legend label and its size in points.
    struct Legend {
        var label: String
        var width: Double
        var height: Double
    }

    /// How many evidence lines a tooltip shows.
    static let tooltipLines = 4

    init(picture: DiffPicture, plan: LayoutPlan, options: DiffRenderOptions) {
        self.picture = picture
        self.plan = plan
        self.options = options
        var seen = Set<String>()
        var actors: [DiffPicture.Node] = []
        var names: [String: String] = [:]
        for actor in picture.actors where seen.insert(actor.id).inserted {
            names[actor.id] = "a\(actors.count)"
            actors.append(actor)
        }
        self.actors = actors
        self.nodeNames = names
        self.statuses = Dictionary(actors.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
        self.actorsByID = Dictionary(actors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.edgeIndices = picture.edges.indices.filter {
            names[picture.edges[$0].source] != nil && names[picture.edges[$0].target] != nil
        }
    }

    var arrowSize: Double { plan.compact ? 0.5 : 0.8 }

    // MARK: Layout of the union

    /// The union, unpinned, for `plan.engine` to lay out.
    func layoutDOT() -> String {
        var dot = DOTBuffer(capacity: 1024 + 200 * (actors.count + edgeIndices.count))
        header(&dot, graphAttributes: StyledDOTBuilder.engineAttributes(plan))
        for actor in actors {
            dot.raw("  ")
            dot.raw(nodeNames[actor.id]!)
            dot.raw(" [label=<")
            dot.raw(DOTText.wrappedHTML(Self.sizingName(actor)))
            dot.raw(">")
            dot.attribute("shape", plain: ActorStyle.of(actor.kind).shape)
            dot.raw("];\n")
        }
        for index in edgeIndices {
            let edge = picture.edges[index]
            edgeStatement(edge, into: &dot)
            dot.attribute("id", quoted: "e\(index)", first: true)
            arrow(edge.kind, into: &dot)
            if isLabelled(edge, variant: .diff) {
                // A size larger than drawn (9): the room dot keeps around the
                // label keeps heavy lines off the text.
                dot.raw(", fontsize=11, label=<")
                dot.appendHTML(label(edge, variant: .diff))
                dot.raw(">")
            }
            dot.raw("];\n")
        }
        dot.raw("}\n")
        return dot.text
    }

    // MARK: Pinned pictures

    /// The DOT of one picture, every node and edge where `layout` put it, the
    /// legend (if any) pinned under the drawing, left-aligned, and `reserve`
    /// points kept free under the drawing whatever the legend's height.
    func pinnedDOT(_ variant: DiffVariant, layout: PinnedLayout, legend: Legend?, reserve: Double) -> String {
        var dot = DOTBuffer(capacity: 2048 + 500 * (actors.count + edgeIndices.count))
        header(&dot, graphAttributes: ["splines=\"true\""])
        // The corners fix the drawing area, so every picture has the same coordinates.
        for (name, x, y) in [("corner0", layout.minX, layout.minY - reserve), ("corner1", layout.maxX, layout.maxY)] {
            dot.raw("  \(name) [shape=point, style=invis, width=0, height=0, label=\"\", pos=\"")
            dot.raw(DiffNumber.format(x) + "," + DiffNumber.format(y) + "!\"];\n")
        }
        var usedIDs: Set<String> = ["corner0", "corner1"]
        if let legend {
            let x = layout.minX + legend.width / 2
            let y = layout.minY - DiffLegend.gap - legend.height / 2
            dot.raw("  legend [id=\"legend\", class=\"legend\", shape=plain, fontsize=10, tooltip=\" \", label=")
            dot.raw(legend.label)
            dot.raw(", pos=\"" + DiffNumber.format(x) + "," + DiffNumber.format(y) + "!\"];\n")
            usedIDs.insert("legend")
        }
        for actor in actors where variant.includes(actor.status) {
            let name = nodeNames[actor.id]!
            guard let position = layout.nodes[name] else { continue }
            dot.raw("  ")
            dot.raw(name)
            dot.raw(" [")
            nodeAttributes(actor, variant: variant, id: SVGIdentifier.unique(SVGIdentifier.make("actor", [actor.id]), &usedIDs), into: &dot)
            if actor.beforeName != nil, let size = layout.sizes[name] {
                // Both names get the node the layout made for the longer one,
                // so the outline and the clipped edges match on both sides.
                dot.raw(", width=" + DiffNumber.format(size.width) + ", height=" + DiffNumber.format(size.height))
            }
            dot.raw(", pos=\"" + EdgeSpline.format(position) + "!\"];\n")
        }
        for index in edgeIndices {
            let edge = picture.edges[index]
            guard let kind = variant.kind(of: edge),
                  variant.includes(actorStatus(edge.source)), variant.includes(actorStatus(edge.target)) else { continue }
            let id = SVGIdentifier.unique(SVGIdentifier.make("stance", [edge.source, kind.rawValue, edge.target]), &usedIDs)
            edgeStatement(edge, into: &dot)
            edgeAttributes(edge, kind: kind, variant: variant, id: id, into: &dot)
            if let route = layout.edges["e\(index)"] {
                if var spline = route.spline {
                    let length = kind.isSymmetric ? 0 : EdgeSpline.arrowLength(StanceStyle.of(kind).arrowhead) * arrowSize / 0.8
                    spline = spline.withHeadArrow(length: length)
                    dot.attribute("pos", quoted: spline.pos)
                }
                if isLabelled(edge, variant: variant), let center = route.label {
                    dot.attribute("lp", quoted: EdgeSpline.format(center))
                }
            }
            dot.raw("];\n")
        }
        dot.raw("}\n")
        return dot.text
    }

    // MARK: Pieces

    private func header(_ dot: inout DOTBuffer, graphAttributes: [String]) {
        dot.raw("digraph relgraph {\n  graph [id=\"relgraph\", fontname=")
        dot.appendQuoted(StyledDOTBuilder.fontName)
        dot.raw(", fontsize=10, bgcolor=\"white\", pad=\"0.25\", outputorder=\"edgesfirst\"")
        for attribute in graphAttributes {
            dot.raw(", ")
            dot.raw(attribute)
        }
        dot.raw("];\n")
        StyledDOTBuilder.writeNodeAndEdgeDefaults(&dot, compact: plan.compact, arrowSize: DiffNumber.format(arrowSize))
    }

    private func edgeStatement(_ edge: DiffPicture.Edge, into dot: inout DOTBuffer) {
        dot.raw("  ")
        dot.raw(nodeNames[edge.source]!)
        dot.raw(" -> ")
        dot.raw(nodeNames[edge.target]!)
        dot.raw(" [")
    }

    private func arrow(_ kind: StanceKind, into dot: inout DOTBuffer) {
        if kind.isSymmetric {
            dot.raw(", dir=\"none\"")
        } else {
            dot.attribute("arrowhead", quoted: StanceStyle.of(kind).arrowhead)
        }
    }

    /// The name that sizes an actor's node in the layout: of the two names a
    /// kept actor may have, the one whose wrapped label is wider (then taller).
    static func sizingName(_ actor: DiffPicture.Node) -> String {
        guard let before = actor.beforeName else { return actor.name }
        func extent(_ name: String) -> (Int, Int) {
            let lines = DOTText.wrappedHTML(name).components(separatedBy: "<br/>")
            return (lines.map(\.count).max() ?? 0, lines.count)
        }
        return extent(before) > extent(actor.name) ? before : actor.name
    }

    private func actorName(_ id: String, in variant: DiffVariant) -> String {
        actorsByID[id]?.name(in: variant) ?? id
    }

    private func actorStatus(_ id: String) -> DiffPicture.ActorStatus {
        statuses[id] ?? .kept
    }

    /// Whether `edge` carries its label in `variant`'s picture: every edge when
    /// the plan labels edges; past the size where labels are dropped (80
    /// stances), still a changed stance in the diff picture, since its `old ->
    /// new` is what the picture is for and its line style alone does not say
    /// which kinds. Labels switched off by choice (`edgeLabels: .off`) stay off.
    func isLabelled(_ edge: DiffPicture.Edge, variant: DiffVariant) -> Bool {
        if plan.edgeLabels { return true }
        return variant == .diff && edge.status == .changed && options.edgeLabels != .off
    }

    /// The text on an edge: `+ opposes ×2`, `− meets`, `meets -> opposes` in the
    /// diff, the kind (and count) alone on either side.
    func label(_ edge: DiffPicture.Edge, variant: DiffVariant) -> String {
        let count = variant.count(of: edge)
        let suffix = count > 1 ? " ×\(count)" : ""
        switch variant {
        case .diff:
            let style = DiffStyle.of(edge.status)
            if edge.status == .changed, let old = edge.oldKind {
                return "\(old.rawValue) -> \(edge.kind.rawValue)\(suffix)"
            }
            return style.labelMarker + edge.kind.rawValue + suffix
        case .before, .after:
            return (variant.kind(of: edge) ?? edge.kind).rawValue + suffix
        }
    }

    private func nodeAttributes(_ actor: DiffPicture.Node, variant: DiffVariant, id: String, into dot: inout DOTBuffer) {
        let style = ActorStyle.of(actor.kind)
        let change = variant == .diff ? DiffStyle.actor(actor.status) : DiffStyle.actor(.kept)
        dot.attribute("id", quoted: id, first: true)
        dot.raw(", class=\"actor ")
        dot.raw(actor.kind.rawValue)
        dot.raw(" ")
        dot.raw(actor.status.cssClass)
        dot.raw("\", label=<")
        dot.raw(DOTText.wrappedHTML(actor.name(in: variant)))
        dot.raw(">")
        dot.attribute("shape", plain: style.shape)
        dot.attribute("style", quoted: change.dashed && !style.style.contains("dashed") ? style.style + ",dashed" : style.style)
        dot.attribute("fillcolor", quoted: change.faded ? style.fillColor + "80" : style.fillColor)
        dot.attribute("color", quoted: change.border ?? style.borderColor)
        if let width = change.penwidth { dot.attribute("penwidth", plain: DiffNumber.format(width)) }
        if change.faded {
            dot.raw(", fontcolor=\"#7A7A7A\"")
        } else if variant == .diff, actor.status == .added, style.shape == "plain" {
            // A person has no border to colour: the name carries the mark.
            dot.raw(", fontcolor=\"#007A59\"")
        }
        dot.raw(", tooltip=")
        dot.openQuote()
        dot.tooltipPiece(actor.name(in: variant))
        dot.raw(" (")
        dot.raw(actor.kind.rawValue)
        dot.raw(")")
        if variant == .diff, actor.status != .kept {
            dot.raw(actor.status == .added ? ", added" : ", removed")
        }
        dot.closeQuote()
    }

    private func edgeAttributes(_ edge: DiffPicture.Edge, kind: StanceKind, variant: DiffVariant, id: String,
                                into dot: inout DOTBuffer) {
        let kindStyle = StanceStyle.of(kind)
        let count = variant.count(of: edge)
        let compactScale = plan.compact ? 0.6 : 1
        dot.attribute("id", quoted: id, first: true)
        dot.raw(", class=\"stance ")
        dot.raw(kind.rawValue)
        dot.raw(" ")
        dot.raw(kind.polarity.rawValue)
        dot.raw(" ")
        dot.raw(edge.status.cssClass)
        dot.raw("\"")
        let color: String
        let textColor: String
        if variant == .diff {
            let style = DiffStyle.of(edge.status)
            color = style.color
            textColor = style.textColor
            dot.attribute("style", quoted: style.lineStyle)
            // Dots wider than about 3 points merge into a ladder; cap them.
            var width = kindStyle.penwidth(count: count) + style.extraWidth
            if style.lineStyle == "dotted" { width = min(width, kindStyle.doubleLine ? 2.0 : 3.2) }
            dot.attribute("penwidth", plain: DiffNumber.format(width * compactScale))
        } else {
            color = plan.compact ? kindStyle.color + StyledDOTBuilder.compactAlpha : kindStyle.color
            textColor = kindStyle.color
            dot.attribute("style", quoted: kindStyle.lineStyle)
            dot.attribute("penwidth", plain: DiffNumber.format(kindStyle.penwidth(count: count) * compactScale))
        }
        dot.attribute("color", quoted: kindStyle.doubleLine ? "\(color):invis:\(color)" : color)
        arrow(kind, into: &dot)
        if isLabelled(edge, variant: variant) {
            dot.raw(", label=<")
            dot.appendHTML(label(edge, variant: variant))
            dot.raw(">")
            dot.attribute("fontcolor", quoted: textColor)
        }
        dot.raw(", tooltip=")
        writeTooltip(edge, kind: kind, variant: variant, into: &dot)
    }

    /// "Turkey opposes Kurds (×2)", with the change in the diff ("meets ->
    /// opposes, changed"), then the evidence lines unless they are switched off;
    /// in "before" and "after", that side's names and evidence.
    private func writeTooltip(_ edge: DiffPicture.Edge, kind: StanceKind, variant: DiffVariant, into dot: inout DOTBuffer) {
        dot.openQuote()
        dot.tooltipPiece(actorName(edge.source, in: variant))
        dot.raw(" ")
        if variant == .diff, edge.status == .changed, let old = edge.oldKind {
            dot.raw(old.rawValue + " -> " + edge.kind.rawValue)
        } else {
            dot.raw(kind.rawValue)
        }
        dot.raw(" ")
        dot.tooltipPiece(actorName(edge.target, in: variant))
        let count = variant.count(of: edge)
        if count > 1 { dot.raw(" (×\(count))") }
        if variant == .diff { dot.raw(": " + edge.status.rawValue) }
        if options.evidenceTooltips, let tooltip = edge.tooltip(in: variant) {
            let lines = tooltip.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }
            for line in lines.prefix(Self.tooltipLines) {
                dot.raw("\n")
                dot.tooltipPiece(StyledDOTBuilder.shortened(String(line)))
            }
            if lines.count > Self.tooltipLines { dot.raw("\n(+\(lines.count - Self.tooltipLines) more)") }
        }
        dot.closeQuote()
    }
}
