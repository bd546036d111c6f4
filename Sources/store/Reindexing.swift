import GRDB
import RelGraph

/// Re-extracts stored articles after the extractor or its dictionaries changed.
///
/// Why by version: each article records the `ExtractorVersion` that produced its
/// stances, so only stale articles are redone (all of them with `all`), and a
/// reindex that is stopped half-way resumes with the articles it had not
/// reached. Like ingestion, extraction runs on all cores and each article is
/// rewritten in its own transaction.
public struct Reindexing: Sendable {
    public var extractor: StanceExtractor
    public var version: ExtractorVersion
    public var jobs: Int
    /// Articles read and extracted per round.
    public var batchSize = 64

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

    /// Re-extracts the articles of `store` whose version differs (every article
    /// with `all`). `progress` is called after each batch with the count so far.
    public func run(_ store: Store, all: Bool = false, progress: (Int, Int) -> Void = { _, _ in }) throws -> Summary {
        let versionString = version.string
        let (pending, total) = try store.read { db -> ([Int64], Int) in
            let request = all ? ArticleRecord.all() : ArticleRecord.filter(Column("extractor_version") != versionString)
            let ids = try Int64.fetchAll(db, request.select(Column("id")).order(Column("date"), Column("name")))
            return (ids, try ArticleRecord.fetchCount(db))
        }
        var summary = Summary()
        summary.current = total - pending.count
        var start = 0
        while start < pending.count {
            let ids = Array(pending[start..<min(start + batchSize, pending.count)])
            start += ids.count
            let records = try store.read { db in try ArticleRecord.fetchAll(db, keys: ids) }
            let extractor = self.extractor
            let graphs = ParallelMap.run(records.count, width: jobs) { extractor.extract(records[$0].article) }
            for (record, graph) in zip(records, graphs) {
                try store.save(ExtractedArticle(id: record.hash, article: record.article, graph: graph),
                               version: version, committed: summary.reindexed)
                summary.reindexed += 1
                summary.stances += graph.stances.count
            }
            progress(summary.reindexed, pending.count)
        }
        return summary
    }
}
