import RelGraph
import RelGraphStore
import XCTest

final class ReindexingTests: XCTestCase {
    func testReindexesOnlyArticlesOfAnotherVersion() throws {
        let store = try StoreFixtures.filledStore()
        var summary = Ingestion.Summary()
        let late = StoreFixtures.article("e-late", date: "2016-10-01", "Russia backs Syria in its fight against Islamic State.")
        try StoreFixtures.ingestion(version: StoreFixtures.otherVersion).ingest([late], into: store, summary: &summary)

        let reindexing = Reindexing(extractor: StoreFixtures.extractor, version: StoreFixtures.otherVersion, jobs: 2)
        let first = try reindexing.run(store)
        XCTAssertEqual(first.reindexed, 4)
        XCTAssertEqual(first.current, 1)
        XCTAssertEqual(Set(try store.extractorVersions().values), [StoreFixtures.otherVersion.string])

        let second = try reindexing.run(store)
        XCTAssertEqual(second.reindexed, 0)
        XCTAssertEqual(second.current, 5)

        let all = try reindexing.run(store, all: true)
        XCTAssertEqual(all.reindexed, 5)
        XCTAssertTrue(try store.checkIntegrity().isSound)
    }

    func testReindexWithAnotherDictionaryChangesTheStances() throws {
        let store = try StoreFixtures.filledStore()
        let before = try store.stanceCount()
        // A dictionary that adds an actor: "Ruritania" now counts.
        let extra = try ActorDictionary(yaml: """
            actors:
              - id: RUR
                name: Ruritania
                kind: state
            """, fileName: "extra.yaml")
        let extractor = StanceExtractor(dictionary: try ActorDictionary.builtin().merging(extra), lexicon: try .builtin())
        var summary = Ingestion.Summary()
        try StoreFixtures.ingestion().ingest([StoreFixtures.article("f-ruritania", date: nil, "Ruritania condemned Russia on Monday.")],
                                             into: store, summary: &summary)
        XCTAssertEqual(try store.stanceCount(), before)
        _ = try Reindexing(extractor: extractor, version: StoreFixtures.otherVersion, jobs: 1).run(store)
        XCTAssertEqual(try store.stanceCount(), before + 1)
        XCTAssertTrue(try store.checkIntegrity().isSound)
    }

    /// A reindex ends as an ingest does: its log copied into the database and
    /// emptied, and every article whole, re-extracted by the new version.
    func testReindexEmptiesTheLogAndLeavesEveryArticleWhole() throws {
        let store = try StoreFixtures.filledStore(StoreFixtures.manyArticles(600))
        let summary = try Reindexing(extractor: StoreFixtures.extractor, version: StoreFixtures.otherVersion, jobs: 2).run(store)
        XCTAssertEqual(summary.reindexed, 600)
        XCTAssertEqual(summary.stances, try store.stanceCount())
        XCTAssertEqual(try StoreFixtures.size(of: store.path + "-wal"), 0, "the log is checkpointed and truncated")
        XCTAssertEqual(Set(try store.extractorVersions().values), [StoreFixtures.otherVersion.string])
        XCTAssertTrue(try store.checkIntegrity().isSound)
        for article in StoreFixtures.manyArticles(600).prefix(5) {
            let stored = try XCTUnwrap(try store.graph(ofArticle: ExtractedArticle.id(of: article)))
            XCTAssertEqual(stored.graph, StoreFixtures.extractor.extract(article))
        }
    }

    /// Progress comes a batch at a time, adding up to the articles re-extracted.
    func testReportsProgressPerBatch() throws {
        let store = try StoreFixtures.filledStore(StoreFixtures.manyArticles(300))
        var reindexing = Reindexing(extractor: StoreFixtures.extractor, version: StoreFixtures.otherVersion, jobs: 2)
        reindexing.batchSize = 128
        let pending = try reindexing.pending(in: store)
        XCTAssertEqual(pending.articles.count, 300)
        var steps: [Int] = []
        var bytes = 0
        _ = try reindexing.run(store, pending: pending) { articles, size in
            steps.append(articles)
            bytes += size
        }
        XCTAssertEqual(steps, [128, 128, 44])
        XCTAssertEqual(bytes, StoreFixtures.manyArticles(300).reduce(0) { $0 + $1.body.utf8.count })
    }
}
