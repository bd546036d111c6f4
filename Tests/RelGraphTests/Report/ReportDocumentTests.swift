import XCTest
@testable import RelGraph

/// Order, stories and diffs of a report.
final class ReportDocumentTests: XCTestCase {
    func testArticlesInDateOrderUndatedLast() {
        let document = ReportDocument(title: "T", articles: ReportFixture.articles)
        XCTAssertEqual(document.articles.map(\.name), ["a", "b", "s", "c", "undated"])
        XCTAssertEqual(document.dateRange?.first, "2020-01-01")
        XCTAssertEqual(document.dateRange?.last, "2020-03-01")
    }

    func testDiffsOnlyBetweenConsecutiveArticlesOfAStory() {
        let document = ReportDocument(title: "T", articles: ReportFixture.articles)
        XCTAssertEqual(document.stories.map(\.cluster), ["north", "south"])
        let north = document.stories[0]
        XCTAssertEqual(north.articles.map { document.articles[$0].name }, ["a", "b", "c", "undated"])
        XCTAssertEqual(north.steps.map { "\(document.articles[$0.old].name)>\(document.articles[$0.new].name)" },
                       ["a>b", "b>c", "c>undated"])
        XCTAssertEqual(north.steps[0].diff.stancesChanged.count, 1, "supports -> opposes")
        XCTAssertTrue(document.stories[1].steps.isEmpty)
        XCTAssertEqual(document.pictureKeys.count, 1 + 5 + 3)
    }

    func testWithoutClustersAllInputsAreOneStory() {
        let articles = ReportFixture.articles.map { article -> ReportArticle in
            var article = article
            article.graph.metadata.extra = [:]
            return article
        }
        let document = ReportDocument(title: "T", articles: articles)
        XCTAssertEqual(document.stories.count, 1)
        XCTAssertNil(document.stories[0].cluster)
        XCTAssertEqual(document.stories[0].steps.count, 4)
    }

    func testOverviewMergesEverything() {
        let document = ReportDocument(title: "All of it", articles: ReportFixture.articles)
        XCTAssertEqual(document.overview.metadata.title, "All of it")
        XCTAssertEqual(document.overview.stances.count, 5)
        XCTAssertEqual(document.overview.actors.count, 4)
    }
}
