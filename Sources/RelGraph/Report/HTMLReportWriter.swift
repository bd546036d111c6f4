import Foundation

/// Writes a report as one self-contained HTML file: inline CSS and inline SVG,
/// no scripts, no external assets.
///
/// Layout: a title and a table of contents; the overview graph of all
/// articles; a legend; then each story, its articles in date order, each with
/// its graph and a table of its stances (the evidence quotes with the actor
/// and trigger words marked), and between two consecutive articles what
/// changed. Every piece of text from the inputs (titles, names, quotes, URLs)
/// is escaped; only http(s) URLs become links. The pictures come pre-rendered
/// (`ReportPictures`) and are inlined with their ids prefixed per picture.
public struct HTMLReportWriter: Sendable {
    public var highlighter: EvidenceHighlighter
    /// Quotes shown on screen before the rest fold behind a "more" toggle
    /// (print shows them all).
    public var quotesShown: Int
    /// The generator line in the footer (`relgraph 1.2`).
    public var generator: String

    public init(highlighter: EvidenceHighlighter = EvidenceHighlighter(), quotesShown: Int = 2, generator: String = "relgraph") {
        self.highlighter = highlighter
        self.quotesShown = quotesShown
        self.generator = generator
    }

    /// The whole HTML document.
    public func write(_ document: ReportDocument, pictures: ReportPictures) -> String {
        var out = HTMLBuffer()
        out.line("<!DOCTYPE html>")
        out.line("<html lang=\"en\">")
        out.line("<head>")
        out.line("<meta charset=\"utf-8\">")
        out.line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        out.line("<meta name=\"color-scheme\" content=\"light dark\">")
        out.line("<meta name=\"generator\" content=\"\(e(generator))\">")
        out.line("<title>\(e(document.title))</title>")
        out.line("<style>\n\(HTMLReportStyle.css)\n</style>")
        out.line("</head>")
        out.line("<body>")
        out.line("<header>")
        out.line("<h1>\(e(document.title))</h1>")
        out.line("<p class=\"meta\">\(e(Self.describe(document)))</p>")
        out.line("</header>")
        writeContents(document, to: &out)
        writeOverview(document, pictures: pictures, to: &out)
        writeLegend(to: &out)
        for (storyIndex, story) in document.stories.enumerated() {
            out.line("<section class=\"story\" id=\"story-\(storyIndex + 1)\">")
            out.line("<h2>\(e(Self.storyTitle(story, document: document)))</h2>")
            for (position, index) in story.articles.enumerated() {
                writeArticle(document.articles[index], index: index, pictures: pictures, to: &out)
                if position < story.steps.count {
                    writeStep(story.steps[position], document: document, pictures: pictures, to: &out)
                }
            }
            out.line("</section>")
        }
        out.line("<footer><p>Made by \(e(generator)). Stances were found by rules, not read by a person: check each against its quote.</p></footer>")
        out.line("</body>")
        out.line("</html>")
        return out.text
    }

    // MARK: Sections

    private func writeContents(_ document: ReportDocument, to out: inout HTMLBuffer) {
        out.line("<nav class=\"toc\" aria-label=\"Contents\">")
        out.line("<h2>Contents</h2>")
        out.line("<ol>")
        out.line("<li><a href=\"#overview\">Overview</a></li>")
        out.line("<li><a href=\"#legend\">Legend</a></li>")
        for (storyIndex, story) in document.stories.enumerated() {
            out.line("<li><a href=\"#story-\(storyIndex + 1)\">\(e(Self.storyTitle(story, document: document)))</a>")
            out.line("<ol>")
            for (position, index) in story.articles.enumerated() {
                let article = document.articles[index]
                out.line("<li><a href=\"#\(ReportPictureKey.article(index).slug)\">\(e(Self.dated(article)))</a></li>")
                if position < story.steps.count {
                    let step = story.steps[position]
                    out.line("<li><a href=\"#\(ReportPictureKey.diff(old: step.old, new: step.new).slug)\">"
                             + "Changes \(e(Self.shortName(document.articles[step.old]))) → \(e(Self.shortName(document.articles[step.new])))</a></li>")
                }
            }
            out.line("</ol></li>")
        }
        out.line("</ol>")
        out.line("</nav>")
    }

    private func writeOverview(_ document: ReportDocument, pictures: ReportPictures, to out: inout HTMLBuffer) {
        out.line("<section id=\"overview\">")
        out.line("<h2>Overview</h2>")
        let graph = document.overview
        out.line("<p>All \(document.articles.count) article\(document.articles.count == 1 ? "" : "s") merged: "
                 + "\(graph.actors.count) actor\(graph.actors.count == 1 ? "" : "s"), "
                 + "\(graph.stances.count) stance\(graph.stances.count == 1 ? "" : "s"). "
                 + "A stance stated in several articles is drawn once, thicker.</p>")
        writePicture(pictures[.overview], key: .overview, caption: nil, to: &out)
        out.line("</section>")
    }

