/// A pair's timeline as a Markdown table for a report; text from the articles
/// is escaped (`MarkdownText`).
public struct TimelineMarkdownWriter: Sendable {
    public init() {}

    /// The report, ending in a newline.
    public func write(_ timeline: PairTimeline) -> String {
        let e = MarkdownText.escaped
        var out = ["# \(e(timeline.first)) and \(e(timeline.second)) over time", "",
                   "| date | article | stances | change | evidence |", "|---|---|---|---|---|"]
        for (entry, transition) in zip(timeline.entries, timeline.transitions()) {
            let stances = entry.bothPresent
                ? (entry.stances.isEmpty ? "—" : entry.stances.map { e(TimelineTextWriter.describe($0)) }.joined(separator: "<br>"))
                : "*not both named*"
            let change = (transition.appeared.map { "\\+ " + e($0.summary) }
                          + transition.disappeared.map { "− " + e($0.summary) }).joined(separator: "<br>")
            let evidence = entry.stances.flatMap { $0.evidence.prefix(1) }.map { "“" + MarkdownText.quote($0.text) + "”" }
            out.append("| \(e(entry.date ?? "undated")) | \(e(entry.article)) | \(stances) | \(change) | \(evidence.joined(separator: "<br>")) |")
        }
        return out.joined(separator: "\n") + "\n"
    }
}
