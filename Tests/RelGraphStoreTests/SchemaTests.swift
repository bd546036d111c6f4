import Foundation
import GRDB
import RelGraph
import RelGraphStore
import XCTest

/// Migrations of databases written by earlier RelGraph versions.
final class SchemaTests: XCTestCase {
    /// A database keyed by the verbatim body (before "v2-normalised-hash"),
    /// holding the same text twice (CRLF and LF): reading asks for an upgrade,
    /// opening for writing re-keys every article from its body and keeps the
    /// first copy, and the database stays whole.
    func testReKeysArticlesOfTheVerbatimLayout() throws {
        let path = try StoreFixtures.databasePath()
        do {
            let store = try Store(path: path, mode: .readWrite)
            var summary = Ingestion.Summary()
            try StoreFixtures.ingestion().ingest([StoreFixtures.article("first", date: "2016-08-01", "Turkey condemned Russia.\n")],
                                                 into: store, summary: &summary)
            try StoreFixtures.ingestion().ingest([StoreFixtures.article("second", date: nil, "Egypt condemned Qatar.")],
                                                 into: store, summary: &summary)
            XCTAssertEqual(summary.added, 2)
        }
        do {
            // Back to the old keys, with "second" the same text as "first" but for its line ending.
            let old = try DatabaseQueue(path: path)
            try old.write { db in
                try db.execute(sql: "UPDATE article SET body = ? WHERE name = 'second'", arguments: ["Turkey condemned Russia.\r\n"])
                for row in try Row.fetchAll(db, sql: "SELECT id, body FROM article") {
                    try db.execute(sql: "UPDATE article SET hash = ? WHERE id = ?",
                                   arguments: [ContentHash.sha256(row["body"] as String), row["id"] as Int64])
                }
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v2-normalised-hash'")
            }
            try old.close()
        }
        XCTAssertThrowsError(try Store(path: path, mode: .readOnly)) { error in
            XCTAssertTrue("\(error)".contains("relgraph reindex --db"), "\(error)")
        }
        let store = try Store(path: path, mode: .readWrite)
        let articles = try store.articles()
        XCTAssertEqual(articles.map(\.name), ["first"])
        XCTAssertEqual(articles.first?.id, ArticleKey.of("Turkey condemned Russia."))
        XCTAssertTrue(try store.checkIntegrity().isSound)
        var summary = Ingestion.Summary()
        try StoreFixtures.ingestion().ingest([StoreFixtures.article("again", date: nil, "Turkey condemned Russia.")],
                                             into: store, summary: &summary)
        XCTAssertEqual(summary.alreadyStored, 1)
        XCTAssertEqual(try Store(path: path, mode: .readOnly).articleCount(), 1)
    }
}