    private func writeLegend(to out: inout HTMLBuffer) {
        out.line("<section id=\"legend\">")
        out.line("<h2>Legend</h2>")
        out.line("<div class=\"legend-grid\">")
        out.line("<div><h3>Stances</h3><ul>")
        for kind in StanceKind.allCases {
            out.line("<li><span class=\"glyph kind \(kind.polarity.rawValue)\">\(Self.glyph(kind))</span> "
                     + "<span class=\"kind \(kind.polarity.rawValue)\">\(kind.rawValue)</span></li>")
        }
        out.line("</ul></div>")
        out.line("<div><h3>Colour is polarity</h3><ul>")
        out.line("<li><span class=\"kind cooperative\">blue</span>: cooperative (supports, cooperates)</li>")
        out.line("<li><span class=\"kind neutral\">grey</span>: neutral (meets)</li>")
        out.line("<li><span class=\"kind conflictual\">vermillion</span>: conflictual (opposes, threatens, coerces, attacks)</li>")
        out.line("</ul><h3>Actors</h3><ul>")
        out.line("<li>▢ state · ⬡ armed group · ◯ organisation · ⬚ faction · plain text: person</li>")
        out.line("</ul></div>")
        out.line("<div><h3>Changes between articles</h3><ul>")
        out.line("<li><span class=\"glyph added\">━━━</span> <span class=\"added\">+ added</span> (solid green)</li>")
        out.line("<li><span class=\"glyph removed\">╌╌╌</span> <span class=\"removed\">− removed</span> (dashed, faded vermillion)</li>")
        out.line("<li><span class=\"glyph changed\">┈┈┈</span> <span class=\"changed\">old → new</span> (dotted orange)</li>")
        out.line("<li><span class=\"glyph unchanged\">───</span> <span class=\"unchanged\">unchanged</span> (light grey)</li>")
        out.line("</ul><h3>Quotes</h3><ul>")
        out.line("<li><mark class=\"actor\">actor</mark> the two actors of the stance</li>")
        out.line("<li><mark class=\"trigger\">trigger</mark> the words that signalled it</li>")
        out.line("</ul></div>")
        out.line("</div>")
        out.line("</section>")
    }

    private func writeArticle(_ article: ReportArticle, index: Int, pictures: ReportPictures, to out: inout HTMLBuffer) {
        let key = ReportPictureKey.article(index)
        out.line("<article class=\"article\" id=\"\(key.slug)\">")
        out.line("<h3>\(e(article.title))</h3>")
        var meta = [article.date.map(e) ?? "undated", "<code>\(e(article.name))</code>"]
        if let link = SafeLink.web(article.graph.metadata.url) {
            meta.append("<a href=\"\(e(link))\" rel=\"noopener noreferrer\">\(e(link))</a>")
        } else if let url = article.graph.metadata.url, !url.isEmpty, url != "unknown" {
            meta.append(e(url))
        }
        out.line("<p class=\"meta\">\(meta.joined(separator: " · "))</p>")
        let graph = article.graph
        guard !graph.stances.isEmpty else {
            out.line("<p class=\"empty\">No stances found in this article.</p>")
            out.line("</article>")
            return
        }
        writePicture(pictures[key], key: key, caption: nil, to: &out)
        out.line("<table class=\"stances\">")
        out.line("<thead><tr><th scope=\"col\">Stance</th><th scope=\"col\">×</th><th scope=\"col\">Evidence</th></tr></thead>")
        out.line("<tbody>")
        for (stanceIndex, stance) in graph.stances.enumerated() {
            let polarity = stance.polarity.rawValue
            out.line("<tr class=\"\(polarity)\">")
            out.line("<td class=\"stance\">\(e(StanceQuote.name(stance.source, in: graph))) "
                     + "<span class=\"kind \(polarity)\">\(stance.kind.rawValue)</span> "
                     + "\(e(StanceQuote.name(stance.target, in: graph)))</td>")
            out.line("<td class=\"count\">\(stance.count)</td>")
            out.line("<td class=\"evidence\">")
            let shown = stance.evidence.prefix(quotesShown)
            for evidence in shown { writeQuote(evidence, stance: stance, graph: graph, to: &out) }
            let rest = stance.evidence.dropFirst(quotesShown)
            if !rest.isEmpty {
                // Every quote is in the page; on screen the rest wait behind a
                // checkbox (no script), in print they are all shown (a closed
                // <details> stays closed in Chromium's print, whatever the CSS).
                let toggle = "\(key.slug)-more-\(stanceIndex + 1)"
                out.line("<input type=\"checkbox\" class=\"more-toggle\" id=\"\(toggle)\">"
                         + "<label class=\"more\" for=\"\(toggle)\">\(rest.count) more</label>")
                out.line("<div class=\"more-quotes\">")
                for evidence in rest { writeQuote(evidence, stance: stance, graph: graph, to: &out) }
                out.line("</div>")
            }
            if stance.evidence.isEmpty { out.line("<span class=\"empty\">no quote</span>") }
            out.line("</td>")
            out.line("</tr>")
        }
        out.line("</tbody>")
        out.line("</table>")
        out.line("</article>")
    }

