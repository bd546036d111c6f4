import XCTest
@testable import RelGraph

/// The Markdown report: escaping and the picture files it links.
final class MarkdownReportWriterTests: XCTestCase {
    func testEscapesArticleTextAndLinksPictures() {
        let article = ReportArticle(name: "a", graph: ReportFixture.graph(
            title: "Title *with* [link](javascript:x) | pipe", date: "2020-01-01", cluster: nil, url: "javascript:alert(1)",
            stances: [("Turkey", .attacks, "Russia", "Turkey attacks <script>x</script> | Russia *now*.")]))
        let document = ReportDocument(title: "T", articles: [article])
        var pictures = ReportPictures()
        pictures[.overview] = "<svg/>"
        pictures[.article(0)] = "<svg id=\"x\"/>"
        let report = MarkdownReportWriter().write(document, pictures: pictures, folder: "my report-files")
        let md = report.markdown
        XCTAssertTrue(md.contains("### Title \\*with\\* \\[link\\](javascript:x) \\| pipe"), md)
        XCTAssertFalse(md.contains("<script>"))
        XCTAssertTrue(md.contains("**Turkey** *attacks* \\<script\\>x\\</script\\> \\| **Russia** \\*now\\*."), md)
        XCTAssertFalse(md.contains("javascript:alert(1)>"), "no autolink for an unsafe URL")
        XCTAssertEqual(report.files.map(\.name), ["overview.svg", "article-1.svg"])
        XCTAssertTrue(md.contains("](my%20report-files/article-1.svg)"), md)
    }

    func testDiffsBetweenConsecutiveArticles() {
        let document = ReportDocument(title: "T", articles: ReportFixture.articles)
        let md = MarkdownReportWriter().write(document, pictures: ReportPictures(), folder: "f").markdown
        XCTAssertEqual(md.components(separatedBy: "#### Changes:").count - 1, 3)
        XCTAssertTrue(md.contains("- changed: Turkey supports Russia → opposes"), md)
    }
}
