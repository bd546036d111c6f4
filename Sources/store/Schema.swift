import GRDB

/// The store's tables and how a database reaches the current layout.
///
/// Why a migrator: a database outlives the binary that created it, so every
/// change of layout is a new, named migration applied in order, and a database
/// that knows migrations this binary does not was written by a newer RelGraph
/// (refused rather than damaged). The SQLite `application_id` marks the file as
/// RelGraph's, so another program's database is never mistaken for an empty store.
///
/// Layout (v1): `article` (id = SHA-256 of the body, name, url, title, date,
/// extra JSON, body, extractor_version, stance_count), `actor` (per article:
/// id, position in the graph, name, kind, aliases JSON), `stance` (per article: source, target, kind,
/// count), `evidence` (per stance: position, text, start, end, rule). Deleting
/// an article deletes the rest (foreign keys with ON DELETE CASCADE).
enum Schema {
    /// `PRAGMA application_id`: "RGdb".
    static let applicationID: Int32 = 0x5247_6462

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: """
                CREATE TABLE article (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    url TEXT,
                    title TEXT,
                    date TEXT,
                    extra TEXT NOT NULL DEFAULT '{}',
                    body TEXT NOT NULL,
                    extractor_version TEXT NOT NULL,
                    stance_count INTEGER NOT NULL,
                    ingested_at TEXT NOT NULL
                );
                CREATE INDEX article_date ON article(date);
                CREATE INDEX article_version ON article(extractor_version);
                CREATE TABLE actor (
                    article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    id TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    aliases TEXT NOT NULL DEFAULT '[]',
                    PRIMARY KEY (article_id, id)
                ) WITHOUT ROWID;
                CREATE INDEX actor_id ON actor(id);
                CREATE TABLE stance (
                    id INTEGER PRIMARY KEY,
                    article_id TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    source TEXT NOT NULL,
                    target TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    count INTEGER NOT NULL
                );
                CREATE INDEX stance_article ON stance(article_id);
                CREATE INDEX stance_source ON stance(source);
                CREATE INDEX stance_target ON stance(target);
                CREATE TABLE evidence (
                    id INTEGER PRIMARY KEY,
                    stance_id INTEGER NOT NULL REFERENCES stance(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    start INTEGER,
                    "end" INTEGER,
                    rule TEXT
                );
                CREATE INDEX evidence_stance ON evidence(stance_id);
                """)
        }
        return migrator
    }
}
