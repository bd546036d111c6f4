import RelGraphStore
import XCTest

final class DateWindowTests: XCTestCase {
    func testParsesRangesAndOpenEnds() throws {
        let window = try DateWindow(parsing: "2016-08-01..2016-08-15")
        XCTAssertEqual(window.since, "2016-08-01")
        XCTAssertEqual(window.until, "2016-08-15")
        XCTAssertNil(try DateWindow(parsing: "..2016-08").since)
        XCTAssertNil(try DateWindow(parsing: "2016..").until)
        let month = try DateWindow(parsing: "2016-08")
        XCTAssertTrue(month.contains("2016-08-31"))
        XCTAssertFalse(month.contains("2016-09-01"))
    }

    func testBoundsAreInclusiveAndUndatedFallOutside() throws {
        let window = try DateWindow(since: "2016-08-01", until: "2016-08-15")
        XCTAssertTrue(window.contains("2016-08-01"))
        XCTAssertTrue(window.contains("2016-08-15"))
        XCTAssertFalse(window.contains("2016-08-16"))
        XCTAssertFalse(window.contains(nil))
        XCTAssertTrue(DateWindow.all.contains(nil))
    }

    func testRejectsWhatIsNotADate() {
        XCTAssertThrowsError(try DateWindow(parsing: "August")) { error in
            XCTAssertTrue("\(error)".contains("'August' is not a date"))
        }
        XCTAssertThrowsError(try DateWindow(parsing: ".."))
        XCTAssertThrowsError(try DateWindow(since: "2016-8-1"))
    }
}
