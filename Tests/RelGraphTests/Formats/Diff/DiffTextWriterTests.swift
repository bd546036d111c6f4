import XCTest
@testable import RelGraph

/// The terminal view of a diff.
final class DiffTextWriterTests: XCTestCase {
    func testPlainViewListsEveryChangeLikeGitDiff() {
        let text = DiffTextWriter(oldName: "a.rg", newName: "b.rg").write(DiffWriterFixture.diff)
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "--- a.rg  \"Before\"")
        XCTAssertEqual(lines[1], "+++ b.rg  \"After\"")
        XCTAssertTrue(lines.contains("- US supports Kurds"), text)
        XCTAssertTrue(lines.contains("+ Russia attacks Rebels"), text)
        XCTAssertTrue(lines.contains { $0.hasPrefix("~ Turkey meets Russia -> Turkey opposes Russia") && $0.contains("polarity neutral -> conflictual") }, text)
        XCTAssertFalse(text.contains("\u{1B}"), "no escape codes without colour")
        XCTAssertFalse(text.contains("kept"), "unchanged stances only on request")
        XCTAssertEqual(lines.last, "1 stance added, 1 removed, 1 changed (1 polarity change); 1 actor added, 1 removed; 1 unchanged")
    }

    func testEvidenceCannotInjectEscapesOrLineBreaks() {
        let text = DiffTextWriter(oldName: "a", newName: "b").write(DiffWriterFixture.diff)
        XCTAssertTrue(text.contains("“Ankara \\u{1b}[31mcondemned Moscow”"), text)
    }

    func testColourAndUnchangedOnRequest() {
        let text = DiffTextWriter(oldName: "a", newName: "b", color: true, showUnchanged: true).write(DiffWriterFixture.diff)
        XCTAssertTrue(text.contains("\u{1B}[31m- US supports Kurds\u{1B}[0m"), text)
        XCTAssertTrue(text.contains("\u{1B}[32m+ Russia attacks Rebels\u{1B}[0m"), text)
        XCTAssertTrue(text.contains("Turkey opposes Kurds"), text)
    }

    func testIdenticalGraphsSaySo() {
        let graph = DiffFixtures.graph("Turkey opposes Kurds")
        let text = DiffTextWriter(oldName: "a", newName: "a").write(GraphDiff(old: graph, new: graph))
        XCTAssertTrue(text.hasSuffix("no differences (1 stance in common)\n"), text)
    }
}
