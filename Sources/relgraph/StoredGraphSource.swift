import ArgumentParser
import Foundation
import RelGraph
import RelGraphStore

/// `--db FILE` with `--since`/`--until`: where `merge` and `timeline` read their
/// graphs from a corpus database instead of files (and `diff`, with a date
/// window for each side). Kept apart from those commands so each needs only a
/// few lines to accept stored articles.
struct StoredGraphOptions: ParsableArguments {
    @Option(help: "Read the articles stored in this database (relgraph ingest) instead of files.")
    var db: String?

    @Option(help: "With --db: articles dated on or after this date (YYYY-MM-DD, YYYY-MM or YYYY).")
    var since: String?

    @Option(help: "With --db: articles dated on or before this date.")
    var until: String?

    /// Whether graphs come from the database.
    var isActive: Bool { db != nil }

    /// Checks the combination: --db instead of inputs, --since/--until only with --db.
    func validate(inputs: [String]) throws {
        if db != nil {
            guard inputs.isEmpty else { throw ValidationError("give either --db or input files, not both") }
            do { _ = try DateWindow(since: since, until: until) } catch { throw ValidationError("\(error)") }
        } else {
            guard since == nil && until == nil else { throw ValidationError("--since and --until apply to --db") }
            guard !inputs.isEmpty else { throw ValidationError("give at least one article, graph or folder (or --db)") }
        }
    }

    /// Calls `body` with each stored article's graph and name, in date order.
    func forEachGraph(_ body: (StanceGraph, String) throws -> Void) throws {
        guard let db else { return }
        try StoredGraphSource.forEachGraph(db: db, window: DateWindow(since: since, until: until), body)
    }
}

/// Graphs from a corpus database for `diff`, `merge` and `timeline`.
enum StoredGraphSource {
    static func forEachGraph(db: String, window: DateWindow, _ body: (StanceGraph, String) throws -> Void) throws {
        let store = try Store(path: db, mode: .readOnly)
        try store.forEachGraph(in: window) { try body($0.graph, $0.name) }
    }

    /// The merged graph of the articles dated in `window` (`2016-08-01..2016-08-15`):
    /// one side of `relgraph diff --db`. Evidence is kept as `merge` keeps it.
    static func mergedGraph(db: String, window text: String) throws -> StanceGraph {
        let window: DateWindow
        do { window = try DateWindow(parsing: text) } catch { throw CLIError("\(error)") }
        var merger = GraphMerger()
        try forEachGraph(db: db, window: window) { merger.add($0, article: $1) }
        return merger.result()
    }
}
