import XCTest
@testable import RelGraph

/// The HTML report: escaping, structure, inline pictures.
final class HTMLReportWriterTests: XCTestCase {
    /// An article whose every field tries to inject markup.
    private var hostile: ReportArticle {
        ReportArticle(name: "evil<1>", graph: ReportFixture.graph(
            title: "<script>alert('t')</script> & \"quotes\"", date: "2020-01-01", cluster: nil,
            url: "javascript:alert(1)",
            stances: [("Turkey <b>", .attacks, "Russia & co", "Turkey <b> attacks <script>alert(\"x\")</script> Russia & co's 'ships'.")]))
    }

    private let fakeSVG = """
    <?xml version="1.0" encoding="UTF-8" standalone="no"?>
    <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
    <svg viewBox="0.00 0.00 300.00 150.00" role="img" aria-labelledby="relgraph-title relgraph-desc" class="relgraph">
    <title id="relgraph-title">x</title><desc id="relgraph-desc">y</desc>
    <g id="actor-TUR" class="node"><polygon points="0,0 1,1"/><use href="#actor-TUR"/><path fill="url(#grad)"/></g>
    </svg>
    """

    func testArticleTextIsInert() {
        let document = ReportDocument(title: "<i>T</i>", articles: [hostile])
        let html = HTMLReportWriter().write(document, pictures: ReportPictures())
        XCTAssertFalse(html.contains("<script"), "no script element from article text")
        XCTAssertFalse(html.contains("<b>"))
        XCTAssertFalse(html.contains("<i>T</i>"))
        XCTAssertFalse(html.contains("href=\"javascript"), "only http(s) URLs become links")
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"), html)
        XCTAssertTrue(html.contains("javascript:alert(1)"), "an unsafe URL is shown as text")
        XCTAssertTrue(html.contains("<mark class=\"actor\">Turkey &lt;b&gt;</mark>"), html)
        XCTAssertTrue(html.contains("<mark class=\"trigger\">attacks</mark>"), html)
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"), html)
        XCTAssertFalse(html.lowercased().contains("<script"))
        XCTAssertFalse(html.contains("<link") || html.contains("src=\"http"), "no external assets")
        XCTAssertNoThrow(try BalancedTags.check(html))
    }

    /// A stance with more quotes than are shown on screen keeps every quote in
    /// the page, outside any <details> (which Chromium prints closed): the
    /// extra ones are hidden by a screen-only rule, behind a checkbox toggle,
    /// and print hides only the toggle.
    func testEveryQuotePrintsWhenSomeFoldOnScreen() throws {
        var graph = StanceGraph()
        let turkey = graph.actor(named: "Turkey"), russia = graph.actor(named: "Russia")
        let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
        try graph.addStance(Stance(source: turkey.id, target: russia.id, kind: .opposes,
                                   evidence: days.map { Evidence(text: "Turkey condemned Russia on \($0).", rule: "verb:opposes:condemn") }))
        let html = HTMLReportWriter().write(ReportDocument(title: "T", articles: [ReportArticle(name: "q", graph: graph)]),
                                            pictures: ReportPictures())
        try BalancedTags.check(html)
        XCTAssertFalse(html.contains("<details"), "a closed <details> does not print")
        for day in days { XCTAssertTrue(html.contains("on \(day)."), day) }
        let extras = try XCTUnwrap(html.range(of: "<div class=\"more-quotes\">"))
        XCTAssertTrue(html[..<extras.lowerBound].contains("on Tuesday."))
        XCTAssertFalse(html[..<extras.lowerBound].contains("on Wednesday."))
        XCTAssertTrue(html.contains("<label class=\"more\" for=\"article-1-more-1\">3 more</label>"), html)
        let css = HTMLReportStyle.css
        let print = try XCTUnwrap(css.range(of: "@media print"))
        XCTAssertFalse(css[print.lowerBound...].contains("more-quotes"), "print never hides the extra quotes")
        XCTAssertTrue(css.contains("@media screen { .more-toggle:not(:checked) ~ .more-quotes { display: none; } }"))
        XCTAssertEqual(css.components(separatedBy: "more-quotes").count, 2, "one rule names them: the screen-only one")
    }

