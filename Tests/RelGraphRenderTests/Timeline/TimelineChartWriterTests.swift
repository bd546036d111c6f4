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

    // MARK: Room for the text

    /// The width of the viewBox.
    private func width(_ root: XMLElement) throws -> Double {
        let box = try XCTUnwrap(root.value(of: "viewBox")).split(separator: " ").compactMap { Double($0) }
        return try XCTUnwrap(box.count == 4 ? box[2] : nil)
    }

    /// Long actor names: the caption and the direction key must fit the chart,
    /// however few its columns (they were cut at 296 points). The bounds are the
    /// widths DejaVu Sans really takes (about 0.59 em a character in bold, 0.52
    /// in the regular face, measured with rsvg-convert), so the chart is at
    /// least that wide, and not absurdly wider.
    func testCaptionAndKeyFitTheChart() throws {
        let picture = TimelinePicture(source: "Islamic State of Iraq and the Levant", target: "Hayat Tahrir al-Sham", rows: [
            .init(date: "2016-01", article: "a", kinds: [.attacks], reverseKinds: [.threatens]),
        ])
        let root = try DiffSVG.root(TimelineChartWriter().write(picture))
        let texts = root.descendants(named: "text")
        let caption = try XCTUnwrap(texts.first { $0.value(of: "class") == "caption" })
        let key = try XCTUnwrap(texts.first { $0.value(of: "class") == "direction-key" })
        let chartWidth = try width(root)
        for (text, size, em) in [(caption, 14.0, 0.59), (key, 10.0, 0.52)] {
            let x = try XCTUnwrap(text.value(of: "x").flatMap(Double.init))
            let characters = Double(text.stringValue?.count ?? 0)
            XCTAssertGreaterThanOrEqual(chartWidth, x + characters * size * em + 6, text.stringValue ?? "")
            XCTAssertLessThanOrEqual(chartWidth, x + characters * size * 0.9 + 40, "sized to the text, not beyond")
        }
        // A short pair keeps the compact chart.
        let short = TimelinePicture(source: "A", target: "B", rows: [.init(date: "2016-01", article: "a", kinds: [.meets])])
        XCTAssertEqual(try width(DiffSVG.root(TimelineChartWriter().write(short))),
                       TimelineChartWriter.left + TimelineChartWriter.columnWidth + TimelineChartWriter.right)
    }

    /// On a chart of one lane the turned axis name ("stance") is taller than
    /// the lane; it must stay below the direction key, not run into it.
    func testAxisNameKeepsClearOfTheKeyOnOneLane() throws {
        let picture = TimelinePicture(source: "Saudi Arabia", target: "Qatar", rows: [
            .init(date: "2017-06", article: "a", kinds: [.coerces], reverseKinds: [.coerces]),
            .init(date: "2017-06-09", article: "b", kinds: [.coerces]),
        ])
        let root = try DiffSVG.root(TimelineChartWriter().write(picture))
        let texts = root.descendants(named: "text")
        let key = try XCTUnwrap(texts.first { $0.value(of: "class") == "direction-key" })
        let keyBottom = try XCTUnwrap(key.value(of: "y").flatMap(Double.init)) + 10 * 0.3
        let axis = try XCTUnwrap(texts.first { $0.value(of: "class") == "axis-name" && $0.stringValue == "stance" })
        // Turned by -90 degrees about (x, y): the text runs upwards from y + half its length.
        let centre = try XCTUnwrap(axis.value(of: "y").flatMap(Double.init))
        let halfLength = Double(axis.stringValue?.count ?? 0) * 11 * 0.62 / 2
        XCTAssertGreaterThan(centre - halfLength, keyBottom, "the axis name starts below the key")
        let height = try XCTUnwrap(root.value(of: "viewBox")?.split(separator: " ").last.flatMap { Double($0) })
        XCTAssertLessThan(centre + halfLength, height, "and ends inside the chart")
    }

    /// Two articles of the same month were two columns labelled "2016-01":
    /// equal labels get a number, in column order, so each column can be told apart.
    func testEqualColumnLabelsAreToldApart() throws {
        let picture = TimelinePicture(source: "Turkey", target: "Russia", rows: [
            .init(date: "2016-01", article: "005", kinds: [.opposes]),
            .init(date: "2016-01", article: "011", kinds: []),
            .init(date: "2016-08", article: "001", kinds: []),
            .init(date: "undated", article: "000", kinds: [.threatens]),
            .init(date: "undated", article: "003", kinds: [.meets]),
        ])
        let root = try DiffSVG.root(TimelineChartWriter().write(picture))
        let ticks = root.descendants(named: "g").first { $0.value(of: "class") == "ticks" }
        XCTAssertEqual(ticks?.descendants(named: "text").compactMap(\.stringValue),
                       ["2016-01 (1)", "2016-01 (2)", "2016-08", "undated (1)", "undated (2)"])
        let titles = root.descendants(named: "title").compactMap(\.stringValue)
        XCTAssertTrue(titles.contains("2016-01 (1) — 005: Turkey opposes Russia"), "\(titles)")
        XCTAssertTrue(titles.contains("undated (2) — 003: Turkey meets Russia"), "\(titles)")
    }
}
