import Foundation
import XCTest

/// `relgraph report` end to end, on small articles written by the test.
final class ReportCommandTests: XCTestCase {
    /// Three articles: two of one story (written out of date order) and one of another.
    private func writeArticles() throws -> URL {
        let folder = try CommandRunner.temporaryFolder()
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let texts = [
            "b-later.txt": """
            url: javascript:alert(1)
            title: Later <script>alert('x')</script> & more
            date: 2021-06-01
            cluster: north
            ---
            Turkey attacked the Kurdish militias near the border on Monday.
            """,
            "a-earlier.txt": """
            url: https://example.org/a?x=1&y=2
            title: Earlier talks
            date: 2021-05-01
            cluster: north
            ---
            Turkey met Russia in Ankara. Russia backed Syria.
            """,
            "c-other.txt": """
            title: Another story
            date: 2021-05-15
            cluster: south
            ---
            Egypt accused Ethiopia of filling the dam.
            """,
        ]
        for (name, text) in texts {
            try text.write(to: articles.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    func testHTMLReport() throws {
        let folder = try writeArticles()
        let output = folder.appendingPathComponent("report.html").path
        let result = try CommandRunner.run(["report", folder.appendingPathComponent("articles").path, "-o", output])
        XCTAssertEqual(result.status, 0, result.standardError)
        let html = try String(contentsOfFile: output, encoding: .utf8)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertFalse(html.lowercased().contains("<script"), "article text is escaped")
        XCTAssertFalse(html.contains("href=\"javascript"))
        XCTAssertTrue(html.contains("Later &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"))
        XCTAssertTrue(html.contains("<a href=\"https://example.org/a?x=1&amp;y=2\" rel=\"noopener noreferrer\">"))
        // Date order: a-earlier (north), c-other (south), b-later (north); the diff stays within north.
        let earlier = try XCTUnwrap(html.range(of: "<code>a-earlier</code>")).lowerBound
        let later = try XCTUnwrap(html.range(of: "<code>b-later</code>")).lowerBound
        let other = try XCTUnwrap(html.range(of: "<code>c-other</code>")).lowerBound
        XCTAssertLessThan(earlier, later)
        XCTAssertEqual(html.components(separatedBy: "<section class=\"diff\"").count - 1, 1)
        XCTAssertTrue(html.contains("id=\"diff-1-3\""), "a-earlier -> b-later, skipping the other story")
        XCTAssertNotNil(other)
        XCTAssertEqual(html.components(separatedBy: "<svg ").count - 1, 5, "overview, three articles, one diff")
        XCTAssertTrue(html.contains("<mark class=\"trigger\">attacked</mark>"), html)
        XCTAssertTrue(html.contains("<mark class=\"trigger\">met</mark>"), html)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [])
    }

    func testMarkdownReportWithPicturesBeside() throws {
        let folder = try writeArticles()
        let output = folder.appendingPathComponent("report.md").path
        // An old picture folder is replaced whole.
        let pictures = folder.appendingPathComponent("report-files")
        try FileManager.default.createDirectory(at: pictures, withIntermediateDirectories: true)
        try "stale".write(to: pictures.appendingPathComponent("stale.svg"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["report", folder.appendingPathComponent("articles").path, "-o", output])
        XCTAssertEqual(result.status, 0, result.standardError)
        let markdown = try String(contentsOfFile: output, encoding: .utf8)
        let files = try FileManager.default.contentsOfDirectory(atPath: pictures.path).sorted()
        XCTAssertEqual(files, ["article-1.svg", "article-2.svg", "article-3.svg", "diff-1-3.svg", "overview.svg"])
        for file in files { XCTAssertTrue(markdown.contains("](report-files/\(file))"), file) }
        XCTAssertTrue(markdown.contains("Later \\<script\\>alert('x')\\</script\\> \\& more"), markdown)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [])
    }

    func testStoredArticles() throws {
        let folder = try writeArticles()
        let db = folder.appendingPathComponent("corpus.db").path
        XCTAssertEqual(try CommandRunner.run(["ingest", folder.appendingPathComponent("articles").path, "--db", db]).status, 0)
        let result = try CommandRunner.run(["report", "--db", db, "--since", "2021-05-10"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.outputText.contains("<code>c-other</code>"))
        XCTAssertTrue(result.outputText.contains("<code>b-later</code>"))
        XCTAssertFalse(result.outputText.contains("<code>a-earlier</code>"), "before --since")
    }

    func testUsageErrors() throws {
        let folder = try writeArticles()
        let markdown = try CommandRunner.run(["report", folder.path, "--format", "markdown"])
        XCTAssertEqual(markdown.status, 64)
        XCTAssertTrue(markdown.standardError.contains("give -o report.md"), markdown.standardError)
        XCTAssertEqual(try CommandRunner.run(["report"]).status, 64)
        let missing = try CommandRunner.run(["report", folder.appendingPathComponent("nope.txt").path, "-o",
                                             folder.appendingPathComponent("r.html").path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.standardError.contains("nope.txt: no such file"), missing.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.html").path))
        // -o into a folder that does not exist is refused, as by every command
        // that writes a file, naming the report and the folder.
        let report = folder.appendingPathComponent("wiki/report.md").path
        let noFolder = try CommandRunner.run(["report", folder.appendingPathComponent("articles").path, "-o", report])
        XCTAssertEqual(noFolder.status, 1)
        XCTAssertTrue(noFolder.standardError.contains("\(report): the folder \(folder.appendingPathComponent("wiki").path) does not exist"),
                      noFolder.standardError)
    }
}
