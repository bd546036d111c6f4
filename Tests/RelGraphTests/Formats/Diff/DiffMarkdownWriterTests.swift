import XCTest
@testable import RelGraph

/// The Markdown report of a diff, and the escaping it relies on.
final class DiffMarkdownWriterTests: XCTestCase {
    func testEscapesMarkupInQuotesAndNames() {
        XCTAssertEqual(MarkdownText.escaped("a | b *c* _d_ <e> [f] `g` & \\"), "a \\| b \\*c\\* \\_d\\_ \\<e\\> \\[f\\] \\`g\\` \\& \\\\")
        XCTAssertEqual(MarkdownText.escaped("line\nbreak"), "line break")
    }

    func testReportHasOneSectionPerKindOfChange() {
        let text = DiffMarkdownWriter(oldName: "a.rg", newName: "b.rg").write(DiffWriterFixture.diff)
        XCTAssertTrue(text.hasPrefix("# Stance diff: a.rg → b.rg\n"), text)
        for heading in ["## Actors added", "## Actors removed", "## Stances changed", "## Stances added", "## Stances removed"] {
            XCTAssertTrue(text.contains("\n\(heading)\n"), heading)
        }
        XCTAssertFalse(text.contains("## Stances unchanged"))
        XCTAssertTrue(text.contains("“Erdogan met \\| Putin \\*today\\* \\<b\\>\\_x\\_\\</b\\>”"), text)
        XCTAssertTrue(text.contains("**neutral → conflictual**"), text)
        // Every table row has the same number of unescaped cell separators as its header.
        for line in text.split(separator: "\n") where line.hasPrefix("| Turkey meets") {
            XCTAssertEqual(line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count, 6, String(line))
        }
    }

    func testUnchangedOnRequest() {
        let text = DiffMarkdownWriter(oldName: "a", newName: "b", showUnchanged: true).write(DiffWriterFixture.diff)
        XCTAssertTrue(text.contains("## Stances unchanged"), text)
    }
}
