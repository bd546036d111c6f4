import Foundation
/// Writes a report as Markdown for wikis: the same sections as the HTML report
/// (contents, overview, legend, each story's articles in date order with a
/// table of stances, and the changes between consecutive articles), with the
/// pictures as SVG files in a folder beside it, linked by relative paths.
///
/// Every piece of text from the inputs goes through `MarkdownText.escaped`
/// (the diff reports' escaping), segment by segment, so a quote with `|`, `*`,
/// `<script>` or `[link](…)` stays text. Actor words are marked in bold,
/// trigger words in italics. Only http(s) URLs become links.
public struct MarkdownReportWriter: Sendable {
    public var highlighter: EvidenceHighlighter
    public var quotesShown: Int

    public init(highlighter: EvidenceHighlighter = EvidenceHighlighter(), quotesShown: Int = 2) {
        self.highlighter = highlighter
        self.quotesShown = quotesShown
    }

    /// The report, linking pictures in `folder` (a name relative to the report file).
    public func write(_ document: ReportDocument, pictures: ReportPictures, folder: String) -> MarkdownReport {
        let e = MarkdownText.escaped
        var out: [String] = []
        var files: [MarkdownReport.File] = []
        func picture(_ key: ReportPictureKey, alt: String) {
            guard let svg = pictures[key] else { return }
            let name = key.slug + ".svg"
            files.append(MarkdownReport.File(name: name, contents: svg))
            out += ["", "![\(e(alt))](\(Self.pathEscaped(folder))/\(name))"]
        }

        out.append("# \(e(document.title))")
        out += ["", e(HTMLReportWriter.describe(document))]
        out += ["", "## Contents", "", "- [Overview](#overview)", "- [Legend](#legend)"]
        for story in document.stories {
            out.append("- \(e(HTMLReportWriter.storyTitle(story, document: document)))")
            for index in story.articles {
                out.append("  - \(e(HTMLReportWriter.dated(document.articles[index])))")
            }
        }

        out += ["", "## Overview", "",
                "All \(document.articles.count) articles merged: \(document.overview.actors.count) actors, "
                + "\(document.overview.stances.count) stances."]
        picture(.overview, alt: "Overview: all articles merged")

        out += ["", "## Legend", "",
                "| stance | line | polarity |", "|---|---|---|"]
        for kind in StanceKind.allCases {
            out.append("| \(kind.rawValue) | \(MarkdownText.escaped(HTMLReportWriter.glyph(kind).replacingOccurrences(of: "&gt;", with: ">"))) | \(kind.polarity.rawValue) |")
        }
        out += ["", "Blue is cooperative, grey neutral, vermillion conflictual. In the pictures of changes: "
                + "solid green added, dashed faded vermillion removed, dotted orange changed (`old -> new`), light grey unchanged. "
                + "In quotes, **actors** are bold and *trigger words* italic."]

        for story in document.stories {
            out += ["", "## \(e(HTMLReportWriter.storyTitle(story, document: document)))"]
            for (position, index) in story.articles.enumerated() {
                let article = document.articles[index]
                out += ["", "### \(e(article.title))", ""]
                var meta = [e(article.date ?? "undated"), "`\(article.name.replacingOccurrences(of: "`", with: "'"))`"]
                if let link = SafeLink.web(article.graph.metadata.url) {
                    meta.append("<\(link.replacingOccurrences(of: ">", with: "%3E").replacingOccurrences(of: "<", with: "%3C"))>")
                }
                out.append(meta.joined(separator: " · "))
                if article.graph.stances.isEmpty {
                    out += ["", "*No stances found in this article.*"]
                } else {
                    picture(.article(index), alt: "Stance graph of \(article.name)")
                    out += ["", "| stance | × | evidence |", "|---|---|---|"]
                    for stance in article.graph.stances {
                        let graph = article.graph
                        let name = "\(e(StanceQuote.name(stance.source, in: graph))) **\(stance.kind.rawValue)** "
                            + e(StanceQuote.name(stance.target, in: graph))
                        var quotes = stance.evidence.prefix(quotesShown).map { quote($0, stance: stance, graph: graph) }
                        if stance.evidence.count > quotesShown { quotes.append("(\(stance.evidence.count - quotesShown) more)") }
                        out.append("| \(name) | \(stance.count) | \(quotes.joined(separator: "<br>")) |")
                    }
                }
                if position < story.steps.count {
                    let step = story.steps[position]
                    let old = document.articles[step.old], new = document.articles[step.new]
                    out += ["", "#### Changes: \(e(HTMLReportWriter.shortName(old))) → \(e(HTMLReportWriter.shortName(new)))",
                            "", e(DiffSummary(step.diff).sentence) + "."]
                    if !step.diff.isEmpty {
                        picture(.diff(old: step.old, new: step.new), alt: "Changes from \(old.name) to \(new.name)")
                        let names = DiffActorNames(step.diff)
                        out.append("")
                        for change in step.diff.stancesChanged {
                            out.append("- changed: \(e(names.describe(change.old, old: true))) → \(change.new.kind.rawValue)")
                        }
                        for stance in step.diff.stancesAdded { out.append("- added: \(e(names.describe(stance, old: false)))") }
                        for stance in step.diff.stancesRemoved { out.append("- removed: \(e(names.describe(stance, old: true)))") }
                    }
                }
            }
        }
        return MarkdownReport(markdown: out.joined(separator: "\n") + "\n", folder: folder, files: files)
    }

    /// One quote, escaped segment by segment, actors bold, triggers italic.
    private func quote(_ evidence: Evidence, stance: Stance, graph: StanceGraph) -> String {
        let segments = StanceQuote.segments(evidence, of: stance, in: graph, highlighter: highlighter)
        let body = segments.map { segment -> String in
            let text = MarkdownText.escaped(segment.text)
            switch segment.role {
            case .actor?: return "**\(text)**"
            case .trigger?: return "*\(text)*"
            case nil: return text
            }
        }.joined()
        return "“" + body + "”"
    }

    /// A folder name for a link: spaces and parentheses percent-encoded.
    static func pathEscaped(_ path: String) -> String {
        path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: " ", with: "%20")
            .replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29")
    }
}
