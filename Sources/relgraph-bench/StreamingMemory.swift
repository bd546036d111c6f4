import Dispatch
import Foundation
import RelGraph

/// Pipes a long stream of JSON lines through `relgraph extract --jsonl` (the
/// executable built next to this one) and watches the child's memory.
///
/// Why a child process: the streaming path lives in the command-line tool, and
/// peak RSS is a per-process figure; a child that does nothing else measures
/// exactly what a pipeline would see. The articles are a pool of synthetic ones
/// cycled with fresh ids, so the bench itself never holds the whole stream.
/// The child's output is read and its lines counted on another thread (so the
/// pipe never fills), and the child is ended only by closing its input.
struct StreamingMemory {
    var megabytes: Int
    var seed: UInt64
    /// Distinct articles in the pool the stream cycles through.
    var poolSize = 1_000
    /// Samples of the child's memory, one per this many bytes written.
    var sampleEvery = 10_000_000

    struct Sample {
        var bytes: Int
        /// VmHWM and VmRSS, in kB as /proc reports them.
        var hwm: Int
        var rss: Int
    }

    struct Result {
        var bytes: Int
        var lines: Int
        var outputLines: Int
        var samples: [Sample]
        /// VmHWM after the first tenth of the stream, and the last one read before exit.
        var firstHWM: Int
        var finalHWM: Int
        var seconds: Double
        var status: Int32
    }

    enum Outcome {
        case measured(Result)
        case missing(String)
    }

    func run() throws -> Outcome {
        let executable = Self.relgraphExecutable()
        guard FileManager.default.isExecutableFile(atPath: executable.path) else { return .missing(executable.path) }

        var generator = SyntheticArticles(seed: seed &+ 2)
        let pool = (0..<poolSize).map { index in JSONStringLiteral.quoted(generator.article(index: index)) }

        let process = Process()
        process.executableURL = executable
        process.arguments = ["extract", "--jsonl"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        signal(SIGPIPE, SIG_IGN)  // a child that dies early is reported, not fatal to the bench
        try process.run()
        let started = ContinuousClock.now

        let counter = LineCounter()
        let reading = output.fileHandleForReading
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            while true {
                let data = reading.availableData
                if data.isEmpty { break }
                counter.add(data)
            }
            finished.signal()
        }

        let writing = input.fileHandleForWriting
        let total = megabytes * 1_000_000
        var written = 0
        var lines = 0
        var samples: [Sample] = []
        var firstHWM = 0
        var nextSample = sampleEvery
        var chunk = Data()
        while written < total {
            let line = "{\"id\":\"s\(lines)\",\"text\":\(pool[lines % pool.count])}\n"
            chunk.append(contentsOf: Array(line.utf8))
            lines += 1
            if chunk.count >= 1 << 20 || written + chunk.count >= total {
                try writing.write(contentsOf: chunk)
                written += chunk.count
                chunk.removeAll(keepingCapacity: true)
                if written >= nextSample || written >= total {
                    if let memory = Self.memory(of: process.processIdentifier) {
                        samples.append(Sample(bytes: written, hwm: memory.hwm, rss: memory.rss))
                        if firstHWM == 0 && written >= total / 10 { firstHWM = memory.hwm }
                    }
                    nextSample += sampleEvery
                }
            }
        }
        try writing.close()
        // The child finishes its last batch: keep reading its peak until it exits.
        var finalHWM = samples.last?.hwm ?? 0
        while process.isRunning {
            if let memory = Self.memory(of: process.processIdentifier) { finalHWM = max(finalHWM, memory.hwm) }
            usleep(2_000)
        }
        process.waitUntilExit()
        finished.wait()
        let seconds = started.duration(to: ContinuousClock.now).milliseconds / 1_000
        if firstHWM == 0 { firstHWM = samples.first?.hwm ?? finalHWM }
        return .measured(Result(bytes: written, lines: lines, outputLines: counter.lines, samples: samples,
                                firstHWM: firstHWM, finalHWM: finalHWM, seconds: seconds,
                                status: process.terminationStatus))
    }

    /// VmHWM and VmRSS of a running process, in kB; nil once it is gone.
    static func memory(of pid: Int32) -> (hwm: Int, rss: Int)? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        var hwm: Int?
        var rss: Int?
        for line in status.split(separator: "\n") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2 else { continue }
            if fields[0] == "VmHWM:" { hwm = Int(fields[1]) }
            if fields[0] == "VmRSS:" { rss = Int(fields[1]) }
        }
        guard let hwm, let rss else { return nil }
        return (hwm, rss)
    }

    /// The `relgraph` executable in this executable's folder.
    static func relgraphExecutable() -> URL {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("relgraph")
    }
}

/// Counts the lines the child writes.
private final class LineCounter: @unchecked Sendable {
    private var count = 0
    private let lock = NSLock()

    func add(_ data: Data) {
        let newlines = data.withUnsafeBytes { bytes in bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } }
        lock.lock()
        count += newlines
        lock.unlock()
    }

    var lines: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
