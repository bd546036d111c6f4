/// The evidence of a stance cut into highlighted segments, with the names of
/// its two actors as the highlighter's actor words: shared by the HTML and
/// Markdown writers so both mark the same words.
enum StanceQuote {
    static func segments(_ evidence: Evidence, of stance: Stance, in graph: StanceGraph,
                         highlighter: EvidenceHighlighter) -> [EvidenceHighlighter.Segment] {
        let names = [stance.source, stance.target].flatMap { id -> [String] in
            guard let actor = graph.actor(id: id) else { return [id] }
            return [actor.name] + actor.aliases
        }
        return highlighter.segments(of: evidence.text, actorNames: names, rule: evidence.rule)
    }

    /// `Turkey` for `TUR` in `graph`.
    static func name(_ id: String, in graph: StanceGraph) -> String {
        graph.actor(id: id)?.name ?? id
    }
}
