import XCTest
@testable import RelGraph

/// The timeline's table, Markdown and JSON.
final class TimelineWriterTests: XCTestCase {
    private var timeline: PairTimeline {
        var timeline = PairTimeline(first: "Turkey", second: "Russia")
        var a = DiffFixtures.graph("Turkey meets Russia \"They | met.\"")
        a.metadata.date = "2016-02-05"
        var b = DiffFixtures.graph("Turkey opposes Russia")
        b.metadata.date = "2016-03-01"
        timeline.add(b, article: "002-b")
        timeline.add(a, article: "001-a")
        timeline.add(DiffFixtures.graph("Iran meets Iraq"), article: "003-c")
        return timeline
    }

    func testTableShowsRowsInDateOrderWithChanges() {
        let lines = TimelineTextWriter().write(timeline).split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "Turkey and Russia over 3 articles")
        XCTAssertTrue(lines[1].hasPrefix("date"), lines[1])
        XCTAssertTrue(lines[2].hasPrefix("2016-02-05  001-a") && lines[2].contains("Turkey meets Russia"), lines[2])
        XCTAssertTrue(lines[3].contains("+ Turkey opposes Russia, - Turkey meets Russia"), lines[3])
        XCTAssertTrue(lines[4].hasPrefix("undated") && lines[4].contains("(not both named)"), lines[4])
    }

    func testMarkdownEscapesEvidenceAndJSONIsVersioned() {
        XCTAssertTrue(TimelineMarkdownWriter().write(timeline).contains("“They \\| met.”"))
        let json = TimelineJSONFormat().encode(timeline)
        XCTAssertTrue(json.contains("\"format\" : \"relgraph-timeline\""), json)
        XCTAssertTrue(json.contains("\"both_present\" : false"), json)
    }
}
