import Dispatch
import Foundation
import RelGraph

/// `relgraph-bench extract`: how fast `relgraph extract` reads articles and how
/// much memory it needs, on synthetic text generated here (`SyntheticArticles`).
///
/// Four measurements, each against the target of the extraction issue:
/// - one core: MB of article text per second through extraction and JSON
///   encoding, over a corpus of a few thousand articles (target >= 5 MB/s);
/// - all cores: the same corpus with one article per worker at a time, as the
///   batch command does it, and the speedup over one core;
/// - linearity: single-line inputs of N/4, N/2 and N MB (with sentences; with no
///   sentence break at all; one endless sentence naming many actors) — time per
///   MB must not grow with the size;
/// - memory: `relgraph extract --jsonl` (the real executable, in a child
///   process) fed a ~200 MB stream; its peak RSS (VmHWM) is read from
///   /proc/PID/status as the stream goes and must stay flat.
///
/// The report goes to standard output, progress to standard error.
struct ExtractionBenchmark {
    static let oneCoreTarget = 5.0
    /// Time per MB at the largest size over time per MB at the smallest.
    static let linearityTarget = 1.25
    /// Final peak RSS over the peak after the first tenth of the stream.
    static let memoryTarget = 1.20

    let options: ExtractionOptions

    func run() throws {
        let started = ContinuousClock.now
        print("RelGraph extraction benchmark")
        print("=============================")
        print("")
        print(machineTable().render())
        print("")

        progress("loading the built-in dictionary and lexicon")
        let (extractor, loadMilliseconds) = try Stopwatch.measure {
            try StanceExtractor(dictionary: .builtin(), lexicon: .builtin())
        }
        progress("generating a \(options.megabytes) MB corpus")
        var generator = SyntheticArticles(seed: options.seed)
        let corpus = generator.corpus(bytes: options.megabytes * 1_000_000)
        let corpusBytes = corpus.reduce(0) { $0 + $1.utf8.count }
        var corpusFingerprint = Fingerprint()
        for article in corpus { corpusFingerprint.add(article) }

        print("Corpus: \(corpus.count) synthetic articles, \(Format.megabytes(corpusBytes)), seed \(options.seed),")
        print("  FNV-1a \(corpusFingerprint.hex); dictionary and lexicon loaded in \(Format.seconds(loadMilliseconds / 1_000)) s")
        print("  (once per process, not in the figures below).")
        print("  Work per article: Article.parse, StanceExtractor.extract, JSONGraphFormat.encode.")
        print("")

        var verdicts = TextTable(["target", "figure", "target", "verdict"], rightAligned: [1])

        // One core, all cores.
        progress("one core: warm-up, then \(options.rounds) rounds")
        let single = throughput(corpus, extractor: extractor, workers: 1)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        progress("all \(cores) cores: \(options.rounds) rounds")
        let parallel = throughput(corpus, extractor: extractor, workers: cores)
        let singleRate = Double(corpusBytes) / 1e6 / (single.total / 1_000)
        let parallelRate = Double(corpusBytes) / 1e6 / (parallel.total / 1_000)
        var rates = TextTable(["path", "MB/s", "median s", "extract s", "encode s", "stances", "output"],
                              rightAligned: [1, 2, 3, 4, 5, 6])
        rates.add(["one core", Format.rate(singleRate), Format.seconds(single.total / 1_000),
                   Format.seconds(single.extract / 1_000), Format.seconds(single.encode / 1_000),
                   "\(single.stances)", Format.megabytes(single.outputBytes)])
        rates.add(["all \(cores) cores (one article per worker)", Format.rate(parallelRate),
                   Format.seconds(parallel.total / 1_000), "", "", "\(parallel.stances)", Format.megabytes(parallel.outputBytes)])
        print("Throughput over the corpus (medians of \(options.rounds) rounds; MB = 10^6 bytes of article text)")
        print(rates.render())
        print("  speedup with \(cores) cores: \(Format.ratio(parallelRate / singleRate)); same output on both paths: "
            + (single.fingerprint == parallel.fingerprint ? "yes" : "NO"))
        print("")
        verdicts.add(["one core MB/s", Format.rate(singleRate), ">= \(Format.rate(Self.oneCoreTarget))",
                      Format.verdict(singleRate >= Self.oneCoreTarget)])
        let speedupTarget = max(1.0, 0.7 * Double(cores))
        verdicts.add(["all cores speedup", Format.ratio(parallelRate / singleRate), ">= \(Format.ratio(speedupTarget))",
                      Format.verdict(parallelRate / singleRate >= speedupTarget)])

        // Linearity.
        let sizes = options.linearity
        var linear = TextTable(["single-line input"] + sizes.map { "\($0) MB s" }
                               + ["growth", "extract growth", "stances at \(sizes.last!) MB", "output"],
                               rightAligned: Set(1...(sizes.count + 4)))
        for kind in LinearityKind.allCases {
            var totals: [Double] = []
            var extracts: [Double] = []
            var last = (stances: 0, outputBytes: 0)
            for size in sizes {
                progress("linearity: \(kind.title), \(size) MB")
                var text = kind.text(megabytes: size, seed: options.seed)
                text.makeContiguousUTF8()
                var best = (total: Double.infinity, extract: 0.0)
                for _ in 0..<2 {
                    let (graph, extractMs) = Stopwatch.measure { extractor.extract(Article.parse(text, id: "line")) }
                    let (bytes, encodeMs) = Stopwatch.measure { JSONGraphFormat().encode(graph).utf8.count }
                    if extractMs + encodeMs < best.total { best = (extractMs + encodeMs, extractMs) }
                    last = (graph.stances.reduce(0) { $0 + $1.count }, bytes)
                }
                totals.append(best.total / 1_000)
                extracts.append(best.extract / 1_000)
            }
            let growth = Self.growth(totals, sizes)
            let extractGrowth = Self.growth(extracts, sizes)
            linear.add([kind.title] + totals.map(Format.seconds)
                       + [Format.ratio(growth), Format.ratio(extractGrowth), "\(last.stances)", Format.megabytes(last.outputBytes)])
            verdicts.add(["linearity: \(kind.title)", Format.ratio(growth), "<= \(Format.ratio(Self.linearityTarget))",
                          Format.verdict(growth <= Self.linearityTarget)])
        }
        print("Linearity: one article on one line, one core, extraction and JSON encoding, best of 2 runs.")
        print("  growth = time per MB at \(sizes.last!) MB over time per MB at \(sizes.first!) MB: 1.0 is linear, "
            + "\(sizes.last! / sizes.first!).0 quadratic;")
        print("  extract growth counts StanceExtractor.extract alone. Sentences are at most "
            + "\(SentenceSplitter().maximumLength) characters, and every stance")
        print("  quotes its sentence, so the output grows with the stances an input holds.")
        print(linear.render())
        print("")

        // Memory over a stream.
        if options.stream {
            progress("streaming \(options.streamMegabytes) MB through relgraph extract --jsonl")
            switch try StreamingMemory(megabytes: options.streamMegabytes, seed: options.seed).run() {
            case .missing(let path):
                print("Streaming memory: skipped, \(path) not found (swift build -c release --product relgraph).")
                print("")
                verdicts.add(["stream memory flat", "not measured", "", ""])
            case .measured(let result):
                print("Memory over a stream: `relgraph extract --jsonl` in a child process, \(Format.megabytes(result.bytes))")
                print("  of JSON lines (\(result.lines) articles) piped in; peak RSS (VmHWM) and RSS read from /proc/PID/status")
                print("  as the stream goes (the child lags the writer by at most a pipe buffer and one batch).")
                var table = TextTable(["streamed", "VmHWM", "VmRSS"], rightAligned: [0, 1, 2])
                for sample in result.samples {
                    table.add([Format.megabytes(sample.bytes), Format.kibibytesAsMB(sample.hwm), Format.kibibytesAsMB(sample.rss)])
                }
                table.add(["at exit", Format.kibibytesAsMB(result.finalHWM), ""])
                print(table.render())
                let rate = Double(result.bytes) / 1e6 / result.seconds
                print("  \(result.outputLines) graphs written in \(Format.seconds(result.seconds)) s: \(Format.rate(rate)) MB/s with all cores,"
                    + " JSON parsing and encoding included; exit status \(result.status)")
                print("")
                let growth = Double(result.finalHWM) / Double(result.firstHWM)
                verdicts.add(["stream memory: peak at end / after first tenth", Format.ratio(growth),
                              "<= \(Format.ratio(Self.memoryTarget))",
                              Format.verdict(growth <= Self.memoryTarget && result.status == 0 && result.outputLines == result.lines)])
            }
        }

        print("Targets")
        print(verdicts.render())
        print("")
        let total = started.duration(to: ContinuousClock.now).milliseconds / 1_000
        print("Total benchmark time: \(Format.seconds(total)) s")
    }

