import Foundation

/// The command line of `relgraph-bench store`, parsed by hand like the others.
struct StoreOptions {
    /// Synthetic articles ingested.
    var articles = 10_000
    var seed: UInt64 = 0x5702E
    /// Only write the articles as JSON lines to this file (the generator), no timing.
    var writeTo: String?

    static let usage = """
        usage: relgraph-bench store [--quick] [--articles N] [--seed N] [--write-jsonl FILE]

          --quick              short run (1,000 articles)
          --articles N         synthetic articles ingested (default 10000)
          --seed N             seed of the synthetic articles
          --write-jsonl FILE   only write the articles as JSON lines ({"id","title","date","text"})
                               to FILE (- for standard output): the generator, for trials by hand

        Times `relgraph ingest --jsonl` (the executable next to this one; swift build -c release
        --product relgraph) into a new database, beside `relgraph extract --jsonl` on the same
        articles, and a second, idempotent ingest of them.
        """

    static func parse(_ arguments: [String]) throws -> StoreOptions {
        var options = StoreOptions()
        var cursor = ArgumentCursor(arguments)
        while let argument = cursor.next() {
            switch argument {
            case "--quick": options.articles = 1_000
            case "--articles": options.articles = try cursor.positive(for: argument)
            case "--write-jsonl": options.writeTo = try cursor.value(for: argument)
            case "--seed":
                options.seed = try cursor.unsigned(for: argument)
            default:
                try ArgumentCursor.unknown(argument, usage: usage)
            }
        }
        return options
    }
}
