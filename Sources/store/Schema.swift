import GRDB

/// The store's tables and how a database reaches the current layout.
///
/// Why a migrator: a database outlives the binary that created it, so every
/// change of layout is a new, named migration applied in order, and a database
/// that knows migrations this binary does not was written by a newer RelGraph
/// (refused rather than damaged). The SQLite `application_id` marks the file as
/// RelGraph's, so another program's database is never mistaken for an empty store.
///
/// Layout (migration "v1-int-keys"): `article` (an integer rowid `id`, `hash` =
/// the article's key, `ArticleKey`: SHA-256 of the normalised body as hex,
/// unique, since "v2-normalised-hash"; name, url, title, date, extra JSON, body,
/// extractor_version, stance_count, ingested_at), `actor` (key: article,
/// position; id, name, kind, aliases JSON), `stance` (key: article, position;
/// source and target = positions of actors of the same article, kind, count),
/// `evidence` (key: article, stance, position; text, start, end, rule).
///
/// Why this shape: ingest must keep up with extraction, and the single writer's
/// cost is B-tree inserts. The content hash is stored once, on the article;
/// every other row carries the article's small integer rowid, and actor, stance
/// and evidence are `WITHOUT ROWID` tables clustered by that key, so an
/// article's rows are appended at the right edge of their table and read or
/// deleted as one range, with no separate index per table. A stance names its
/// actors by position, so no index on actor ids is needed beyond `actor_id`
/// (the actor look-up of `query`); the rows of an article are deleted with it
/// (foreign keys with ON DELETE CASCADE).
enum Schema {
    /// `PRAGMA application_id`: "RGdb".
    static let applicationID: Int32 = 0x5247_6462

    /// The migration of the first development layout (64-character text keys
    /// in every row), replaced without a migration before the store had users:
    /// a file that has it is refused with `StoreError.outdatedLayout`.
    static let retiredMigrations: Set<String> = ["v1"]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-int-keys") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.execute(sql: """
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY,
                    hash TEXT NOT NULL UNIQUE,
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
                CREATE TABLE actor (
                    article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    name TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    aliases TEXT NOT NULL DEFAULT '[]',
                    PRIMARY KEY (article, position)
                ) WITHOUT ROWID;
                CREATE INDEX actor_id ON actor(id);
                CREATE TABLE stance (
                    article INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    source INTEGER NOT NULL,
                    target INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    count INTEGER NOT NULL,
                    PRIMARY KEY (article, position)
                ) WITHOUT ROWID;
                CREATE TABLE evidence (
                    article INTEGER NOT NULL,
                    stance INTEGER NOT NULL,
                    position INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    start INTEGER,
                    "end" INTEGER,
                    rule TEXT,
                    PRIMARY KEY (article, stance, position),
                    FOREIGN KEY (article, stance) REFERENCES stance(article, position) ON DELETE CASCADE
                ) WITHOUT ROWID;
                """)
        }
        // Article keys ignore line endings, a byte order mark and trailing
        // blanks (`ArticleKey`): every stored article is re-keyed from its
        // verbatim body, and articles that now share a key (the same text
        // stored twice under the old keys) keep the first stored, the others
        // going with their rows. The layout is unchanged.
        migrator.registerMigration("v2-normalised-hash") { db in
            db.add(function: DatabaseFunction("relgraph_article_key", argumentCount: 1, pure: true) { values in
                String.fromDatabaseValue(values[0]).map(ArticleKey.of)
            })
            try db.execute(sql: """
                CREATE TEMP TABLE rekeyed (id INTEGER PRIMARY KEY, hash TEXT NOT NULL);
                INSERT INTO rekeyed SELECT id, relgraph_article_key(body) FROM article;
                CREATE INDEX temp.rekeyed_hash ON rekeyed(hash, id);
                CREATE TEMP TABLE duplicate (id INTEGER PRIMARY KEY);
                INSERT INTO duplicate SELECT id FROM rekeyed r
                    WHERE EXISTS (SELECT 1 FROM rekeyed o WHERE o.hash = r.hash AND o.id < r.id);
                DELETE FROM evidence WHERE article IN (SELECT id FROM duplicate);
                DELETE FROM stance WHERE article IN (SELECT id FROM duplicate);
                DELETE FROM actor WHERE article IN (SELECT id FROM duplicate);
                DELETE FROM article WHERE id IN (SELECT id FROM duplicate);
                UPDATE article SET hash = (SELECT hash FROM rekeyed WHERE rekeyed.id = article.id)
                    WHERE hash != (SELECT hash FROM rekeyed WHERE rekeyed.id = article.id);
                DROP TABLE rekeyed;
                DROP TABLE duplicate;
                """)
        }
        return migrator
    }
}
