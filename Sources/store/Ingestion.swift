import Foundation
import RelGraph

/// Stores articles with their stances: extraction on all cores, writes
/// serialised through the store's single connection by `IngestionPipeline`,
/// several whole articles per transaction.
///
/// Why batches: the caller feeds articles a batch at a time (a few dozen files,
/// or JSON lines), so memory is that of one batch however large the corpus.
/// Articles already stored (same body, same `ArticleKey`) are skipped before they
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

        /// Adds another run's counts to these.
        public mutating func add(_ other: Summary) {
            added += other.added
            alreadyStored += other.alreadyStored
            stances += other.stances
        }
    }

    /// Stores the new articles among `articles`, in order, adding to `summary`:
    /// one batch through an `IngestionPipeline` (for a stream of batches, use the
    /// pipeline, which overlaps extraction and writing). On failure (a full
    /// disk, say) the articles committed before it stay stored, `summary`
    /// counts them and the error says how many.
    public func ingest(_ articles: [Article], into store: Store, summary: inout Summary) throws {
        let pipeline = IngestionPipeline(self, store: store)
        defer { summary.add(pipeline.summary) }
        try pipeline.submit(articles)
        try pipeline.finish()
    }
}
