/// The terminal view of a diff, laid out like `git diff`: `---`/`+++` headers,
/// `-` for what went, `+` for what came, `~` for a stance whose kind changed,
/// each with its evidence indented beneath, and a summary line at the end.
///
/// With `color` the signs are red, green and yellow and a polarity change is
/// highlighted; without it (piped output, `--no-color`) the text is plain. Quotes,
/// file names and actor names are put on one line and their control characters
/// shown as `\u{..}` either way, so an article cannot play tricks on the terminal.
public struct DiffTextWriter: Sendable {
    /// Name of the old input in the header (its file name).
    public var oldName: String
    /// Name of the new input in the header.
    public var newName: String
    public var color: Bool
    /// Whether to list the stances both graphs share.
    public var showUnchanged: Bool
    /// Evidence quotes shown per side of each stance.
    public var quotesPerStance: Int

    public init(oldName: String, newName: String, color: Bool = false, showUnchanged: Bool = false,
                quotesPerStance: Int = 2) {
        self.oldName = oldName
        self.newName = newName
        self.color = color
        self.showUnchanged = showUnchanged
        self.quotesPerStance = quotesPerStance
    }

    /// The whole view, ending in a newline.
    public func write(_ diff: GraphDiff) -> String {
        let names = DiffActorNames(diff)
        var lines: [String] = []
        lines.append(style(.header, "--- " + header(oldName, diff.oldMetadata)))
        lines.append(style(.header, "+++ " + header(newName, diff.newMetadata)))

        let renamed = diff.actorsMatched.filter { $0.old.id != $0.new.id || $0.old.name != $0.new.name }
        if !diff.actorsAdded.isEmpty || !diff.actorsRemoved.isEmpty || !renamed.isEmpty {
            lines.append(style(.header, "@@ actors @@"))
            for actor in diff.actorsRemoved { lines.append(style(.removed, "- " + describe(actor))) }
            for actor in diff.actorsAdded { lines.append(style(.added, "+ " + describe(actor))) }
            for match in renamed {
                lines.append(style(.dim, "= \(describe(match.old)) is \(describe(match.new))"))
            }
        }
        let unchanged = showUnchanged ? diff.stancesUnchanged : []
        if !diff.stancesRemoved.isEmpty || !diff.stancesAdded.isEmpty || !diff.stancesChanged.isEmpty || !unchanged.isEmpty {
            lines.append(style(.header, "@@ stances @@"))
            for stance in diff.stancesRemoved {
                lines.append(style(.removed, "- " + describe(stance, old: true, names) + times(stance)))
                lines += quotes(stance, prefix: "      ", style: .removed)
            }
            for stance in diff.stancesAdded {
                lines.append(style(.added, "+ " + describe(stance, old: false, names) + times(stance)))
                lines += quotes(stance, prefix: "      ", style: .added)
            }
            for change in diff.stancesChanged {
                var line = style(.changed, "~ " + describe(change.old, old: true, names) + " -> "
                                 + describe(change.new, old: false, names) + "   (\(change.old.kind.rawValue) -> \(change.new.kind.rawValue))")
                if change.polarityChanged {
                    line += "  " + style(.alert, "polarity \(change.old.polarity.rawValue) -> \(change.new.polarity.rawValue)")
                }
                lines.append(line)
                lines += quotes(change.old, prefix: "    - ", style: .removed)
                lines += quotes(change.new, prefix: "    + ", style: .added)
            }
            for change in unchanged {
                lines.append(style(.dim, "  " + describe(change.new, old: false, names) + times(change.new)
                                   + (change.old.count != change.new.count ? " (was ×\(change.old.count))" : "")))
                lines += quotes(change.old, prefix: "    - ", style: .dim)
                lines += quotes(change.new, prefix: "    + ", style: .dim)
            }
        }
        lines.append(DiffSummary(diff).sentence)
        return lines.joined(separator: "\n") + "\n"
    }

    private func header(_ name: String, _ metadata: GraphMetadata) -> String {
        var text = TerminalText.sanitized(name)
        if let title = metadata.title { text += "  \"" + TerminalText.quote(title, limit: 80) + "\"" }
        if let date = metadata.date { text += "  " + TerminalText.sanitized(date) }
        return text
    }

    private func describe(_ actor: Actor) -> String {
        let name = TerminalText.sanitized(actor.name)
        let id = actor.id == actor.name ? "" : " [\(TerminalText.sanitized(actor.id))]"
        return "\(name)\(id) \(actor.kind.rawValue)"
    }

    /// `Turkey opposes Kurds`, with the actors' names made safe for the
    /// terminal as everywhere else in the view: a name comes from a file or an
    /// article and may hold an escape character.
    private func describe(_ stance: Stance, old: Bool, _ names: DiffActorNames) -> String {
        TerminalText.sanitized(names.describe(stance, old: old))
    }

    private func times(_ stance: Stance) -> String {
        stance.count > 1 ? " ×\(stance.count)" : ""
    }

    private func quotes(_ stance: Stance, prefix: String, style chosen: TerminalText.Style) -> [String] {
        var lines = stance.evidence.prefix(quotesPerStance).map { evidence -> String in
            var line = prefix + "“" + TerminalText.quote(evidence.text) + "”"
            if let article = evidence.article { line += " (" + TerminalText.sanitized(article) + ")" }
            return style(chosen == .dim ? .dim : chosen, line)
        }
        if stance.evidence.count > quotesPerStance {
            lines.append(style(.dim, prefix + "(\(stance.evidence.count - quotesPerStance) more)"))
        }
        return lines
    }

    private func style(_ chosen: TerminalText.Style, _ text: String) -> String {
        chosen.apply(text, enabled: color)
    }
}
