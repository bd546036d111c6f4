import Foundation
import RelGraph

/// Stores articles with their stances: extraction on all cores, writes
/// serialised through the store's single connection, one transaction per article.
///
/// Why batches: the caller feeds articles a batch at a time (a few dozen files,
/// or JSON lines), so memory is that of one batch however large the corpus.
/// Articles already stored (same body, same SHA-256) are skipped before they
/// are extracted, which makes a second run cheap and a killed run resume where
/// it stopped.
public struct Ingestion: Sendable {
    public var extractor: StanceExtractor
    public var version: ExtractorVersion
    /// Articles extracted at the same time.
    public var jobs: Int

    public init(extractor: StanceExtractor, version: ExtractorVersion, jobs: Int) {
        self.extractor = extractor
        self.version = version
        self.jobs = max(1, jobs)
    }

    /// What a run did.
    public struct Summary: Sendable, Equatable {
        /// Articles stored by this run.
        public var added = 0
        /// Articles that were stored already (or repeated within the run).
        public var alreadyStored = 0
        /// Stances of the articles added.
        public var stances = 0

        public init() {}
    }

    /// Stores the new articles among `articles`, in order, each in its own
    /// transaction, adding to `summary`. On failure (a full disk, say) the
    /// articles before the failing one stay stored and the error says how many.
    public func ingest(_ articles: [Article], into store: Store, summary: inout Summary) throws {
        guard !articles.isEmpty else { return }
        let ids = ParallelMap.run(articles.count, width: jobs) { ExtractedArticle.id(of: articles[$0]) }
        let stored = try store.storedIDs(among: ids)
        var seen = Set<String>()
        var fresh: [Int] = []
        for (index, id) in ids.enumerated() {
            if stored.contains(id) || !seen.insert(id).inserted {
                summary.alreadyStored += 1
            } else {
                fresh.append(index)
            }
        }
        let extractor = self.extractor
        let chosen = fresh
        let graphs = ParallelMap.run(chosen.count, width: jobs) { extractor.extract(articles[chosen[$0]]) }
        for (index, graph) in zip(fresh, graphs) {
            try store.save(ExtractedArticle(id: ids[index], article: articles[index], graph: graph),
                           version: version, committed: summary.added)
            summary.added += 1
            summary.stances += graph.stances.count
        }
    }
}
