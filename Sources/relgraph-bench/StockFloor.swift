import Foundation

/// The libgvc floor with cgraph exactly as Debian ships it, measured in a child
/// process that never touches the renderer.
///
/// Why a second floor: `GraphvizContext` installs process-wide replacements for
/// cgraph's disciplines (object ids, and possibly memory) the first time it
/// opens, to make layouts deterministic. Those globals then apply to every graph
/// in the process, so the in-process direct path (`DirectGraphviz`) is no longer
/// stock libgvc once the renderer has run: it shares the renderer's discipline
/// costs, and the in-process ratio hides them. This floor is taken in a fresh
/// process over the same DOT texts, engines, warm-up and number of rounds; it
/// cannot be interleaved with the wrapper, so it runs right after it.
enum StockFloor {
    struct Job {
        var dot: String
        var engine: String
    }

    struct Result {
        /// Per job: the median over rounds, in ms.
        var perJobMedians: [Double]
        /// Per round: the time of all jobs, in ms.
        var roundTotals: [Double]
    }

    /// Times `jobs` in a child process: one warm-up round, then `rounds` rounds.
    static func measure(_ jobs: [Job], rounds: Int, timeout: Double = 3_600) throws -> Result {
        let file = ChildProcess.temporaryFile(suffix: "jobs")
        try encode(jobs).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        switch try ChildProcess.run(["--floor-child", file.path, String(rounds)], timeout: timeout) {
        case .timedOut:
            throw BenchmarkError.childProcess("the stock-floor child did not finish in \(Int(timeout)) s")
        case .finished(let status, let output) where status != 0:
            throw BenchmarkError.childProcess("the stock-floor child exited with \(status): \(output)")
        case .finished(_, let output):
            var medians: [Double]?
            var totals: [Double]?
            for line in output.split(separator: "\n") {
                let words = line.split(separator: " ")
                let values = words.dropFirst().compactMap { Double($0) }
                switch words.first {
                case "medians": medians = values
                case "totals": totals = values
                default: break
                }
            }
            guard let medians, medians.count == jobs.count, let totals, totals.count == rounds else {
                throw BenchmarkError.childProcess("unexpected stock-floor output: \(output.prefix(200))")
            }
            return Result(perJobMedians: medians, roundTotals: totals)
        }
    }

    /// The child's side: reads the jobs, lays each out with bare libgvc, prints
    /// `totals ...` (one per round) and `medians ...` (one per job).
    static func runChild(path: String, rounds: Int) throws {
        let jobs = try decode(Data(contentsOf: URL(fileURLWithPath: path)))
        let direct = try DirectGraphviz()
        for job in jobs { try direct.render(dot: job.dot, engine: job.engine) }
        var samples = [[Double]](repeating: [], count: jobs.count)
        var totals: [Double] = []
        for _ in 0..<rounds {
            var total = 0.0
            for (index, job) in jobs.enumerated() {
                let ms = try Stopwatch.measure { try direct.render(dot: job.dot, engine: job.engine) }.milliseconds
                samples[index].append(ms)
                total += ms
            }
            totals.append(total)
        }
        print("totals " + totals.map { String($0) }.joined(separator: " "))
        print("medians " + samples.map { String(median($0)) }.joined(separator: " "))
    }

    // MARK: File format: per job, "ENGINE BYTECOUNT\n" then the DOT bytes.

    private static func encode(_ jobs: [Job]) -> Data {
        var data = Data()
        for job in jobs {
            data.append(contentsOf: Array("\(job.engine) \(job.dot.utf8.count)\n".utf8))
            data.append(contentsOf: Array(job.dot.utf8))
        }
        return data
    }

    private static func decode(_ data: Data) throws -> [Job] {
        let bytes = [UInt8](data)
        var jobs: [Job] = []
        var index = 0
        while index < bytes.count {
            guard let newline = bytes[index...].firstIndex(of: UInt8(ascii: "\n")) else {
                throw BenchmarkError.childProcess("truncated job file")
            }
            let header = String(decoding: bytes[index..<newline], as: UTF8.self).split(separator: " ")
            guard header.count == 2, let count = Int(header[1]), newline + 1 + count <= bytes.count else {
                throw BenchmarkError.childProcess("bad job header")
            }
            let start = newline + 1
            jobs.append(Job(dot: String(decoding: bytes[start..<(start + count)], as: UTF8.self), engine: String(header[0])))
            index = start + count
        }
        return jobs
    }
}
