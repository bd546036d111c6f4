import RelGraph

extension DiffPicture {
    /// The picture of a computed `GraphDiff`: every actor and stance of both
    /// graphs, marked with what happened to it.
    ///
    /// Why from the diff alone: a `GraphDiff` keeps both sides of every entry
    /// (with evidence), so it is all a picture needs, and the picture then shows
    /// exactly what the text, Markdown and JSON views of the same diff report.
    ///
    /// Ids: the picture uses the new graph's ids; an actor only the old graph
    /// has keeps its old id (it cannot clash: an id both graphs use is always one
    /// matched actor). Matched actors are drawn with their new name and kind in
    /// the diff and "after", with their old name (`beforeName`) in "before"; each
    /// side's tooltips carry that side's evidence (`beforeTooltip`, `afterTooltip`).
    /// Unchanged stances are always included (the picture draws them grey, for
    /// context), even when a text view would hide them. A changed stance is
    /// drawn in its new direction, with the old kind as `oldKind`.
    ///
    /// - Parameters:
    ///   - beforeTitle, afterTitle: captions; nil uses the graph's title, else
    ///     its date, else "Before" / "After".
    ///   - evidence: put the stances' evidence quotes in the tooltips. Off for
    ///     pictures published where the article text may not be; the renderer's
    ///     `DiffRenderOptions.evidenceTooltips` is the second switch.
    public init(diff: GraphDiff, beforeTitle: String? = nil, afterTitle: String? = nil, evidence: Bool = true) {
        var newIDForOld: [String: String] = [:]
        for match in diff.actorsMatched { newIDForOld[match.old.id] = match.new.id }
        func common(_ oldID: String) -> String { newIDForOld[oldID] ?? oldID }

        var nodes: [Node] = []
        nodes.reserveCapacity(diff.actorsMatched.count + diff.actorsAdded.count + diff.actorsRemoved.count)
        for match in diff.actorsMatched {
            nodes.append(Node(id: match.new.id, name: match.new.name, beforeName: match.old.name,
                              kind: match.new.kind == .unknown ? match.old.kind : match.new.kind, status: .kept))
        }
        for actor in diff.actorsAdded { nodes.append(Node(id: actor.id, name: actor.name, kind: actor.kind, status: .added)) }
        for actor in diff.actorsRemoved { nodes.append(Node(id: actor.id, name: actor.name, kind: actor.kind, status: .removed)) }
        nodes.sort { $0.id < $1.id }

        func quotes(_ stance: Stance, prefix: String = "") -> [String] {
            stance.evidence.map { prefix + $0.text }
        }
        func tooltip(_ lines: [String]) -> String? {
            guard evidence, !lines.isEmpty else { return nil }
            return lines.joined(separator: "\n")
        }
        // One side's own quotes; "" (no evidence) rather than nil, which would show the diff's.
        func side(_ stance: Stance) -> String? {
            evidence ? quotes(stance).joined(separator: "\n") : nil
        }

        var edges: [Edge] = []
        edges.reserveCapacity(diff.stancesAdded.count + diff.stancesRemoved.count + diff.stancesChanged.count
            + diff.stancesUnchanged.count)
        for stance in diff.stancesAdded {
            edges.append(Edge(source: stance.source, target: stance.target, kind: stance.kind, status: .added,
                              count: stance.count, tooltip: tooltip(quotes(stance)), afterTooltip: side(stance)))
        }
        for stance in diff.stancesRemoved {
            edges.append(Edge(source: common(stance.source), target: common(stance.target), kind: stance.kind,
                              status: .removed, count: stance.count, tooltip: tooltip(quotes(stance)),
                              beforeTooltip: side(stance)))
        }
        for change in diff.stancesChanged {
            edges.append(Edge(source: change.new.source, target: change.new.target, kind: change.new.kind,
                              oldKind: change.old.kind, status: .changed, count: change.new.count,
                              oldCount: change.old.count == change.new.count ? nil : change.old.count,
                              tooltip: tooltip(quotes(change.new, prefix: "now: ") + quotes(change.old, prefix: "was: ")),
                              beforeTooltip: side(change.old), afterTooltip: side(change.new)))
        }
        for change in diff.stancesUnchanged {
            edges.append(Edge(source: change.new.source, target: change.new.target, kind: change.new.kind,
                              status: .unchanged, count: change.new.count,
                              oldCount: change.old.count == change.new.count ? nil : change.old.count,
                              tooltip: tooltip(quotes(change.new)),
                              beforeTooltip: side(change.old), afterTooltip: side(change.new)))
        }
        self.init(actors: nodes, edges: edges,
                  beforeTitle: beforeTitle ?? Self.caption(diff.oldMetadata, fallback: "Before"),
                  afterTitle: afterTitle ?? Self.caption(diff.newMetadata, fallback: "After"))
    }

    /// A graph's caption: its title, else its date, else `fallback`.
    static func caption(_ metadata: GraphMetadata, fallback: String) -> String {
        if let title = metadata.title, !title.isEmpty { return title }
        if let date = metadata.date, !date.isEmpty { return date }
        return fallback
    }
}