    private func writeQuote(_ evidence: Evidence, stance: Stance, graph: StanceGraph, to out: inout HTMLBuffer) {
        var html = "<blockquote class=\"quote\">"
        for segment in StanceQuote.segments(evidence, of: stance, in: graph, highlighter: highlighter) {
            let text = XMLEscaping.escape(segment.text, keepingLineBreaks: true)
            if let role = segment.role {
                html += "<mark class=\"\(role.rawValue)\">\(text)</mark>"
            } else {
                html += text
            }
        }
        if let rule = evidence.rule, !rule.isEmpty {
            html += " <span class=\"rule\" title=\"the rule that found it\">\(e(rule))</span>"
        }
        out.line(html + "</blockquote>")
    }

    private func writeStep(_ step: ReportStory.Step, document: ReportDocument, pictures: ReportPictures,
                           to out: inout HTMLBuffer) {
        let key = ReportPictureKey.diff(old: step.old, new: step.new)
        let old = document.articles[step.old], new = document.articles[step.new]
        out.line("<section class=\"diff\" id=\"\(key.slug)\">")
        out.line("<h3>Changes: \(e(Self.shortName(old))) → \(e(Self.shortName(new)))</h3>")
        let diff = step.diff
        out.line("<p class=\"meta\">\(e(DiffSummary(diff).sentence)).</p>")
        if !diff.isEmpty {
            writePicture(pictures[key], key: key, caption: nil, to: &out)
            let names = DiffActorNames(diff)
            out.line("<ul class=\"changes\">")
            for change in diff.stancesChanged {
                let polarity = change.polarityChanged ? " (polarity \(change.old.polarity.rawValue) → \(change.new.polarity.rawValue))" : ""
                out.line("<li><span class=\"changed\">changed</span> \(e(names.describe(change.old, old: true))) → "
                         + "<span class=\"kind \(change.new.polarity.rawValue)\">\(change.new.kind.rawValue)</span>\(polarity)</li>")
            }
            for stance in diff.stancesAdded {
                out.line("<li><span class=\"added\">+ added</span> \(e(names.describe(stance, old: false)))</li>")
            }
            for stance in diff.stancesRemoved {
                out.line("<li><span class=\"removed\">− removed</span> \(e(names.describe(stance, old: true)))</li>")
            }
            for actor in diff.actorsAdded { out.line("<li><span class=\"added\">+ actor</span> \(e(actor.name))</li>") }
            for actor in diff.actorsRemoved { out.line("<li><span class=\"removed\">− actor</span> \(e(actor.name))</li>") }
            out.line("</ul>")
        }
        out.line("</section>")
    }

    private func writePicture(_ svg: String?, key: ReportPictureKey, caption: String?, to out: inout HTMLBuffer) {
        guard let svg else { return }
        var inline = SVGEmbedding.inline(svg, idPrefix: key.slug + "-")
        if let width = SVGEmbedding.naturalWidth(svg), let root = inline.range(of: "<svg") {
            inline.replaceSubrange(root, with: "<svg style=\"width: \(Int(width.rounded()))px\"")
        }
        out.line("<figure class=\"picture\">")
        out.line(inline)
        if let caption { out.line("<figcaption>\(e(caption))</figcaption>") }
        out.line("</figure>")
    }

    // MARK: Texts

    private func e(_ text: String) -> String { XMLEscaping.escape(text) }

    static func describe(_ document: ReportDocument) -> String {
        var parts = ["\(document.articles.count) article\(document.articles.count == 1 ? "" : "s")"]
        let stories = document.stories.count
        if stories > 1 { parts.append("\(stories) stories") }
        if let range = document.dateRange {
            parts.append(range.first == range.last ? range.first : "\(range.first) to \(range.last)")
        }
        return parts.joined(separator: " · ")
    }

    static func storyTitle(_ story: ReportStory, document: ReportDocument) -> String {
        if let cluster = story.cluster { return "Story: \(cluster)" }
        return document.stories.count == 1 ? "Articles" : "Articles without a story"
    }

    static func dated(_ article: ReportArticle) -> String {
        "\(article.date ?? "undated") — \(article.title)"
    }

    static func shortName(_ article: ReportArticle) -> String {
        article.date.map { "\(article.name) (\($0))" } ?? article.name
    }

    /// The line and head of each kind, as the pictures' legend draws them.
    static func glyph(_ kind: StanceKind) -> String {
        switch kind {
        case .supports: return "───▶"
        case .cooperates: return "═══"
        case .meets: return "╌╌╌"
        case .opposes: return "───┤"
        case .threatens: return "╌╌╌&gt;"
        case .coerces: return "━━━■"
        case .attacks: return "━━━▶"
        }
    }
}

/// Lines of HTML being built.
struct HTMLBuffer {
    private(set) var text = ""

    mutating func line(_ line: String) {
        text += line
        text += "\n"
    }
}
