import ArgumentParser
import Foundation
import RelGraphStore

/// `relgraph reindex`: re-extracts stored articles after the extractor or its
/// dictionaries changed. The work is RelGraphStore's `Reindexing`.
struct ReindexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reindex",
        abstract: "Re-extract stored articles whose stances came from another extractor version.",
        discussion: """
        Each stored article records the extractor version behind its stances: RelGraph's release \
        and a fingerprint of the built-in dictionaries and of the --actors and --lexicon files. \
        reindex re-extracts the articles whose version differs from the current one (every article \
        with --all). As ingest, it extracts on all cores while a single writer commits the batch \
        before (up to 256 whole articles per transaction), so a stopped reindex resumes when run \
        again, and it empties the database's log at the end. On a terminal, standard error shows a \
        progress bar; --quiet hides it. Give the same --actors and --lexicon as the articles should \
        be read with.
        """
    )

    @Option(help: "The database file.")
    var db = "relgraph.sqlite"

    @Flag(help: "Re-extract every article, not only the stale ones.")
    var all = false

    @OptionGroup var dictionaries: DictionaryOptions

    @Option(help: "Articles extracted at the same time (default: the number of active cores).")
    var jobs: Int?

    @Flag(help: "No progress bar on standard error (there is none when it is not a terminal).")
    var quiet = false

    func validate() throws {
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        try reportingFailures {
            let loaded = try StoreExtractor.load(actorsFile: dictionaries.actors, lexiconFile: dictionaries.lexicon)
            guard FileManager.default.fileExists(atPath: db) else { throw StoreError.missing(path: db) }
            let store = try Store(path: db, mode: .readWrite)
            let reindexing = Reindexing(extractor: loaded.extractor, version: loaded.version,
                                        jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            let pending = try reindexing.pending(in: store, all: all)
            let progress = ProgressReporter.standardError(verb: "reindexing", done: "re-extracted", quiet: quiet,
                                                          totalArticles: pending.articles.count)
            let summary: Reindexing.Summary
            do {
                summary = try reindexing.run(store, pending: pending) { progress.advance(articles: $0, bytes: $1) }
            } catch {
                progress.clear()
                throw error
            }
            progress.finish()
            try StandardOutput.write(text: "\(db): re-extracted \(summary.reindexed) article(s) (\(summary.stances) stance(s)) "
                + "with extractor \(loaded.version); \(summary.current) already current\n")
        }
    }
}
