import RelGraph
import RelGraphStore
import XCTest

final class StanceQueryTests: XCTestCase {
    func testActorByIdNameOrAlias() throws {
        let store = try StoreFixtures.filledStore()
        let byName = try store.stances(StanceQuery(actors: ["Turkey"]))
        XCTAssertFalse(byName.isEmpty)
        XCTAssertTrue(byName.allSatisfy { $0.source.id == "TUR" || $0.target.id == "TUR" })
        XCTAssertEqual(try store.stances(StanceQuery(actors: ["TUR"])), byName)
        XCTAssertEqual(try store.stances(StanceQuery(actors: ["the turkey"])), byName)
        XCTAssertThrowsError(try store.stances(StanceQuery(actors: ["Atlantis"]))) { error in
            XCTAssertTrue("\(error)".contains("no actor named 'Atlantis'"))
        }
    }

    func testKindsWindowsAndPairs() throws {
        let store = try StoreFixtures.filledStore()
        let all = try store.stances(StanceQuery())
        XCTAssertEqual(all.count, try store.stanceCount())
        // Dated first, in date order; undated last.
        let dates = all.map(\.article.date)
        XCTAssertEqual(dates.last!, nil)
        XCTAssertEqual(dates.compactMap { $0 }, dates.compactMap { $0 }.sorted())

        let august = try store.stances(StanceQuery(window: DateWindow(since: "2016-08-01", until: "2016-08-31")))
        XCTAssertFalse(august.isEmpty)
        XCTAssertTrue(august.allSatisfy { ($0.article.date ?? "").hasPrefix("2016-08") })

        let opposes = try store.stances(StanceQuery(kinds: [.opposes]))
        XCTAssertTrue(opposes.allSatisfy { $0.kind == .opposes })

        let pair = try store.stances(StanceQuery(actors: ["Russia", "Turkey"]))
        XCTAssertFalse(pair.isEmpty)
        XCTAssertTrue(pair.allSatisfy { Set([$0.source.id, $0.target.id]) == ["RUS", "TUR"] })
        XCTAssertTrue(pair.allSatisfy { !$0.evidence.isEmpty && $0.evidence[0].article == $0.article.name })
    }

    func testGraphsOfAWindowInDateOrder() throws {
        let store = try StoreFixtures.filledStore()
        var names: [String] = []
        try store.forEachGraph(in: DateWindow(since: "2016-08-01")) { names.append($0.name) }
        XCTAssertEqual(names, ["a-ankara", "b-sanctions", "c-talks"])
        names = []
        try store.forEachGraph(in: .all) { names.append($0.name) }
        XCTAssertEqual(names, ["a-ankara", "b-sanctions", "c-talks", "d-undated"])
    }

    /// The database applies the same rule as `DateWindow.contains`: an
    /// article dated "2016-08" or "2016" is on the first day of its period.
    func testPartialDatesInWindowsAsTheirFirstDay() throws {
        let store = try StoreFixtures.filledStore([
            StoreFixtures.article("month", date: "2016-08", "Turkey condemned Russia on Monday."),
            StoreFixtures.article("day", date: "2016-08-20", "Egypt condemned Qatar on Sunday."),
            StoreFixtures.article("year", date: "2016", "Iran imposed sanctions on Saudi Arabia."),
        ])
        let windows = ["2016-08-01..2016-08-15", "2016-08-16..2016-08-31", "2016-08-01..", "..2016-08-01",
                       "2016-08-02..", "..2016-07-31", "2016-01-01", "2016-01-02..", "2016", "2016-08"]
        for text in windows {
            let window = try DateWindow(parsing: text)
            var names: [String] = []
            try store.forEachGraph(in: window) { names.append($0.name) }
            let expected = ["year", "month", "day"].filter { name in
                window.contains(["month": "2016-08", "day": "2016-08-20", "year": "2016"][name])
            }
            XCTAssertEqual(names, expected, text)
            let listed = Set(try store.stances(StanceQuery(window: window)).map(\.article.name))
            XCTAssertEqual(listed, Set(expected), text)
        }
        var names: [String] = []
        try store.forEachGraph(in: DateWindow(parsing: "2016-08-01..2016-08-15")) { names.append($0.name) }
        XCTAssertEqual(names, ["month"])
    }
}
