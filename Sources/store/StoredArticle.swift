import Foundation
import GRDB
import RelGraph

/// An article with the graph extracted from it, ready to be written as one
/// unit; what the ingest and reindex pipelines hand to the single writer.
public struct ExtractedArticle: Sendable {
    /// The article's key (see `ArticleKey`).
    public var id: String
    public var article: Article
    public var graph: StanceGraph

    public init(id: String, article: Article, graph: StanceGraph) {
        self.id = id
        self.article = article
        self.graph = graph
    }

    /// The id an article gets in the store: its `ArticleKey`, the SHA-256 of
    /// its body with line endings, a byte order mark and trailing blanks
    /// normalised, so the same text is stored once whatever its file name,
    /// header or line endings.
    public static func id(of article: Article) -> String {
        ArticleKey.of(article.body)
    }
}

extension Store {
    /// Which of `ids` are stored already (as of the last commit: it does not
    /// wait for a write in progress).
    public func storedIDs(among ids: [String]) throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        return try lookup { db in
            Set(try String.fetchAll(db, ArticleRecord.select(Column("hash")).filter(ids.contains(Column("hash")))))
        }
    }

    /// Stores `extracted` (article, actors, stances, evidence) in one transaction,
    /// replacing any earlier extraction of the same article (which keeps its
    /// rowid, name and ingestion time). `committed` is how many articles this
    /// run stored before, for the message if the disk is full.
    public func save(_ extracted: ExtractedArticle, version: ExtractorVersion, committed: Int = 0) throws {
        let prepared = PreparedArticle(extracted, version: version)
        let now = Self.timestamp()
        try write(committed: committed) { db in
            let replaced = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, name, ingested_at FROM article WHERE hash = ?"),
                                            arguments: [prepared.id])
            var record = prepared.record
            record.ingestedAt = now
            if let replaced {
                // A reindex: the article's old actors and stances (and, by cascade, evidence) go.
                let rowID: Int64 = replaced["id"]
                try db.cachedStatement(sql: "DELETE FROM actor WHERE article = ?").execute(arguments: [rowID])
                try db.cachedStatement(sql: "DELETE FROM stance WHERE article = ?").execute(arguments: [rowID])
                record.id = rowID
                record.name = replaced["name"]
                record.ingestedAt = replaced["ingested_at"]
            }
            try Self.insert(prepared, record: record, conflict: .replace, db: db)
        }
    }

    /// Stores the articles of `group` that are not stored yet, all in one
    /// transaction, and says which were added (the others were stored already,
    /// by an earlier batch of the same run or by another process).
    ///
    /// Why several articles per transaction: a commit writes every page the
    /// transaction touched to the write-ahead log, and the pages of the tables'
    /// and indexes' right edges are the same for neighbouring articles; a group
    /// writes them once. Each article is still whole or absent: the group is
    /// committed or rolled back as a unit, never in part.
    public func insertNew(_ group: [PreparedArticle], committed: Int = 0) throws -> [Bool] {
        guard !group.isEmpty else { return [] }
        let now = Self.timestamp()
        return try write(committed: committed) { db in
            try group.map { prepared in
                var record = prepared.record
                record.ingestedAt = now
                return try Self.insert(prepared, record: record, conflict: .ignore, db: db)
            }
        }
    }

    /// Inserts an article's rows through cached statements: the store's hot
    /// path. With `.ignore`, an article stored already (same hash) is left as it
    /// is and nothing is written (the insert's own look-up in the unique index
    /// tells, no extra query); with `.replace` and `record.id` set, the article
    /// row is rewritten in place. Returns whether the rows were written.
    @discardableResult
    static func insert(_ prepared: PreparedArticle, record: ArticleRecord, conflict: Database.ConflictResolution,
                       db: Database) throws -> Bool {
        try db.cachedStatement(sql: """
            INSERT OR \(conflict.rawValue) INTO article
            (id, hash, name, url, title, date, extra, body, extractor_version, stance_count, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [record.id, record.hash, record.name, record.url, record.title, record.date,
                                     record.extra, record.body, record.extractorVersion, record.stanceCount,
                                     record.ingestedAt])
        guard db.changesCount > 0 else { return false }
        let article = db.lastInsertedRowID
        let actorInsert = try db.cachedStatement(sql: "INSERT INTO actor (article, position, id, name, kind, aliases) VALUES (?, ?, ?, ?, ?, ?)")
        for actor in prepared.actors {
            try actorInsert.execute(arguments: [article, actor.position, actor.id, actor.name, actor.kind, actor.aliases])
        }
        let stanceInsert = try db.cachedStatement(sql: "INSERT INTO stance (article, position, source, target, kind, count) VALUES (?, ?, ?, ?, ?, ?)")
        let evidenceInsert = try db.cachedStatement(sql: """
            INSERT INTO evidence (article, stance, position, text, start, "end", rule) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for (position, stance) in prepared.stances.enumerated() {
            try stanceInsert.execute(arguments: [article, position, stance.source, stance.target, stance.kind, stance.count])
            for (index, evidence) in stance.evidence.enumerated() {
                try evidenceInsert.execute(arguments: [article, position, index, evidence.text, evidence.start, evidence.end, evidence.rule])
            }
        }
        return true
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
