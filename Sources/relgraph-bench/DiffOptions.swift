import Foundation

/// The command line of `relgraph-bench diff`, parsed by hand like the others.
struct DiffOptions {
    /// Stances in each of the two graphs compared.
    var stances = 10_000
    /// Timed rounds of the diff (after one warm-up).
    var rounds = 7
    /// Article graphs in the merge stream (the largest is used; peaks are read at 10% and 100%).
    var mergeCounts = [1_000, 10_000]
    var seed: UInt64 = 0xD1FF
    /// Skip the merge section (it needs the `relgraph` executable).
    var merge = true

    static let usage = """
        usage: relgraph-bench diff [--quick] [--stances N] [--rounds N] [--graphs N] [--seed N] [--no-merge]

          --quick        short run (2,000-stance graphs; a merge of 2,000 graphs)
          --stances N    stances in each graph of the diff (default 10000; target < 50 ms)
          --rounds N     timed rounds of the diff (default 7)
          --graphs N     article graphs in the merge stream (default 10000; peaks at 10% and 100%)
          --seed N       seed of the synthetic graphs
          --no-merge     skip the merge memory check

        The merge check runs the `relgraph` executable next to this one
        (swift build -c release --product relgraph).
        """

    static func parse(_ arguments: [String]) throws -> DiffOptions {
        var options = DiffOptions()
        var cursor = ArgumentCursor(arguments)
        var stances: Int?
        var graphs: Int?
        var quick = false
        while let argument = cursor.next() {
            switch argument {
            case "--quick": quick = true
            case "--stances": stances = try cursor.positive(for: argument)
            case "--rounds": options.rounds = try cursor.positive(for: argument)
            case "--graphs": graphs = try cursor.positive(for: argument)
            case "--seed":
                options.seed = try cursor.unsigned(for: argument)
            case "--no-merge": options.merge = false
            default:
                try ArgumentCursor.unknown(argument, usage: usage)
            }
        }
        if quick {
            options.stances = 2_000
            options.mergeCounts = [200, 2_000]
        }
        if let stances { options.stances = stances }
        if let graphs { options.mergeCounts = [max(1, graphs / 10), graphs] }
        return options
    }
}
