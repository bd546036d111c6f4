import Dispatch
import Foundation
import RelGraph

/// Ingestion as a two-stage pipeline: the caller's thread extracts a batch on
/// all cores while a single writer commits the batch before it.
///
/// Why: extraction is parallel but the store has one writer, so done in turn
/// (extract a batch, then write it) every core idles while SQLite writes. Here
/// the writer runs on its own serial queue and takes batches from a bounded
/// queue of `depth` batches: when it falls behind, `submit` waits (back-pressure),
/// so memory is that of `depth + 1` batches however large the corpus.
///
/// Order and safety: batches are committed in the order they were submitted,
/// articles in their order within a batch, so the same input gives the same
/// database. A transaction covers at most `articlesPerTransaction` whole
/// articles (see `Store.insertNew`): a process killed at any moment leaves
/// whole articles only, and running it again skips them (their id is the
/// SHA-256 of the normalised text, `ArticleKey`) and stores the rest. If a group cannot be committed (a
/// full disk), it is retried article by article, so as many articles as fit
/// are kept and the error says exactly how many this run stored.
///
/// Articles already stored are skipped before extraction (a cheap look-up of
/// their ids); one stored meanwhile by an earlier batch still in the queue is
/// caught by the writer, inside its transaction, and counted as already stored.
public final class IngestionPipeline: @unchecked Sendable {
    public let ingestion: Ingestion
    public let store: Store
    /// Whole articles per transaction, at most. Larger groups write the pages
    /// they share once; a killed run loses (and redoes) at most one group.
    public var articlesPerTransaction = 256

    /// Whether the writer replaces the stances of stored articles (a reindex)
    /// instead of adding new articles.
    private let replacing: Bool
    private let writer = DispatchQueue(label: "RelGraphStore.IngestionPipeline.writer")
    private let room: DispatchSemaphore
    /// Guards `written` and `failure`, which the writer changes.
    private let lock = NSLock()
    private var written = Ingestion.Summary()
    private var failure: Error?
    /// Articles skipped before extraction; the caller's thread only.
    private var skipped = 0

    /// A pipeline into `store`; `depth` batches may wait for the writer.
    public convenience init(_ ingestion: Ingestion, store: Store, depth: Int = 2) {
        self.init(ingestion, store: store, depth: depth, replacing: false)
    }

    /// With `replacing`, the writer rewrites the stances of articles that are
    /// stored already (`Store.replaceStances`), as `Reindexing` needs; batches
    /// then come through `submitReplacing`.
    init(_ ingestion: Ingestion, store: Store, depth: Int, replacing: Bool) {
        self.ingestion = ingestion
        self.store = store
        self.replacing = replacing
        room = DispatchSemaphore(value: max(1, depth))
    }

    /// What the run did so far: articles committed, found already stored, and
    /// the stances of those committed.
    public var summary: Ingestion.Summary {
        lock.lock()
        defer { lock.unlock() }
        var summary = written
        summary.alreadyStored += skipped
        return summary
    }

    private var writerFailure: Error? {
        lock.lock()
        defer { lock.unlock() }
        return failure
    }

    /// Extracts the new articles among `articles` on all cores and queues them
    /// for the writer, waiting while `depth` batches are queued. Throws the
    /// writer's error as soon as it has one (nothing more is written then).
    public func submit(_ articles: [Article]) throws {
        if let failure = writerFailure { throw failure }
        guard !articles.isEmpty else { return }
        let jobs = ingestion.jobs
        let ids = ParallelMap.run(articles.count, width: jobs) { ExtractedArticle.id(of: articles[$0]) }
        let stored = try store.storedIDs(among: ids)
        var seen = Set<String>()
        var fresh: [Int] = []
        for (index, id) in ids.enumerated() {
            if stored.contains(id) || !seen.insert(id).inserted {
                skipped += 1
            } else {
                fresh.append(index)
            }
        }
        guard !fresh.isEmpty else { return }
        let (extractor, version, chosen) = (ingestion.extractor, ingestion.version, fresh)
        let prepared = ParallelMap.run(chosen.count, width: jobs) { slot -> PreparedArticle in
            let article = articles[chosen[slot]]
            return PreparedArticle(ExtractedArticle(id: ids[chosen[slot]], article: article, graph: extractor.extract(article)),
                                   version: version)
        }
        enqueue(prepared)
    }

    /// Queues articles re-extracted from the store for a replacing writer,
    /// waiting while `depth` batches are queued.
    func submitReplacing(_ prepared: [PreparedArticle]) throws {
        precondition(replacing, "submitReplacing needs a replacing pipeline")
        if let failure = writerFailure { throw failure }
        guard !prepared.isEmpty else { return }
        enqueue(prepared)
    }

    private func enqueue(_ prepared: [PreparedArticle]) {
        room.wait()
        writer.async { [self] in
            defer { room.signal() }
            write(prepared)
        }
    }

    /// Waits for the writer to commit everything submitted and checkpoints the
    /// log (`Store.checkpoint`); returns the summary, or throws the writer's
    /// error (the summary then counts what was committed before it).
    @discardableResult
    public func finish() throws -> Ingestion.Summary {
        writer.sync {}
        if let failure = writerFailure { throw failure }
        store.checkpoint()
        return summary
    }

    /// The writer's work on one batch: groups of whole articles, each in one
    /// transaction; after a failure, nothing more.
    private func write(_ batch: [PreparedArticle]) {
        guard writerFailure == nil else { return }
        var start = 0
        while start < batch.count {
            let group = Array(batch[start..<min(start + articlesPerTransaction, batch.count)])
            start += group.count
            do {
                record(group, added: try store(group))
            } catch {
                // Keep what fits: the same articles one transaction each, up to the one that fails.
                for prepared in group {
                    do {
                        record([prepared], added: try store([prepared]))
                    } catch {
                        lock.lock()
                        failure = error
                        lock.unlock()
                        return
                    }
                }
            }
        }
    }

    /// Writes `group` in one transaction; which articles were written.
    private func store(_ group: [PreparedArticle]) throws -> [Bool] {
        replacing ? try store.replaceStances(group, committed: summary.added)
            : try store.insertNew(group, committed: summary.added)
    }

    private func record(_ group: [PreparedArticle], added: [Bool]) {
        lock.lock()
        defer { lock.unlock() }
        for (prepared, isNew) in zip(group, added) {
            if isNew {
                written.added += 1
                written.stances += prepared.stanceCount
            } else {
                written.alreadyStored += 1
            }
        }
    }
}