    // MARK: Throughput

    struct Throughput {
        /// Milliseconds: median total per round, and (one worker) its extraction and encoding parts.
        var total: Double
        var extract: Double
        var encode: Double
        var stances: Int
        var outputBytes: Int
        /// FNV-1a over every output, to show both paths give the same graphs.
        var fingerprint: UInt64
    }

    private func throughput(_ corpus: [String], extractor: StanceExtractor, workers: Int) -> Throughput {
        // Warm-up: the first articles once.
        _ = process(Array(corpus.prefix(200)), extractor: extractor, workers: workers)
        var rounds: [(ms: Double, result: RoundResult)] = []
        for _ in 0..<options.rounds {
            let (result, ms) = Stopwatch.measure { process(corpus, extractor: extractor, workers: workers) }
            rounds.append((ms, result))
        }
        let sorted = rounds.sorted { $0.ms < $1.ms }
        let middle = sorted[sorted.count / 2]
        return Throughput(total: middle.ms, extract: middle.result.extract, encode: middle.result.encode,
                          stances: middle.result.stances, outputBytes: middle.result.outputBytes,
                          fingerprint: middle.result.fingerprint)
    }

    struct RoundResult: Sendable {
        var extract = 0.0
        var encode = 0.0
        var stances = 0
        var outputBytes = 0
        var fingerprint: UInt64 = 0
    }

