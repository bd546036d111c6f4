import GRDB

/// Whether a database is whole: SQLite's own `PRAGMA integrity_check`, foreign
/// keys, and every article with as many stances as were extracted from it.
///
/// Why beyond SQLite's check: a store that lost half an article's stances would
/// pass `integrity_check`; each article records its stance count in the same
/// transaction as its stances, so a missing one shows here.
public struct IntegrityReport: Sendable, Equatable {
    /// SQLite's findings; `["ok"]` when the file is sound.
    public var sqlite: [String]
    /// Rows whose foreign key points nowhere.
    public var foreignKeyViolations: Int
    /// Names of articles whose stored stances do not number `stance_count`.
    public var incompleteArticles: [String]
    public var articles: Int
    public var stances: Int

    public var isSound: Bool { sqlite == ["ok"] && foreignKeyViolations == 0 && incompleteArticles.isEmpty }
}

extension Store {
    /// Checks the whole database (reads every page: seconds for a large store).
    public func checkIntegrity() throws -> IntegrityReport {
        try read { db in
            IntegrityReport(
                sqlite: try String.fetchAll(db, sql: "PRAGMA integrity_check"),
                foreignKeyViolations: try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count,
                incompleteArticles: try String.fetchAll(db, sql: """
                    SELECT name FROM article
                    WHERE stance_count != (SELECT count(*) FROM stance WHERE stance.article = article.id)
                    ORDER BY name
                    """),
                articles: try ArticleRecord.fetchCount(db),
                stances: try StanceRecord.fetchCount(db))
        }
    }
}
