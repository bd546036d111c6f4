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

    /// Rewrites the stances of the stored articles of `group` (a reindex), all
    /// in one transaction: each article's actors, stances and evidence are
    /// replaced by the prepared ones and its extractor version and stance count
    /// updated; its row keeps its text, name, header and ingestion time, so
    /// neither the content-hash nor the date index is touched. Says which were
    /// rewritten (an article deleted meanwhile is not).
    ///
    /// Why grouped: one commit per article wrote the pages that neighbouring
    /// articles share (the tables' right edges, the actor-id index) once per
    /// article; that made a reindex several times slower than the ingest
    /// that stored the same articles.
    public func replaceStances(_ group: [PreparedArticle], committed: Int = 0) throws -> [Bool] {
        guard !group.isEmpty else { return [] }
        return try write(committed: committed) { db in
            let find = try db.cachedStatement(sql: "SELECT id FROM article WHERE hash = ?")
            let update = try db.cachedStatement(sql: "UPDATE article SET extractor_version = ?, stance_count = ? WHERE id = ?")
            return try group.map { prepared in
                guard let rowID = try Int64.fetchOne(find, arguments: [prepared.id]) else { return false }
                for table in ["evidence", "stance", "actor"] {
                    try db.cachedStatement(sql: "DELETE FROM \(table) WHERE article = ?").execute(arguments: [rowID])
                }
                try update.execute(arguments: [prepared.record.extractorVersion, prepared.record.stanceCount, rowID])
                try Self.insertRows(of: prepared, article: rowID, db: db)
                return true
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
        try insertRows(of: prepared, article: db.lastInsertedRowID, db: db)
        return true
    }

    /// Inserts the actors, stances and evidence of `prepared` under the article rowid `article`.
    static func insertRows(of prepared: PreparedArticle, article: Int64, db: Database) throws {
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