    /// Extracts and encodes every article on `workers` threads.
    private func process(_ corpus: [String], extractor: StanceExtractor, workers: Int) -> RoundResult {
        let perArticle = ParallelMap.run(corpus.count, width: workers) { index -> ArticleFigures in
            let (graph, extractMs) = Stopwatch.measure { extractor.extract(Article.parse(corpus[index], id: "a\(index)")) }
            let (json, encodeMs) = Stopwatch.measure { JSONGraphFormat().encode(graph) }
            return ArticleFigures(extract: extractMs, encode: encodeMs, stances: graph.stances.reduce(0) { $0 + $1.count },
                                  bytes: json.utf8.count, hash: Fingerprint.of(json).value)
        }
        var result = RoundResult()
        result.fingerprint = 0xcbf2_9ce4_8422_2325
        for entry in perArticle {
            result.extract += entry.extract
            result.encode += entry.encode
            result.stances += entry.stances
            result.outputBytes += entry.bytes
            result.fingerprint = (result.fingerprint ^ entry.hash) &* 0x100_0000_01b3
        }
        return result
    }

    // MARK: Helpers

    /// Time per MB at the largest size over time per MB at the smallest.
    private static func growth(_ seconds: [Double], _ megabytes: [Int]) -> Double {
        (seconds.last! / Double(megabytes.last!)) / (seconds.first! / Double(megabytes.first!))
    }

    private func machineTable() -> TextTable {
        let facts = MachineFacts(graphvizVersion: "")
        var table = TextTable(["machine", ""])
        table.add(["build mode", facts.buildMode])
        table.add(["compiler", facts.compiler])
        table.add(["cores", facts.cores])
        table.add(["CPU", facts.cpu])
        table.add(["OS", facts.system])
        table.add(["memory", facts.memory])
        return table
    }

    private func progress(_ message: String) {
        FileHandle.standardError.write(Data("relgraph-bench: \(message)...\n".utf8))
    }
}

/// The three single-line inputs of the linearity check.
enum LinearityKind: CaseIterable {
    case sentences, noBreaks, oneSentence

    var title: String {
        switch self {
        case .sentences: return "sentences on one line"
        case .noBreaks: return "no sentence break at all"
        case .oneSentence: return "one sentence, many actors"
        }
    }

    func text(megabytes: Int, seed: UInt64) -> String {
        var generator = SyntheticArticles(seed: seed &+ 1)
        let bytes = megabytes * 1_000_000
        switch self {
        case .sentences:
            var text = ""
            text.reserveCapacity(bytes + 256)
            while text.utf8.count < bytes { text += generator.sentence() + " " }
            return text
        case .noBreaks: return generator.lineWithoutBreaks(bytes: bytes)
        case .oneSentence: return generator.oneLongSentence(bytes: bytes)
        }
    }
}

/// What one article cost and produced.
private struct ArticleFigures: Sendable {
    var extract: Double
    var encode: Double
    var stances: Int
    var bytes: Int
    var hash: UInt64
}

extension Format {
    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
    static func kibibytesAsMB(_ kibibytes: Int) -> String { String(format: "%.1f MB", Double(kibibytes) * 1024 / 1e6) }
}
