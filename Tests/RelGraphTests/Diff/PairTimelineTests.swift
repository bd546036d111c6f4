import XCTest
@testable import RelGraph

/// A pair's stances across dated articles.
final class PairTimelineTests: XCTestCase {
    private func dated(_ date: String?, _ body: String) -> StanceGraph {
        var graph = DiffFixtures.graph(body)
        graph.metadata.date = date
        return graph
    }

    func testOrdersByDateThenNameAndFindsActorsByAlias() {
        var timeline = PairTimeline(first: "Turkey", second: "Russia")
        timeline.add(dated("2016-03-01", "Ankara opposes Moscow\nactor TUR \"Turkey\" aliases: Ankara\nactor RUS \"Russia\" aliases: Moscow"), article: "b")
        timeline.add(dated(nil, "Turkey meets Iran"), article: "a-undated")
        timeline.add(dated("2016-02-05", "Russia meets Turkey \"They met.\""), article: "z")
        timeline.add(dated("2016-02-05", "Turkey supports Russia"), article: "y")
        XCTAssertEqual(timeline.entries.map(\.article), ["y", "z", "b", "a-undated"])
        XCTAssertEqual(timeline.entries[1].stances.map(\.summary), ["Russia meets Turkey"])
        XCTAssertEqual(timeline.entries[2].stances.map(\.summary), ["Turkey opposes Russia"])
        XCTAssertFalse(timeline.entries[3].bothPresent)
        let transitions = timeline.transitions()
        XCTAssertEqual(transitions[2].appeared.map(\.summary), ["Turkey opposes Russia"])
        XCTAssertEqual(transitions[2].disappeared.map(\.summary), ["Russia meets Turkey"])
    }

    /// An actor of the pair that no article names (a typo in --pair, say) is
    /// reported, so the caller can say so instead of showing an empty timeline.
    func testNamesTheActorsNoArticleNames() {
        var timeline = PairTimeline(first: "Turky", second: "Russia")
        XCTAssertEqual(timeline.actorsNamedNowhere, ["Turky", "Russia"])
        timeline.add(dated("2016-02-05", "Russia meets Iran"), article: "a")
        timeline.add(dated("2016-03-01", "Iran meets Iraq"), article: "b")
        XCTAssertEqual(timeline.actorsNamedNowhere, ["Turky"])
        timeline.add(dated("2016-04-01", "actor TUR \"Turkey\" aliases: Turky\nTUR meets Iraq"), article: "c")
        XCTAssertEqual(timeline.actorsNamedNowhere, [])
        XCTAssertFalse(timeline.entries.contains { $0.bothPresent }, "never both in one article: that is a fact, not an error")
    }
}
