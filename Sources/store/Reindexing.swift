import GRDB
import RelGraph

/// Re-extracts stored articles after the extractor or its dictionaries changed.
///
/// Why by version: each article records the `ExtractorVersion` that produced its
/// stances, so only stale articles are redone (all of them with `all`), and a
/// reindex that is stopped half-way resumes with the articles it had not
/// reached.
///
/// How: as ingestion, through an `IngestionPipeline` (here replacing stances):
/// the caller's thread reads a batch of stored articles on the look-up
/// connection and extracts them on all cores while the single writer commits
/// the batch before, up to 256 whole articles per transaction, and the log is
/// checkpointed and emptied at the end. (It used to read and extract a batch,
/// then write it one transaction per article: the cores idled while SQLite
/// wrote, and each commit rewrote the pages neighbouring articles share.)
public struct Reindexing: Sendable {
    public var extractor: StanceExtractor
    public var version: ExtractorVersion
    public var jobs: Int
    /// Articles read and extracted per round.
    public var batchSize = 256

    public init(extractor: StanceExtractor, version: ExtractorVersion, jobs: Int) {
        self.extractor = extractor
        self.version = version
        self.jobs = max(1, jobs)
    }

    /// What a reindex did.
    public struct Summary: Sendable, Equatable {
        /// Articles re-extracted.
        public var reindexed = 0
        /// Articles already extracted by this version and left alone.
        public var current = 0
        /// Stances of the re-extracted articles.
        public var stances = 0
    }

    /// The articles a reindex would redo, by date then name, and how many are current.
    public struct Pending: Sendable {
        /// Rowids of the articles to redo.
        public var articles: [Int64]
        public var current: Int
    }

    /// The articles of `store` whose version differs (every article with `all`).
    public func pending(in store: Store, all: Bool = false) throws -> Pending {
        let versionString = version.string
        return try store.read { db in
            let request = all ? ArticleRecord.all() : ArticleRecord.filter(Column("extractor_version") != versionString)
            let ids = try Int64.fetchAll(db, request.select(Column("id")).order(Column("date"), Column("name")))
            return Pending(articles: ids, current: try ArticleRecord.fetchCount(db) - ids.count)
        }
    }

    /// Re-extracts the articles of `store` whose version differs (every article
    /// with `all`).
    public func run(_ store: Store, all: Bool = false) throws -> Summary {
        try run(store, pending: pending(in: store, all: all))
    }

    /// Re-extracts `pending`. `progress` is called after each batch is handed to
    /// the writer, with its articles and their bytes of text. On failure (a full
    /// disk) the articles committed before it stay re-extracted and the error
    /// says how many.
    public func run(_ store: Store, pending: Pending,
                    progress: (_ articles: Int, _ bytes: Int) -> Void = { _, _ in }) throws -> Summary {
        let pipeline = IngestionPipeline(Ingestion(extractor: extractor, version: version, jobs: jobs), store: store,
                                         depth: 2, replacing: true)
        var start = 0
        while start < pending.articles.count {
            let ids = Array(pending.articles[start..<min(start + batchSize, pending.articles.count)])
            start += ids.count
            let records = try store.lookup { db in try ArticleRecord.fetchAll(db, keys: ids) }
            let (extractor, version) = (self.extractor, self.version)
            let prepared = ParallelMap.run(records.count, width: jobs) { index -> PreparedArticle in
                let article = records[index].article
                return PreparedArticle(ExtractedArticle(id: records[index].hash, article: article,
                                                        graph: extractor.extract(article)), version: version)
            }
            try pipeline.submitReplacing(prepared)
            progress(ids.count, records.reduce(0) { $0 + $1.body.utf8.count })
        }
        let written = try pipeline.finish()
        return Summary(reindexed: written.added, current: pending.current, stances: written.stances)
    }
}
