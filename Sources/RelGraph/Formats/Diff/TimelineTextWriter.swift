import Foundation

/// The terminal table of a pair's timeline: one row per article with its date,
/// name, the pair's stances and what changed since the previous article that had
/// any ("+ opposes", "- meets").
public struct TimelineTextWriter: Sendable {
    public var color: Bool

    public init(color: Bool = false) {
        self.color = color
    }

    /// The table, ending in a newline.
    public func write(_ timeline: PairTimeline) -> String {
        let transitions = timeline.transitions()
        var rows: [[String]] = [["date", "article", "stances", "change"]]
        for (entry, transition) in zip(timeline.entries, transitions) {
            let stances = entry.bothPresent
                ? (entry.stances.isEmpty ? "-" : entry.stances.map(Self.describe).joined(separator: "; "))
                : "(not both named)"
            let change = transition.appeared.map { "+ " + $0.summary } + transition.disappeared.map { "- " + $0.summary }
            rows.append([entry.date ?? "undated", entry.article, stances, change.joined(separator: ", ")]
                .map { TerminalText.quote($0, limit: 120) })
        }
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = ["\(TerminalText.sanitized(timeline.first)) and \(TerminalText.sanitized(timeline.second)) "
                     + "over \(DiffSummary.plural(timeline.entries.count, "article"))"]
        for (index, row) in rows.enumerated() {
            let cells = row.enumerated().map { column, cell in
                column == 3 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }
            var line = cells.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            if index == 0 {
                line = TerminalText.Style.header.apply(line, enabled: color)
            } else if !timeline.entries[index - 1].bothPresent {
                line = TerminalText.Style.dim.apply(line, enabled: color)
            } else if !(transitions[index - 1].appeared.isEmpty && transitions[index - 1].disappeared.isEmpty) {
                line = TerminalText.Style.changed.apply(line, enabled: color)
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func describe(_ stance: PairTimeline.PairStance) -> String {
        stance.summary + (stance.count > 1 ? " ×\(stance.count)" : "")
    }
}
