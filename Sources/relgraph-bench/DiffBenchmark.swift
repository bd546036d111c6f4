import Foundation
import RelGraph

/// `relgraph-bench diff`: the time to diff two large graphs, and the memory of
/// `relgraph merge` at 10% and at 100% of a stream of 10,000 article graphs.
///
/// Why these two: a diff of two corpus-sized graphs must feel instant (target
/// under 50 ms for 10,000 stances each), and merge must stream, so its peak
/// memory should barely move between the first tenth of a stream and its end.
struct DiffBenchmark {
    var options: DiffOptions

    func run() throws {
        print("relgraph-bench diff (release build expected)\n")
        try timeDiff()
        if options.merge { try measureMerge() }
    }

    // MARK: Diff

    private func timeDiff() throws {
        let old = try SyntheticGraphs.corpus(actors: max(100, options.stances / 5), stances: options.stances, seed: options.seed)
        let new = try edited(old)
        var times: [Double] = []
        var diff = GraphDiff(old: old, new: new)   // warm-up
        for _ in 0..<options.rounds {
            let (result, milliseconds) = Stopwatch.measure { GraphDiff(old: old, new: new) }
            diff = result
            times.append(milliseconds)
        }
        let (json, jsonMilliseconds) = Stopwatch.measure {
            DiffJSONFormat().encode(diff, oldName: "old", newName: "new")
        }
        let time = median(times)
        var table = TextTable(["diff", "stances", "added", "removed", "changed", "median ms", "target"],
                              rightAligned: [1, 2, 3, 4, 5])
        table.add(["two corpus graphs", "\(old.stances.count) / \(new.stances.count)", "\(diff.stancesAdded.count)",
                   "\(diff.stancesRemoved.count)", "\(diff.stancesChanged.count)", String(format: "%.1f", time),
                   time < 50 ? "< 50 ms: met" : "< 50 ms: MISSED"])
        print(table.render())
        print(String(format: "JSON of that diff: %.1f ms, %.1f MB\n", jsonMilliseconds, Double(json.utf8.count) / 1e6))
    }

    /// `graph` with about 5% of its stances removed, 5% changed to another kind and
    /// 5% new ones added, and a few actors renamed to their display name as id.
    private func edited(_ graph: StanceGraph) throws -> StanceGraph {
        var generator = SeededGenerator(seed: options.seed &+ 1)
        var renamed: [String: String] = [:]
        var result = StanceGraph(metadata: GraphMetadata(title: "Edited corpus"))
        for actor in graph.actors {
            var copy = actor
            if generator.chance(0.02), graph.actor(id: actor.name) == nil, result.actor(id: actor.name) == nil {
                copy.id = actor.name
                renamed[actor.id] = actor.name
            }
            try result.addActor(copy)
        }
        let kinds = StanceKind.allCases
        for stance in graph.stances {
            let draw = generator.unit()
            if draw < 0.05 { continue }
            var copy = stance
            copy.source = renamed[stance.source] ?? stance.source
            copy.target = renamed[stance.target] ?? stance.target
            if draw < 0.10 { copy.kind = generator.pick(kinds.filter { $0 != stance.kind }) }
            try result.addStance(copy)
        }
        let ids = result.actors.map(\.id)
        var added = 0
        while added < graph.stances.count / 20 {
            let source = generator.pick(ids)
            let target = generator.pick(ids)
            guard source != target else { continue }
            let stance = Stance(source: source, target: target, kind: generator.pick(kinds))
            guard result.stance(for: stance.key) == nil else { continue }
            try result.addStance(stance)
            added += 1
        }
        return result
    }

    // MARK: Merge

