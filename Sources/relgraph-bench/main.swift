import Foundation

// relgraph-bench: times RelGraph's renderer against bare libgvc on the same DOT.
// Run as `swift run -c release relgraph-bench [--quick] [--graphs N] ...`; see
// BenchmarkOptions for the flags and BenchmarkRun for what is measured.
// `relgraph-bench extract [...]` times extraction instead (ExtractionOptions,
// ExtractionBenchmark). `relgraph-bench diff [...]` times diff and merge
// (DiffOptions, DiffBenchmark). `relgraph-bench store [...]` times `relgraph
// ingest` into a corpus database (StoreOptions, StoreBenchmark).

do {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "extract" {
        // `relgraph-bench extract ...`: the extraction benchmark (ExtractionBenchmark).
        try ExtractionBenchmark(options: ExtractionOptions.parse(Array(arguments.dropFirst()))).run()
        exit(0)
    }
    if arguments.first == "diff" {
        // `relgraph-bench diff ...`: diff of two large graphs, merge memory (DiffBenchmark).
        try DiffBenchmark(options: DiffOptions.parse(Array(arguments.dropFirst()))).run()
        exit(0)
    }
    if arguments.first == "store" {
        // `relgraph-bench store ...`: ingest rate, database size, memory (StoreBenchmark).
        try StoreBenchmark(options: StoreOptions.parse(Array(arguments.dropFirst()))).run()
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
