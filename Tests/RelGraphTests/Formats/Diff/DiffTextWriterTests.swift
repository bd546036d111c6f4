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

    /// Actor names are file or article text too: an escape character in one
    /// must be shown, not sent to the terminal, on every line that names the
    /// actor (the actor section, and the `-`, `+`, `~` and unchanged stance lines).
    func testActorNamesCannotInjectEscapesOnAnyLine() {
        let old = DiffFixtures.graph("""
            actor EVIL "Evil\u{1B}[2JCorp" organisation
            actor GONE "Gone\u{1B}]0;pwned\u{07}" organisation
            EVIL meets Turkey
            EVIL supports Kurds
            GONE opposes Turkey
            """)
        let new = DiffFixtures.graph("""
            actor EVIL "Evil\u{1B}[2JCorp" organisation
            actor NEW "New\u{1B}[31mcomer" organisation
            EVIL opposes Turkey
            EVIL supports Kurds
            NEW attacks Turkey
            """)
        for color in [false, true] {
            let text = DiffTextWriter(oldName: "a", newName: "b", color: color, showUnchanged: true)
                .write(GraphDiff(old: old, new: new))
            let lines = text.split(separator: "\n").map(String.init)
            // With colour, the only escapes are the writer's own SGR codes.
            let stripped = text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            XCTAssertFalse(stripped.contains("\u{1B}"), text)
            XCTAssertFalse(stripped.contains("\u{07}"), text)
            XCTAssertTrue(lines.contains { $0.contains("- Gone\\u{1b}]0;pwned\\u{7} opposes Turkey") }, text)
            XCTAssertTrue(lines.contains { $0.contains("+ New\\u{1b}[31mcomer attacks Turkey") }, text)
            XCTAssertTrue(lines.contains { $0.contains("~ Evil\\u{1b}[2JCorp meets Turkey -> Evil\\u{1b}[2JCorp opposes Turkey") }, text)
            XCTAssertTrue(lines.contains { $0.contains("  Evil\\u{1b}[2JCorp supports Kurds") }, text)
        }
    }
}