    /// One `relgraph merge` over a stream of article graphs of one story
    /// (`SyntheticStory`: its set of stances saturates early, as a real story's
    /// does), with the child's peak memory read when it has read a tenth, half
    /// and all of its input. The merged result is the same size at 10% and at
    /// 100%, so any growth between the two readings is memory kept per article.
    private func measureMerge() throws {
        let executable = StreamingMemory.relgraphExecutable()
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            print("merge: skipped, \(executable.path) is missing (swift build -c release --product relgraph)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-bench-merge-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let count = options.mergeCounts.max() ?? 10_000
        let cast = try SyntheticGraphs.corpus(actors: 40, stances: 40, seed: options.seed).actors
        let story = SyntheticStory(cast: cast, seed: options.seed)
        let inputs = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        var bytes = 0
        var keys = Set<StanceKey>()
        var keysAtTenth = 0
        for number in 0..<count {
            let graph = try story.article(number: number)
            for stance in graph.stances { keys.insert(stance.key) }
            if number + 1 == max(1, count / 10) { keysAtTenth = keys.count }
            let text = JSONGraphFormat().encode(graph)
            bytes += text.utf8.count
            try text.write(to: inputs.appendingPathComponent(String(format: "article-%06d.json", number)),
                           atomically: false, encoding: .utf8)
        }
        let output = folder.appendingPathComponent("merged.json")
        let run = try runChild(executable, ["merge", inputs.path, "-o", output.path], inputBytes: bytes)
        guard run.status == 0 else { throw BenchmarkError.childProcess("relgraph merge exited with status \(run.status)") }
        let merged = try JSONGraphFormat().decode(String(contentsOf: output, encoding: .utf8))

        print("merge: \(count) article graphs of one story, \(String(format: "%.1f", Double(bytes) / 1e6)) MB, "
            + "distinct stances \(keysAtTenth) after 10%, \(keys.count) after 100% (merged: \(merged.stances.count)), "
            + String(format: "%.2f s", run.seconds))
        var table = TextTable(["merge stream", "graphs read", "peak RSS MB"], rightAligned: [1, 2])
        for (fraction, peak) in run.peaks {
            table.add(["\(Int(fraction * 100))% read", "\(Int(Double(count) * fraction))", String(format: "%.1f", Double(peak) / 1024)])
        }
        table.add(["done (result written)", "\(count)", String(format: "%.1f", Double(run.finalPeak) / 1024)])
        print(table.render())
        if let first = run.peaks.first?.peakKB, first > 0 {
            let ratio = Double(run.finalPeak) / Double(first)
            print(String(format: "peak RSS at 100%% / at 10%% of the stream: %.2fx (target <= 1.2x: %@)",
                         ratio, ratio <= 1.2 ? "met" : "MISSED"))
        }
    }

    /// Runs the child, polling its peak resident memory (VmHWM, kB) until it
    /// exits, and noting the peak when the bytes it has read (`rchar` in
    /// /proc/PID/io) first pass 10% and 50% of `inputBytes`.
    private func runChild(_ executable: URL, _ arguments: [String], inputBytes: Int)
        throws -> (peaks: [(fraction: Double, peakKB: Int)], finalPeak: Int, seconds: Double, status: Int32) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let started = ContinuousClock.now
        try process.run()
        let pid = process.processIdentifier
        var peak = 0
        var marks: [(fraction: Double, peakKB: Int)] = []
        var pending: [Double] = [0.1, 0.5]
        while process.isRunning {
            if let memory = StreamingMemory.memory(of: pid) { peak = max(peak, memory.hwm) }
            if let fraction = pending.first, let read = Self.bytesRead(pid), Double(read) >= fraction * Double(inputBytes) {
                marks.append((fraction, peak))
                pending.removeFirst()
            }
            usleep(1_000)
        }
        process.waitUntilExit()
        return (marks, peak, started.duration(to: ContinuousClock.now).milliseconds / 1_000, process.terminationStatus)
    }

    /// Bytes a process has read so far (`rchar` of /proc/PID/io).
    private static func bytesRead(_ pid: Int32) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("rchar:") {
            return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }
}
