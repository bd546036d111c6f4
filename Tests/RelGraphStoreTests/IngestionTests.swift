import Foundation
import GRDB
import RelGraph
import RelGraphStore
import XCTest

final class IngestionTests: XCTestCase {
    func testStoresArticlesWithTheirStancesAndEvidence() throws {
        let store = try StoreFixtures.filledStore()
        XCTAssertEqual(try store.articleCount(), 4)
        for article in StoreFixtures.articles {
            let expected = StoreFixtures.extractor.extract(article)
            let stored = try XCTUnwrap(try store.graph(ofArticle: ExtractedArticle.id(of: article)))
            XCTAssertEqual(stored.name, article.id)
            XCTAssertEqual(stored.graph, expected, article.id)
        }
        XCTAssertGreaterThan(try store.stanceCount(), 4)
        XCTAssertTrue(try store.checkIntegrity().isSound)
    }

    func testIngestingAgainAddsNothing() throws {
        let store = try StoreFixtures.filledStore()
        let before = try store.stanceCount()
        var summary = Ingestion.Summary()
        // The same texts under other names and titles are the same articles.
        let renamed = StoreFixtures.articles.map { article -> Article in
            var copy = article
            copy.id += "-copy"
            copy.metadata.title = "Another title"
            return copy
        }
        try StoreFixtures.ingestion().ingest(StoreFixtures.articles + renamed, into: store, summary: &summary)
        XCTAssertEqual(summary.added, 0)
        XCTAssertEqual(summary.alreadyStored, 8)
        XCTAssertEqual(try store.articleCount(), 4)
        XCTAssertEqual(try store.stanceCount(), before)
    }

    /// The same text saved with CRLF line ends and a final newline (a file)
    /// and without (a JSON line) is one article.
    func testLineEndingsDoNotMakeAnotherArticle() throws {
        let store = try Store(path: StoreFixtures.databasePath(), mode: .readWrite)
        var summary = Ingestion.Summary()
        let file = StoreFixtures.article("from-file", date: nil, "Turkey condemned Russia.\r\nEgypt condemned Qatar.\r\n")
        let line = StoreFixtures.article("from-line", date: nil, "Turkey condemned Russia.\nEgypt condemned Qatar.")
        try StoreFixtures.ingestion().ingest([file], into: store, summary: &summary)
        try StoreFixtures.ingestion().ingest([line], into: store, summary: &summary)
        XCTAssertEqual(summary.added, 1)
        XCTAssertEqual(summary.alreadyStored, 1)
        XCTAssertEqual(try store.articles().map(\.name), ["from-file"])
    }

    func testARepeatWithinOneBatchIsStoredOnce() throws {
        let store = try Store(path: StoreFixtures.databasePath(), mode: .readWrite)
        var summary = Ingestion.Summary()
        let article = StoreFixtures.articles[0]
        try StoreFixtures.ingestion().ingest([article, article], into: store, summary: &summary)
        XCTAssertEqual(summary.added, 1)
        XCTAssertEqual(summary.alreadyStored, 1)
    }

    /// A full disk (a size cap of a few pages): the error names the file and says
    /// how many articles were stored; those stay, and the database stays sound.
    func testAFullDiskKeepsWhatWasCommitted() throws {
        let path = try StoreFixtures.databasePath()
        _ = try Store(path: path, mode: .readWrite)
        let store = try Store(path: path, mode: .readWrite, maxPageCount: 40)
        let articles = (0..<200).map { index in
            StoreFixtures.article("bulk-\(index)", date: "2017-01-01",
                                  String(repeating: "Turkey condemned Russia on Monday, officials said. ", count: 20) + "Number \(index).")
        }
        var summary = Ingestion.Summary()
        XCTAssertThrowsError(try StoreFixtures.ingestion().ingest(articles, into: store, summary: &summary)) { error in
            guard case .full(let errorPath, let committed)? = error as? StoreError else {
                return XCTFail("expected a full disk, got \(error)")
            }
            XCTAssertEqual(errorPath, path)
            XCTAssertEqual(committed, summary.added)
            XCTAssertTrue("\(error)".contains("full"))
        }
        XCTAssertGreaterThan(summary.added, 0)
        XCTAssertLessThan(summary.added, articles.count)
        let reopened = try Store(path: path, mode: .readWrite)
        XCTAssertEqual(try reopened.articleCount(), summary.added)
        XCTAssertTrue(try reopened.checkIntegrity().isSound)
        // With room again, the same run resumes.
        var resumed = Ingestion.Summary()
        try StoreFixtures.ingestion().ingest(articles, into: reopened, summary: &resumed)
        XCTAssertEqual(resumed.alreadyStored, summary.added)
        XCTAssertEqual(try reopened.articleCount(), articles.count)
    }

    /// Batches queued behind the writer that repeat one another: each article is
    /// stored once, whether the look-up before extraction or the writer catches
    /// the repeat, and the database is whole.
    func testThePipelineStoresRepeatsInFlightOnce() throws {
        let store = try Store(path: StoreFixtures.databasePath(), mode: .readWrite)
        let pipeline = IngestionPipeline(StoreFixtures.ingestion(), store: store, depth: 4)
        let articles = StoreFixtures.articles
        try pipeline.submit(articles)
        try pipeline.submit(articles.reversed())
        try pipeline.submit([articles[0]])
        let summary = try pipeline.finish()
        XCTAssertEqual(summary.added, 4)
        XCTAssertEqual(summary.alreadyStored, 5)
        XCTAssertEqual(try store.articleCount(), 4)
        XCTAssertEqual(summary.stances, try store.stanceCount())
        XCTAssertTrue(try store.checkIntegrity().isSound)
    }

    /// Many articles in groups of a few per transaction give the same rows, in
    /// input order, as one article per transaction.
    func testGroupsPerTransactionKeepInputOrder() throws {
        let articles = (0..<40).map { index in
            StoreFixtures.article("n-\(index)", date: "2017-01-\(10 + index % 20)",
                                  "Turkey condemned Russia on Monday. Iran backs Syria. Number \(index).")
        }
        func names(perTransaction: Int) throws -> [String] {
            let store = try Store(path: StoreFixtures.databasePath(), mode: .readWrite)
            let pipeline = IngestionPipeline(StoreFixtures.ingestion(), store: store)
            pipeline.articlesPerTransaction = perTransaction
            for start in stride(from: 0, to: articles.count, by: 16) {
                try pipeline.submit(Array(articles[start..<min(start + 16, articles.count)]))
            }
            XCTAssertEqual(try pipeline.finish().added, articles.count)
            return try DatabaseQueue(path: store.path).read { db in try String.fetchAll(db, sql: "SELECT name FROM article ORDER BY rowid") }
        }
        XCTAssertEqual(try names(perTransaction: 5), articles.map(\.id))
        XCTAssertEqual(try names(perTransaction: 1), articles.map(\.id))
    }
}
