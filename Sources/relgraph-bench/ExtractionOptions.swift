import Foundation

/// The command line of `relgraph-bench extract`, parsed by hand like
/// `BenchmarkOptions`.
struct ExtractionOptions {
    /// Size of the synthetic corpus timed on one core and on all cores.
    var megabytes = 20
    /// Sizes of the single-line inputs of the linearity check.
    var linearity = [5, 10, 20]
    /// Size of the JSON lines stream piped through `relgraph extract --jsonl`.
    var streamMegabytes = 200
    /// Timed rounds over the corpus (after one warm-up pass over part of it).
    var rounds = 3
    var seed: UInt64 = 0x5EED
    /// Skip the streaming section (it needs the `relgraph` executable).
    var stream = true

    static let usage = """
        usage: relgraph-bench extract [--quick] [--megabytes N] [--stream-megabytes N] [--rounds N]
                                      [--seed N] [--no-stream]

          --quick               short run for smoke tests (4 MB corpus, 1/2/4 MB linearity, 20 MB stream)
          --megabytes N         synthetic corpus timed on one core and on all cores (default 20);
                                the linearity inputs are N/4, N/2 and N MB on one line
          --stream-megabytes N  JSON lines piped through `relgraph extract --jsonl` (default 200)
          --rounds N            timed rounds over the corpus (default 3)
          --seed N              seed of the synthetic text (default 24301)
          --no-stream           skip the streaming memory check

        The streaming check runs the `relgraph` executable next to this one
        (swift build -c release --product relgraph). Exits non-zero only on
        errors; missed targets are reported, not fatal.
        """

    static func parse(_ arguments: [String]) throws -> ExtractionOptions {
        var options = ExtractionOptions()
        var megabytes: Int?
        var stream: Int?
        var rounds: Int?
        var quick = false
        var cursor = ArgumentCursor(arguments)
        while let argument = cursor.next() {
            switch argument {
            case "--quick": quick = true
            case "--megabytes": megabytes = try cursor.positive(for: argument)
            case "--stream-megabytes": stream = try cursor.positive(for: argument)
            case "--rounds": rounds = try cursor.positive(for: argument)
            case "--seed":
                options.seed = try cursor.unsigned(for: argument)
            case "--no-stream": options.stream = false
            default:
                try ArgumentCursor.unknown(argument, usage: usage)
            }
        }
        if quick {
            options.megabytes = 4
            options.streamMegabytes = 20
            options.rounds = 2
        }
        if let megabytes { options.megabytes = megabytes }
        if let stream { options.streamMegabytes = stream }
        if let rounds { options.rounds = rounds }
        let largest = options.megabytes
        options.linearity = largest >= 4 ? [largest / 4, largest / 2, largest] : [1, 2, 4]
        return options
    }
}
