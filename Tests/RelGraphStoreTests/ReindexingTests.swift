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
}
