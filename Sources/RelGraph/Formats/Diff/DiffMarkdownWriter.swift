/// A diff as Markdown, for a report: a header table of the two inputs, a
/// summary, then one section per kind of change with a table of stances and
/// their evidence. Every piece of text from the graphs is escaped
/// (`MarkdownText`), so a quote with `|` or `*` cannot break the tables.
public struct DiffMarkdownWriter: Sendable {
    public var oldName: String
    public var newName: String
    /// Whether to add a section listing the stances both graphs share.
    public var showUnchanged: Bool
    /// Evidence quotes shown per side of each stance.
    public var quotesPerStance: Int

    public init(oldName: String, newName: String, showUnchanged: Bool = false, quotesPerStance: Int = 2) {
        self.oldName = oldName
        self.newName = newName
        self.showUnchanged = showUnchanged
        self.quotesPerStance = quotesPerStance
    }

    /// The report, ending in a newline.
    public func write(_ diff: GraphDiff) -> String {
        let names = DiffActorNames(diff)
        let e = MarkdownText.escaped
        var out: [String] = []
        out.append("# Stance diff: \(e(oldName)) → \(e(newName))")
        out.append("")
        out.append("| | old | new |")
        out.append("|---|---|---|")
        out.append("| file | \(e(oldName)) | \(e(newName)) |")
        if diff.oldMetadata.title != nil || diff.newMetadata.title != nil {
            out.append("| title | \(e(diff.oldMetadata.title ?? "")) | \(e(diff.newMetadata.title ?? "")) |")
        }
        if diff.oldMetadata.date != nil || diff.newMetadata.date != nil {
            out.append("| date | \(e(diff.oldMetadata.date ?? "")) | \(e(diff.newMetadata.date ?? "")) |")
        }
        out.append("")
        out.append("**Summary:** \(e(DiffSummary(diff).sentence)).")

        func actorLine(_ actor: Actor) -> String {
            "- **\(e(actor.name))** (`\(actor.id.replacingOccurrences(of: "`", with: "'"))`, \(actor.kind.rawValue))"
        }
        if !diff.actorsAdded.isEmpty {
            out += ["", "## Actors added", ""] + diff.actorsAdded.map(actorLine)
        }
        if !diff.actorsRemoved.isEmpty {
            out += ["", "## Actors removed", ""] + diff.actorsRemoved.map(actorLine)
        }
        if !diff.stancesChanged.isEmpty {
            out += ["", "## Stances changed", "",
                    "| old | new | polarity | old evidence | new evidence |", "|---|---|---|---|---|"]
            for change in diff.stancesChanged {
                let polarity = change.polarityChanged
                    ? "**\(change.old.polarity.rawValue) → \(change.new.polarity.rawValue)**"
                    : change.new.polarity.rawValue
                out.append("| \(e(names.describe(change.old, old: true))) | \(e(names.describe(change.new, old: false))) "
                           + "| \(polarity) | \(quotes(change.old)) | \(quotes(change.new)) |")
            }
        }
        func stanceTable(_ title: String, _ stances: [Stance], old: Bool) {
            guard !stances.isEmpty else { return }
            out += ["", "## \(title)", "", "| stance | count | evidence |", "|---|---|---|"]
            for stance in stances {
                out.append("| \(e(names.describe(stance, old: old))) | \(stance.count) | \(quotes(stance)) |")
            }
        }
        stanceTable("Stances added", diff.stancesAdded, old: false)
        stanceTable("Stances removed", diff.stancesRemoved, old: true)
        if showUnchanged {
            stanceTable("Stances unchanged", diff.stancesUnchanged.map(\.new), old: false)
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func quotes(_ stance: Stance) -> String {
        var parts = stance.evidence.prefix(quotesPerStance).map { "“" + MarkdownText.quote($0.text) + "”" }
        if stance.evidence.count > quotesPerStance { parts.append("(\(stance.evidence.count - quotesPerStance) more)") }
        return parts.joined(separator: "<br>")
    }
}
