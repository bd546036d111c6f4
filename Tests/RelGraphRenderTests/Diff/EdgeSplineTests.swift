@testable import RelGraphRender
import XCTest

/// Routes reused from the union's layout must end where each picture's arrow starts.
final class EdgeSplineTests: XCTestCase {
    private let route = "e,100,0 0,0 30,0 60,0 92,0"

    func testReadsAndWritesGraphvizPos() throws {
        let spline = try XCTUnwrap(EdgeSpline(pos: route))
        XCTAssertEqual(spline.end, .init(x: 100, y: 0))
        XCTAssertEqual(spline.points.count, 4)
        XCTAssertEqual(spline.pos, route)
        XCTAssertNil(EdgeSpline(pos: "0,0 1,1"), "not 3n + 1 points")
        XCTAssertNil(EdgeSpline(pos: "0,0 1,1 2,2 3,3;4,4 5,5 6,6 7,7"), "pieces are left to Graphviz")
        XCTAssertEqual(EdgeSpline(pos: "e,1.5,2 0,0 0,1\\\n 0,2 0,3")?.points.count, 4, "line continuations")
    }

    func testShorterArrowExtendsTheLine() throws {
        // normal (8) in the union, tee (4) in a picture: the line reaches 96.
        let tee = try XCTUnwrap(EdgeSpline(pos: route)).withHeadArrow(length: 4)
        XCTAssertEqual(tee.end, .init(x: 100, y: 0))
        XCTAssertEqual(tee.points.count, 7)
        XCTAssertEqual(tee.points.last, .init(x: 96, y: 0))
        // No arrow: the line reaches the tip.
        let none = try XCTUnwrap(EdgeSpline(pos: route)).withHeadArrow(length: 0)
        XCTAssertNil(none.end)
        XCTAssertEqual(none.points.last, .init(x: 100, y: 0))
    }

    func testLongerArrowShortensTheLine() throws {
        // No arrow in the union (a symmetric kind), a normal arrow in a picture.
        let spline = try XCTUnwrap(EdgeSpline(pos: "0,0 30,0 60,0 100,0")).withHeadArrow(length: 8)
        XCTAssertEqual(spline.end, .init(x: 100, y: 0))
        XCTAssertEqual(spline.points.last, .init(x: 92, y: 0))
        XCTAssertEqual(spline.points[2], .init(x: 52, y: 0))
        XCTAssertEqual(try XCTUnwrap(EdgeSpline(pos: route)).withHeadArrow(length: 8), EdgeSpline(pos: route))
    }

    func testNumbersAreStable() {
        XCTAssertEqual(DiffNumber.format(-0.001), "0")
        XCTAssertEqual(DiffNumber.format(-12.5), "-12.5")
        XCTAssertEqual(DiffNumber.format(3.14159), "3.14")
        XCTAssertEqual(DiffNumber.format(2.05), "2.05")
        XCTAssertEqual(DiffNumber.format(7), "7")
    }
}