    func testSafeLinks() {
        XCTAssertEqual(SafeLink.web(" https://example.org/a?b=1&c "), "https://example.org/a?b=1&c")
        XCTAssertEqual(SafeLink.web("HTTP://Example.org"), "HTTP://Example.org")
        for bad in ["javascript:alert(1)", "JaVaScRiPt:x", "data:text/html,x", "file:///etc/passwd", "//evil.org",
                    "https:///x", "http://a b", "unknown", ""] {
            XCTAssertNil(SafeLink.web(bad), bad)
        }
        var article = hostile
        article.graph.metadata.url = "https://example.org/news?a=1&b=\"2\""
        let html = HTMLReportWriter().write(ReportDocument(title: "T", articles: [article]), pictures: ReportPictures())
        XCTAssertTrue(html.contains("<a href=\"https://example.org/news?a=1&amp;b=&quot;2&quot;\" rel=\"noopener noreferrer\">"), html)
    }

    func testSectionsInDateOrderAndDiffsWithinStories() throws {
        let document = ReportDocument(title: "T", articles: ReportFixture.articles)
        let html = HTMLReportWriter().write(document, pictures: ReportPictures())
        try BalancedTags.check(html)
        func position(_ needle: String) -> String.Index? { html.range(of: needle)?.lowerBound }
        let order = ["id=\"overview\"", "id=\"legend\"", "id=\"article-1\"", "id=\"diff-1-2\"", "id=\"article-2\"",
                     "id=\"diff-2-4\"", "id=\"article-4\"", "id=\"diff-4-5\"", "id=\"article-5\"", "id=\"article-3\""]
        let positions = order.compactMap { position("<section class=\"diff\" \($0)") ?? position("<article class=\"article\" \($0)") ?? position("<section \($0)") }
        XCTAssertEqual(positions.count, order.count, "every section is there")
        XCTAssertEqual(positions, positions.sorted(), "in reading order")
        XCTAssertEqual(html.components(separatedBy: "<article class=\"article\"").count - 1, 5)
        XCTAssertEqual(html.components(separatedBy: "<section class=\"diff\"").count - 1, 3, "no diff across stories")
        XCTAssertNil(position("id=\"diff-2-3\""), "b (north) and s (south) are not compared")
        XCTAssertTrue(html.contains("@media print"))
        XCTAssertTrue(html.contains("@media (prefers-color-scheme: dark)"))
    }

    func testPicturesInlinedWithUniqueIDs() throws {
        let document = ReportDocument(title: "T", articles: Array(ReportFixture.articles.prefix(3)))
        var pictures = ReportPictures()
        for key in document.pictureKeys { pictures[key] = fakeSVG }
        let html = HTMLReportWriter().write(document, pictures: pictures)
        try BalancedTags.check(html)
        XCTAssertFalse(html.contains("<?xml"))
        XCTAssertFalse(html.contains("<!DOCTYPE svg"))
        XCTAssertTrue(html.contains("<svg style=\"width: 400px\" viewBox"), "natural width, scaled down by CSS")
        XCTAssertTrue(html.contains("id=\"overview-relgraph-title\""))
        XCTAssertTrue(html.contains("aria-labelledby=\"article-1-relgraph-title article-1-relgraph-desc\""))
        XCTAssertTrue(html.contains("href=\"#article-1-actor-TUR\""))
        XCTAssertTrue(html.contains("url(#article-1-grad)"))
        let ids = html.components(separatedBy: " id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        XCTAssertEqual(ids.count, Set(ids).count, "ids unique across pictures")
    }
}

/// A check that a page's tags nest: every opened element is closed in order
/// (void elements and self-closing SVG tags excepted). Enough to catch a
/// writer that drops a closing tag or lets article text open one.
enum BalancedTags {
    struct Unbalanced: Error, CustomStringConvertible {
        var description: String
    }

    private static let void: Set<String> = ["meta", "br", "hr", "img", "link", "input", "!doctype"]

    static func check(_ html: String) throws {
        var stack: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { throw Unbalanced(description: "unclosed <") }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("!--") { continue }
            let name = tag.drop { $0 == "/" }.prefix { !$0.isWhitespace && $0 != "/" }.lowercased()
            if tag.hasPrefix("/") {
                guard stack.last == name else { throw Unbalanced(description: "</\(name)> closes <\(stack.last ?? "nothing")>") }
                stack.removeLast()
            } else if !tag.hasSuffix("/"), !void.contains(name) {
                stack.append(name)
            }
            if name == "style", let end = rest.range(of: "</style>") {
                rest = rest[end.lowerBound...]
            }
        }
        guard stack.isEmpty else { throw Unbalanced(description: "unclosed: \(stack)") }
    }
}
