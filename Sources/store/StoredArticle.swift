import Foundation
import GRDB
import RelGraph

/// An article with the graph extracted from it, ready to be written as one
/// unit; what the ingest and reindex pipelines hand to the single writer.
public struct ExtractedArticle: Sendable {
    /// SHA-256 of the body (see `ContentHash`).
    public var id: String
    public var article: Article
    public var graph: StanceGraph

    public init(id: String, article: Article, graph: StanceGraph) {
        self.id = id
        self.article = article
        self.graph = graph
    }

    /// The id an article gets in the store: the SHA-256 of its body, so the same
    /// text is stored once whatever its file name or header.
    public static func id(of article: Article) -> String {
        ContentHash.sha256(article.body)
    }
}

extension Store {
    /// Which of `ids` are stored already.
    public func storedIDs(among ids: [String]) throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        return try read { db in
            Set(try String.fetchAll(db, ArticleRecord.select(Column("id")).filter(ids.contains(Column("id")))))
        }
    }

    /// Stores `extracted` (article, actors, stances, evidence) in one transaction,
    /// replacing any earlier extraction of the same article. `committed` is how
    /// many articles this run stored before, for the message if the disk is full.
    public func save(_ extracted: ExtractedArticle, version: ExtractorVersion, committed: Int = 0) throws {
        let now = Self.timestamp()
        try write(committed: committed) { db in
            let replaced = try Row.fetchOne(db.cachedStatement(sql: "SELECT name, ingested_at FROM article WHERE id = ?"),
                                            arguments: [extracted.id])
            if replaced != nil {
                // A reindex: the article's old actors and stances (and, by cascade, evidence) go.
                try db.cachedStatement(sql: "DELETE FROM actor WHERE article_id = ?").execute(arguments: [extracted.id])
                try db.cachedStatement(sql: "DELETE FROM stance WHERE article_id = ?").execute(arguments: [extracted.id])
            }
            var record = ArticleRecord(id: extracted.id, article: extracted.article, version: version,
                                       stanceCount: extracted.graph.stances.count,
                                       ingestedAt: replaced?["ingested_at"] ?? now)
            if let replaced { record.name = replaced["name"] }
            try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO article (id, name, url, title, date, extra, body, extractor_version, stance_count, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [record.id, record.name, record.url, record.title, record.date, record.extra,
                                         record.body, record.extractorVersion, record.stanceCount, record.ingestedAt])
            try Self.insertGraph(extracted.graph, articleID: extracted.id, db: db)
        }
    }

    /// Inserts a graph's rows through cached statements: the store's hot path.
    static func insertGraph(_ graph: StanceGraph, articleID: String, db: Database) throws {
        let actorInsert = try db.cachedStatement(sql: "INSERT INTO actor (article_id, id, position, name, kind, aliases) VALUES (?, ?, ?, ?, ?, ?)")
        for (position, actor) in graph.actors.enumerated() {
            let record = ActorRecord(articleID: articleID, position: position, actor: actor)
            try actorInsert.execute(arguments: [articleID, record.id, position, record.name, record.kind, record.aliases])
        }
        let stanceInsert = try db.cachedStatement(sql: "INSERT INTO stance (article_id, source, target, kind, count) VALUES (?, ?, ?, ?, ?)")
        let evidenceInsert = try db.cachedStatement(sql: """
            INSERT INTO evidence (stance_id, position, text, start, "end", rule) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for stance in graph.stances {
            try stanceInsert.execute(arguments: [articleID, stance.source, stance.target, stance.kind.rawValue, stance.count])
            let stanceID = db.lastInsertedRowID
            for (position, evidence) in stance.evidence.enumerated() {
                try evidenceInsert.execute(arguments: [stanceID, position, evidence.text, evidence.start, evidence.end, evidence.rule])
            }
        }
    }

    /// Now, as ISO 8601 in UTC (`2026-11-24T21:01:00Z`), without the cost of a date formatter.
    static func timestamp() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }
}
