import Foundation
import RelGraph

/// `relgraph-bench diff`: the time to diff two large graphs, and the memory of
/// `relgraph merge` over 1,000 and 10,000 article graphs.
///
/// Why these two: a diff of two corpus-sized graphs must feel instant (target
/// under 50 ms for 10,000 stances each), and merge must stream, so its peak
/// memory should barely move when the number of articles grows tenfold.
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

    private func measureMerge() throws {
        let executable = StreamingMemory.relgraphExecutable()
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            print("merge: skipped, \(executable.path) is missing (swift build -c release --product relgraph)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-bench-merge-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        var table = TextTable(["merge", "graphs", "input MB", "stances out", "seconds", "peak RSS MB"],
                              rightAligned: [1, 2, 3, 4, 5])
        var peaks: [Int] = []
        var bytes = 0
        for count in options.mergeCounts.sorted() {
            let runFolder = folder.appendingPathComponent("\(count)")
            try FileManager.default.createDirectory(at: runFolder, withIntermediateDirectories: true)
            bytes = 0
            let pool = try SyntheticGraphs.corpus(actors: 40, stances: 40, seed: options.seed).actors
            for number in 0..<count {
                var generator = SeededGenerator(seed: options.seed &+ UInt64(number) &* 0x9E37_79B9)
                let graph = try article(number: number, pool: pool, using: &generator)
                let text = JSONGraphFormat().encode(graph)
                bytes += text.utf8.count
                try text.write(to: runFolder.appendingPathComponent(String(format: "article-%06d.json", number)),
                               atomically: false, encoding: .utf8)
            }
            let output = folder.appendingPathComponent("merged-\(count).json")
            let (peak, seconds, status) = try runChild(executable, ["merge", runFolder.path, "-o", output.path])
            guard status == 0 else { throw BenchmarkError.childProcess("relgraph merge exited with status \(status)") }
            let merged = try JSONGraphFormat().decode(String(contentsOf: output, encoding: .utf8))
            peaks.append(peak)
            table.add(["\(count) article graphs", "\(count)", String(format: "%.1f", Double(bytes) / 1e6),
                       "\(merged.stances.count)", String(format: "%.2f", seconds), String(format: "%.1f", Double(peak) / 1024)])
        }
        print(table.render())
        if peaks.count == 2, peaks[0] > 0 {
            print(String(format: "peak RSS grows %.2fx for %dx the graphs (flat memory: close to 1x)",
                         Double(peaks[1]) / Double(peaks[0]), options.mergeCounts[1] / max(options.mergeCounts[0], 1)))
        }
    }

    /// One article's graph over a fixed pool of 40 actors (10-15 of them, 10-25
    /// stances, quotes as evidence, a date in 2016-2018). A fixed pool bounds the
    /// number of distinct stances, so a growing peak would come from the merge
    /// keeping per-article data, not from a larger merged graph.
    private func article(number: Int, pool: [Actor], using generator: inout SeededGenerator) throws -> StanceGraph {
        let date = "201\(generator.int(in: 6...8))-0\(generator.int(in: 1...9))-1\(generator.int(in: 0...9))"
        var graph = StanceGraph(metadata: GraphMetadata(title: "Synthetic article \(number + 1)", date: date))
        for actor in generator.shuffled(pool).prefix(generator.int(in: 10...15)) { try graph.addActor(actor) }
        let target = generator.int(in: 10...25)
        while graph.stances.count < target {
            let source = generator.pick(graph.actors)
            let other = generator.pick(graph.actors)
            guard source.id != other.id else { continue }
            let kind = generator.pick(StanceKind.allCases)
            let evidence = (0..<generator.int(in: 0...2)).map { _ in
                Evidence(text: SyntheticText.evidence(source.name, kind, other.name, using: &generator),
                         article: "article-\(number)", date: date, rule: "synthetic")
            }
            try graph.addStance(Stance(source: source.id, target: other.id, kind: kind, evidence: evidence))
        }
        return graph
    }

    /// Runs the child, polling its peak resident memory (VmHWM, kB) until it exits.
    private func runChild(_ executable: URL, _ arguments: [String]) throws -> (peakKB: Int, seconds: Double, status: Int32) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let started = ContinuousClock.now
        try process.run()
        var peak = 0
        while process.isRunning {
            if let memory = StreamingMemory.memory(of: process.processIdentifier) { peak = max(peak, memory.hwm) }
            usleep(2_000)
        }
        process.waitUntilExit()
        return (peak, started.duration(to: ContinuousClock.now).milliseconds / 1_000, process.terminationStatus)
    }
}
