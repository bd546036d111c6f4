import Foundation

// relgraph-bench: times RelGraph's renderer against bare libgvc on the same DOT.
// Run as `swift run -c release relgraph-bench [--quick] [--graphs N] ...`; see
// BenchmarkOptions for the flags and BenchmarkRun for what is measured.
// `relgraph-bench extract [...]` times extraction instead (ExtractionOptions,
// ExtractionBenchmark).

do {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "extract" {
        // `relgraph-bench extract ...`: the extraction benchmark (ExtractionBenchmark).
        try ExtractionBenchmark(options: ExtractionOptions.parse(Array(arguments.dropFirst()))).run()
        exit(0)
    }
    let options = try BenchmarkOptions.parse(arguments)
    if let floor = options.floorChild {
        try StockFloor.runChild(path: floor.path, rounds: floor.rounds)
    } else if let child = options.child {
        try AlternativeLayouts.runChild(path: child.path, engine: child.engine)
    } else {
        try BenchmarkRun(options: options).run()
    }
} catch {
    FileHandle.standardError.write(Data("relgraph-bench: \(error)\n".utf8))
    if case BenchmarkError.usage = error { exit(2) }
    exit(1)
}
