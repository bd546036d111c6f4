import Foundation
import RelGraph

/// `relgraph-bench store`: how fast `relgraph ingest` fills a corpus database,
/// beside the extraction-only rate on the same articles, so one sees whether
/// the store is the bottleneck; plus the database's size, the ingest's peak
/// memory, and a second ingest of the same articles (which must add nothing).
///
/// Why child processes: ingestion lives in the command-line tool, and peak RSS
/// is a per-process figure. Both runs read the same JSON lines file, so they
/// differ only in what happens after extraction.
struct StoreBenchmark {
    var options: StoreOptions

    /// The store must not be the bottleneck: ingest at least at this fraction
    /// of the extraction-only rate (writes overlap the next batch's extraction).
    static let ratioTarget = 0.8

    func run() throws {
        if let path = options.writeTo {
            try writeArticles(to: path)
            return
        }
        let relgraph = StreamingMemory.relgraphExecutable()
        guard FileManager.default.isExecutableFile(atPath: relgraph.path) else {
            throw BenchmarkError.usage("\(relgraph.path) is missing; run `swift build -c release --product relgraph` first")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-bench-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("articles.jsonl").path
        let database = folder.appendingPathComponent("corpus.sqlite").path
        try writeArticles(to: input)
        let megabytes = Double((try? FileManager.default.attributesOfItem(atPath: input)[.size] as? Int) ?? 0) / 1e6
        print("relgraph-bench store (release build expected): \(options.articles) synthetic articles, "
              + String(format: "%.1f MB of JSON lines, %d cores\n", megabytes, ProcessInfo.processInfo.activeProcessorCount))

        let extract = try Self.measure(relgraph, ["extract", "--jsonl", input])
        let ingest = try Self.measure(relgraph, ["ingest", "--jsonl", input, "--db", database])
        let size = Self.size(of: database)
        let again = try Self.measure(relgraph, ["ingest", "--jsonl", input, "--db", database])
        let query = try Self.measure(relgraph, ["query", "--db", database, "--actor", "Turkey", "--format", "jsonl"])
        for (name, run) in [("extract", extract), ("ingest", ingest), ("ingest again", again), ("query", query)]
        where run.status != 0 {
            throw BenchmarkError.usage("relgraph \(name) failed with status \(run.status)")
        }

        var table = TextTable(["run", "articles/s", "seconds", "peak RSS MB"], rightAligned: [1, 2, 3])
        for (name, run) in [("extract --jsonl (extraction only)", extract), ("ingest --jsonl (new database)", ingest),
                            ("ingest again (all stored)", again)] {
            table.add([name, String(format: "%.0f", Double(options.articles) / run.seconds),
                       String(format: "%.2f", run.seconds), String(format: "%.1f", Double(run.peakKB) / 1024)])
        }
        print(table.render())
        print(String(format: "database: %.1f MB for %d articles (%.1f kB per article); input %.1f MB",
                     size / 1e6, options.articles, size / 1e3 / Double(options.articles), megabytes))
        let ratio = extract.seconds / ingest.seconds
        print(String(format: "ingest rate / extraction-only rate: %.2f (1.00 = the store costs nothing)", ratio))
        var verdicts = TextTable(["target", "figure", "target", "verdict"], rightAligned: [1])
        verdicts.add(["ingest rate / extraction-only rate", Format.ratio(ratio), ">= \(Format.ratio(Self.ratioTarget))",
                      Format.verdict(ratio >= Self.ratioTarget)])
        print(verdicts.render())
        print(String(format: "query --actor Turkey --format jsonl over the database: %.2f s", query.seconds))
    }

    /// The synthetic articles as JSON lines, headers moved into fields.
    private func writeArticles(to path: String) throws {
        var generator = SyntheticArticles(seed: options.seed)
        var out = Data()
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardOutput
        } else {
            guard FileManager.default.createFile(atPath: path, contents: nil),
                  let file = FileHandle(forWritingAtPath: path) else {
                throw BenchmarkError.usage("\(path): cannot write")
            }
            handle = file
        }
        for index in 0..<options.articles {
            let article = Article.parse(generator.article(index: index), id: "synthetic-\(index)")
            var line = "{\"id\":\"\(article.id)\""
            if let title = article.metadata.title { line += ",\"title\":\(JSONStringLiteral.quoted(title))" }
            if let date = article.metadata.date { line += ",\"date\":\"\(date)\"" }
            // A number in the text keeps every article distinct (ids are content hashes).
            line += ",\"text\":\(JSONStringLiteral.quoted(article.body + "Report number \(index).\n"))}\n"
            out.append(contentsOf: Array(line.utf8))
            if out.count >= 1 << 20 {
                try handle.write(contentsOf: out)
                out.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: out)
        if path != "-" { try handle.close() }
    }

    struct Run {
        var seconds: Double
        var peakKB: Int
        var status: Int32
    }

    /// Runs `relgraph arguments` with its output discarded, sampling its peak memory.
    static func measure(_ executable: URL, _ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        let start = ContinuousClock.now
        try process.run()
        var peak = 0
        while process.isRunning {
            if let memory = StreamingMemory.memory(of: process.processIdentifier) { peak = max(peak, memory.hwm) }
            usleep(5_000)
        }
        process.waitUntilExit()
        let seconds = start.duration(to: ContinuousClock.now).milliseconds / 1_000
        return Run(seconds: seconds, peakKB: peak, status: process.terminationStatus)
    }

    /// The database's bytes, its write-ahead log included.
    static func size(of path: String) -> Double {
        [path, path + "-wal"].reduce(0) { total, file in
            total + Double((try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0)
        }
    }
}
