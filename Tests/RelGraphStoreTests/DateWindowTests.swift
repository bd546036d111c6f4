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

    /// A month or day off the calendar, and a window that ends before it
    /// starts, are refused with the value named.
    func testRejectsImpossibleDatesAndReversedWindows() {
        for text in ["2016-13", "2016-13..2017", "2016-02-30", "2016-00-10"] {
            XCTAssertThrowsError(try DateWindow(parsing: text), text) { error in
                XCTAssertTrue("\(error)".contains("'\(text.components(separatedBy: "..")[0])' is not a date"), "\(error)")
            }
        }
        XCTAssertThrowsError(try DateWindow(parsing: "2016-08-31..2016-08-01")) { error in
            XCTAssertTrue("\(error)".contains("2016-08-31..2016-08-01 ends before it starts"), "\(error)")
        }
        XCTAssertThrowsError(try DateWindow(since: "2017", until: "2016-12"))
        XCTAssertNoThrow(try DateWindow(parsing: "2016-08-15..2016-08"))
        XCTAssertNoThrow(try DateWindow(parsing: "2016-02-29..2016-08"))
    }

    /// A date of a month or a year counts as the first day of that period (where
    /// it sorts), so a window takes it in or leaves it out the same whichever
    /// bound decides, and consecutive windows never share an article.
    func testAPartialDateCountsAsItsFirstDay() throws {
        let firstHalf = try DateWindow(parsing: "2016-08-01..2016-08-15")
        let secondHalf = try DateWindow(parsing: "2016-08-16..2016-08-31")
        XCTAssertTrue(firstHalf.contains("2016-08"))
        XCTAssertFalse(secondHalf.contains("2016-08"))
        XCTAssertTrue(try DateWindow(since: "2016-08-01").contains("2016-08"))
        XCTAssertTrue(try DateWindow(until: "2016-08-01").contains("2016-08"))
        XCTAssertFalse(try DateWindow(since: "2016-08-02").contains("2016-08"))
        XCTAssertFalse(try DateWindow(until: "2016-07-31").contains("2016-08"))
        XCTAssertTrue(try DateWindow(since: "2016-01-01", until: "2016-01-01").contains("2016"))
        XCTAssertFalse(try DateWindow(since: "2016-01-02").contains("2016"))
        XCTAssertTrue(try DateWindow(parsing: "2016-08").contains("2016-08"))
        XCTAssertTrue(try DateWindow(parsing: "2016").contains("2016-08"))
        XCTAssertFalse(try DateWindow(parsing: "2016-09").contains("2016"))
    }
}
