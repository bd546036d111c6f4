import Foundation

/// The command line of `relgraph-bench`, parsed by hand.
///
/// Why not ArgumentParser: the target depends only on RelGraph, RelGraphRender
/// and CGraphviz, and a handful of flags does not justify another dependency.
struct BenchmarkOptions {
    /// Article-sized graphs rendered in the throughput comparison.
    var graphs = 300
    /// Timed rounds over all graphs (after one warm-up round).
    var rounds = 5
    var seed: UInt64 = 0x5EED
    /// Render the 100- and 1,000-actor graphs.
    var large = true
    /// Also time other engines and spline settings on the large graphs, each in a
    /// child process with a time limit.
    var alternatives = false
    /// Time limit for one alternative layout, in seconds.
    var timeout = 60.0
    var quick = false
    /// Internal: lay out one DOT file and print the time (used by `--alternatives`).
    var child: (path: String, engine: String)?
    /// Internal: time a job file with stock libgvc (used for the stock floor).
    var floorChild: (path: String, rounds: Int)?

    static let usage = """
        usage: relgraph-bench [--quick] [--graphs N] [--rounds N] [--seed N] [--no-large]
                              [--alternatives] [--timeout SECONDS]

          --quick          short run for CI smoke tests (40 graphs, 2 rounds)
          --graphs N       article-sized graphs to render (default 300)
          --rounds N       timed rounds over all graphs after one warm-up round (default 5)
          --seed N         seed of the synthetic graphs (default 24301)
          --no-large       skip the 100- and 1,000-actor graphs
          --alternatives   also time dot/neato/sfdp with and without labels and
                           splines=line on the large graphs, each in a child process
          --timeout S      time limit for one alternative layout (default 60)

        Exits non-zero only on errors; missed targets are reported, not fatal.
        `relgraph-bench extract --help` describes the extraction benchmark.
        """

    static func parse(_ arguments: [String]) throws -> BenchmarkOptions {
        var options = BenchmarkOptions()
        var explicitGraphs: Int?
        var explicitRounds: Int?
        var cursor = ArgumentCursor(arguments)
        while let argument = cursor.next() {
            switch argument {
            case "--quick": options.quick = true
            case "--graphs": explicitGraphs = try cursor.positive(for: argument)
            case "--rounds": explicitRounds = try cursor.positive(for: argument)
            case "--seed":
                options.seed = try cursor.unsigned(for: argument)
            case "--no-large": options.large = false
            case "--alternatives": options.alternatives = true
            case "--timeout":
                let text = try cursor.value(for: argument)
                guard let seconds = Double(text), seconds > 0 else { throw BenchmarkError.usage("--timeout needs seconds > 0") }
                options.timeout = seconds
            case "--layout-child":
                let path = try cursor.value(for: argument)
                options.child = (path, try cursor.value(for: argument))
            case "--floor-child":
                let path = try cursor.value(for: argument)
                options.floorChild = (path, try cursor.positive(for: argument))
            default:
                try ArgumentCursor.unknown(argument, usage: usage)
            }
        }
        if options.quick {
            options.graphs = 40
            options.rounds = 2
        }
        if let explicitGraphs { options.graphs = explicitGraphs }
        if let explicitRounds { options.rounds = explicitRounds }
        return options
    }
}
