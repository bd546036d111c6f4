import Foundation
import RelGraph
@testable import RelGraphRender
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The timeline of one pair: a small, accessible, escaped SVG whose marks sit
/// in the right column and lane.
final class TimelineChartWriterTests: XCTestCase {
    private func picture() -> TimelinePicture {
        TimelinePicture(source: "Turkey", target: "Kurds", rows: [
            .init(date: "2016-02-05", article: "000-seed", kinds: [.meets]),
            .init(date: "2016-02-12", article: "001", kinds: [.opposes, .threatens]),
            .init(date: nil, article: "002", kinds: [.attacks, .attacks, .opposes]),
        ])
    }

    func testMarksAreInTheirColumnAndLane() throws {
        let root = try DiffSVG.root(TimelineChartWriter().write(picture()))
        let marks = root.descendants(named: "g").filter { ($0.value(of: "class") ?? "").hasPrefix("mark ") }
        XCTAssertEqual(marks.map { $0.value(of: "class")! }, [
            "mark meets neutral", "mark opposes conflictual", "mark threatens conflictual",
            "mark opposes conflictual", "mark attacks conflictual",
        ])
        // Lanes from cooperative to hostile; columns in row order.
        let lanes = root.descendants(named: "text").filter { ($0.value(of: "class") ?? "").hasPrefix("lane ") }
        XCTAssertEqual(lanes.compactMap(\.stringValue), ["meets", "opposes", "threatens", "attacks"])
        let opposes = marks.filter { $0.value(of: "class") == "mark opposes conflictual" }
        let xs = opposes.compactMap { $0.descendants(named: "polygon").first?.value(of: "points")?.split(separator: ",").first }
        XCTAssertEqual(xs.map { Double($0) }, [TimelineChartWriter.columnX(1), TimelineChartWriter.columnX(2)])
        // A kind twice in one article is one mark, counted; every mark has a tooltip.
        let attacks = try XCTUnwrap(marks.last)
        XCTAssertEqual(attacks.descendants(named: "title").first?.stringValue, "#3 — 002: Turkey attacks Kurds (×2)")
        XCTAssertEqual(attacks.descendants(named: "text").first?.stringValue, "×2")
        XCTAssertEqual(marks.first?.descendants(named: "rect").first?.value(of: "fill"), StanceStyle.neutralColor)
        XCTAssertEqual(attacks.descendants(named: "polygon").first?.value(of: "fill"), StanceStyle.conflictualColor)
    }

    func testAxesAndAccessibility() throws {
        let root = try DiffSVG.root(TimelineChartWriter().write(picture()))
        XCTAssertEqual(root.value(of: "role"), "img")
        XCTAssertNotNil(root.value(of: "viewBox"))
        XCTAssertNil(root.value(of: "width"))
        XCTAssertEqual(root.descendants(named: "title").first?.stringValue, "Turkey → Kurds")
        XCTAssertEqual(root.descendants(named: "desc").first?.stringValue,
                       "Stances of Turkey towards Kurds over 3 articles: meets in 1, opposes in 2, threatens in 1, attacks in 1.")
        let ticks = root.descendants(named: "g").first { $0.value(of: "class") == "ticks" }
        XCTAssertEqual(ticks?.descendants(named: "text").compactMap(\.stringValue), ["2016-02-05", "2016-02-12", "#3"])
        let names = root.descendants(named: "text").filter { $0.value(of: "class") == "axis-name" }.compactMap(\.stringValue)
        XCTAssertEqual(names, ["article date", "stance"])
    }

    func testTextIsEscaped() throws {
        let nasty = TimelinePicture(source: "<b>A</b> & \"B\"", target: "C \\N 'd'", rows: [
            .init(date: "<2016>", article: "<script>alert(1)</script>", kinds: [.supports]),
        ], title: "</svg> & \\G")
        let data = TimelineChartWriter().write(nasty)
        let root = try DiffSVG.root(data)
        XCTAssertTrue(root.descendants(named: "script").isEmpty)
        XCTAssertTrue(root.descendants(named: "b").isEmpty)
        XCTAssertEqual(root.descendants(named: "title").first?.stringValue, "</svg> & \\G")
        let mark = try XCTUnwrap(root.descendants(named: "g").first { $0.value(of: "class") == "mark supports cooperative" })
        XCTAssertEqual(mark.descendants(named: "title").first?.stringValue,
                       "<2016> — <script>alert(1)</script>: <b>A</b> & \"B\" supports C \\N 'd'")
    }

    func testSameInputGivesSameBytesAndEmptyIsDrawn() throws {
        XCTAssertEqual(TimelineChartWriter().write(picture()), TimelineChartWriter().write(picture()))
        let empty = try DiffSVG.root(TimelineChartWriter().write(TimelinePicture(source: "A", target: "B", rows: [])))
        XCTAssertTrue(empty.descendants(named: "text").contains { $0.stringValue == "no stances" })
    }
}
