import XCTest
@testable import RelGraph

/// Merging articles' graphs: provenance, disagreement, bounded evidence.
final class GraphMergerTests: XCTestCase {
    private func article(_ date: String?, _ body: String) -> StanceGraph {
        var graph = DiffFixtures.graph(body)
        graph.metadata.date = date
        return graph
    }

    func testStancesKeepTheirArticlesAndDateRange() throws {
        var merger = GraphMerger()
        merger.add(article("2016-03-01", "actor TUR \"Turkey\" state\nTurkey opposes Kurds \"second\""), article: "b")
        merger.add(article("2016-02-05", "actor TUR \"Turkey\" aliases: Ankara\nAnkara opposes Kurds \"first\" x2"), article: "a")
        merger.add(article(nil, "actor TUR \"Turkey\"\nTurkey meets Russia"), article: "c")
        let graph = merger.result()
        let opposes = try XCTUnwrap(graph.stance(for: StanceKey(source: "TUR", target: "Kurds", kind: .opposes)))
        XCTAssertEqual(opposes.count, 3)
        XCTAssertEqual(opposes.provenance, Provenance(articles: 2, firstDate: "2016-02-05", lastDate: "2016-03-01"))
        XCTAssertEqual(opposes.evidence.map(\.text), ["first", "second"])   // by date
        XCTAssertEqual(opposes.evidence.map(\.article), ["a", "b"])
        XCTAssertEqual(graph.actor(id: "TUR")?.kind, .state)
        XCTAssertEqual(graph.actor(id: "TUR")?.aliases, ["Ankara"])
        XCTAssertEqual(graph.metadata.extra["articles"], "3")
        XCTAssertEqual(graph.metadata.extra["first_date"], "2016-02-05")
    }

    func testDisagreeingArticlesKeepBothStances() {
        var merger = GraphMerger()
        merger.add(DiffFixtures.graph("Turkey meets Russia"), article: "a")
        merger.add(DiffFixtures.graph("Turkey attacks Russia"), article: "b")
        XCTAssertEqual(Set(merger.result().stances.map(\.kind)), [.attacks, .meets])
    }

    func testEvidenceIsBoundedButCountsAreNot() {
        var merger = GraphMerger(evidenceLimit: 3)
        for index in 0..<500 {
            merger.add(article("2016-01-\(String(format: "%02d", index % 28 + 1))", "Turkey opposes Kurds \"quote \(index)\""),
                       article: "art\(index)")
        }
        let stance = merger.result().stances[0]
        XCTAssertEqual(stance.evidence.count, 3)
        XCTAssertEqual(stance.count, 500)
        XCTAssertEqual(stance.provenance?.articles, 500)
        XCTAssertEqual(stance.evidence.map(\.date), ["2016-01-01", "2016-01-01", "2016-01-01"])
    }

    func testMergedGraphSurvivesJSONWithProvenance() throws {
        var merger = GraphMerger()
        merger.add(article("2016-02-05", "Turkey opposes Kurds \"q\""), article: "a")
        let graph = merger.result()
        let text = JSONGraphFormat().encode(graph)
        XCTAssertTrue(text.contains("\"first_date\" : \"2016-02-05\""), text)
        XCTAssertEqual(try JSONGraphFormat().decode(text), graph)
    }

    /// The same article given twice (the folder and one of its files, an
    /// article and the graph extracted from it) is merged once: its stances
    /// are not counted twice, nor its article. An article is the same when it
    /// has the same url, the same id (`meta id`), or the same content.
    func testTheSameArticleTwiceIsMergedOnce() throws {
        let a = article("2016-02-05", "Turkey opposes Kurds \"q\" x2")
        var merger = GraphMerger()
        XCTAssertNil(merger.add(a, article: "a"))
        XCTAssertEqual(merger.add(a, article: "a-again"), "a", "same content")
        var byURL = article("2016-02-05", "Turkey opposes Kurds \"re-extracted\"")
        byURL.metadata.url = "https://example.org/a"
        var withURL = a
        withURL.metadata.url = "https://example.org/a"
        XCTAssertNil(merger.add(withURL, article: "a-with-url"), "new content, first with this url")
        XCTAssertEqual(merger.add(byURL, article: "a.json"), "a-with-url", "same url")
        var byID = article("2016-03-01", "Turkey attacks Kurds")
        byID.metadata.extra["id"] = "reuters-123"
        var sameID = article("2016-03-01", "Turkey attacks Kurds \"again\"")
        sameID.metadata.extra["id"] = "reuters-123"
        XCTAssertNil(merger.add(byID, article: "b"))
        XCTAssertEqual(merger.add(sameID, article: "b-copy"), "b", "same id")
        XCTAssertEqual(merger.graphCount, 3)
        let graph = merger.result()
        XCTAssertEqual(graph.metadata.extra["articles"], "3")
        let opposes = try XCTUnwrap(graph.stances.first { $0.kind == .opposes })
        XCTAssertEqual(opposes.count, 4, "twice from 'a', twice from 'a-with-url' (a has no url: another article)")
        XCTAssertEqual(opposes.provenance?.articles, 2)
        let attacks = try XCTUnwrap(graph.stances.first { $0.kind == .attacks })
        XCTAssertEqual(attacks.count, 1)
        XCTAssertEqual(attacks.provenance?.articles, 1)
    }
}
