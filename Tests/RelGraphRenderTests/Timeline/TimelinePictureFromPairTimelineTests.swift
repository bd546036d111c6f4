import Foundation
import RelGraph
@testable import RelGraphRender
import XCTest

/// `TimelinePicture(timeline:)`: one column per entry, stances by direction,
/// counts kept, no evidence in the chart.
final class TimelinePictureFromPairTimelineTests: XCTestCase {
    private func timeline() throws -> PairTimeline {
        var timeline = PairTimeline(first: "Turkey", second: "Russia")
        let actors = [Actor(id: "TUR", name: "Turkey", kind: .state), Actor(id: "RUS", name: "Russia", kind: .state),
                      Actor(id: "SYR", name: "Syria", kind: .state)]
        timeline.add(try StanceGraph(metadata: GraphMetadata(date: "2016-02-05"), actors: actors, stances: [
            Stance(source: "TUR", target: "RUS", kind: .meets, evidence: [Evidence(text: "Secret quote one.")]),
        ]), article: "a")
        timeline.add(try StanceGraph(metadata: GraphMetadata(date: "2016-03-01"), actors: actors, stances: [
            Stance(source: "TUR", target: "RUS", kind: .opposes, count: 2),
            Stance(source: "RUS", target: "TUR", kind: .threatens, evidence: [Evidence(text: "Secret quote two.")]),
            Stance(source: "RUS", target: "TUR", kind: .cooperates),
        ]), article: "b")
        timeline.add(try StanceGraph(metadata: GraphMetadata(date: "2016-01-01"), actors: actors, stances: [
            Stance(source: "RUS", target: "SYR", kind: .supports),
        ]), article: "c")
        return timeline
    }

    func testRowsFollowTheTimelineWithDirections() throws {
        let picture = TimelinePicture(timeline: try timeline())
        XCTAssertEqual(picture.rows.map(\.article), ["c", "a", "b"])
        XCTAssertEqual(picture.rows.map(\.date), ["2016-01-01", "2016-02-05", "2016-03-01"])
        XCTAssertEqual(picture.rows[0].kinds, [])
        XCTAssertEqual(picture.rows[1].kinds, [.meets])
        // Symmetric kinds count as forward; a count of 2 is two marks' worth.
        XCTAssertEqual(picture.rows[2].kinds.sorted(), [.cooperates, .opposes, .opposes])
        XCTAssertEqual(picture.rows[2].reverseKinds, [.threatens])
        XCTAssertEqual(picture.caption, "Turkey ↔ Russia")
    }

    func testChartHasHollowReverseMarksAndNoEvidence() throws {
        let svg = TimelineChartWriter().svg(TimelinePicture(timeline: try timeline(), title: "T & R"))
        XCTAssertFalse(svg.contains("Secret quote"))
        XCTAssertTrue(svg.contains("T &amp; R"))
        XCTAssertTrue(svg.contains("class=\"mark threatens conflictual reverse\""))
        XCTAssertTrue(svg.contains("2016-03-01 — b: Russia threatens Turkey"))
        XCTAssertTrue(svg.contains("2016-03-01 — b: Turkey opposes Russia (×2)"))
        XCTAssertTrue(svg.contains("hollow: Russia → Turkey"))
        _ = try DiffSVG.root(Data(svg.utf8))  // well-formed XML
    }
}
