import Foundation
import RelGraph
import RelGraphRender

/// One benchmark run from start to finish: generates the graphs, runs each part,
/// and prints the report to standard output (progress goes to standard error,
/// so the report alone can be saved and compared).
///
/// Targets are checked and reported as "target met" / "target missed"; a miss is
/// information for whoever tunes `LayoutPlan`, not a failure of the run.
struct BenchmarkRun {
    static let wrapperRatioTarget = 1.10
    static let largeCases = [
        LargeGraphBenchmark.Case(name: "100 actors / 300 stances", actors: 100, stances: 300, targetSeconds: 2),
        LargeGraphBenchmark.Case(name: "1,000 actors / 3,000 stances", actors: 1_000, stances: 3_000, targetSeconds: 10),
    ]

    let options: BenchmarkOptions

    func run() throws {
        let started = ContinuousClock.now
        let direct = try DirectGraphviz()
        print("RelGraph render benchmark")
        print("=========================")
        print("")
        print(MachineFacts(graphvizVersion: direct.version).table.render())
        print("")

        try articleSection(direct: direct)

        var missedLarge: [LargeGraphBenchmark.Result] = []
        if options.large {
            let results = try largeSection(direct: direct)
            missedLarge = results.filter { !$0.met }
            if options.alternatives {
                for result in results { try alternativesSection(for: result) }
            } else if !missedLarge.isEmpty {
                print("  A large graph missed its target: run with --alternatives to time other engines and settings.")
                print("")
            }
        }
        let total = started.duration(to: ContinuousClock.now).milliseconds / 1_000
        print("Total benchmark time: \(Format.seconds(total)) s")
    }

    // MARK: Article-sized graphs

    private func articleSection(direct: DirectGraphviz) throws {
        progress("generating \(options.graphs) article-sized graphs")
        let graphs = try SyntheticGraphs.articles(count: options.graphs, seed: options.seed)
        progress("rendering: 1 warm-up round + \(options.rounds) timed rounds")
        let result = try ArticleBenchmark(graphs: graphs, rounds: options.rounds, direct: direct).run()

        let actorCounts = graphs.map { Double($0.actors.count) }
        let stanceCounts = graphs.map { Double($0.stances.count) }
        let stances = graphs.flatMap(\.stances)
        let withEvidence = Double(stances.filter { !$0.evidence.isEmpty }.count) / Double(stances.count)
        let repeated = Double(stances.filter { $0.count > 1 }.count) / Double(stances.count)

        print("Article-sized graphs (SVG, RenderOptions() defaults)")
        print("  \(graphs.count) graphs, seed \(options.seed); 1 warm-up round, then \(options.rounds) timed rounds;")
        print("  each graph timed on every path each round, path order rotated per graph and round;")
        print("  figures are per-graph medians over the rounds. The stock row runs the same DOT, warm-up and")
        print("  rounds in a child process where the renderer never ran (no process-wide cgraph disciplines).")
        print("  actors per graph \(range(actorCounts)), stances per graph \(range(stanceCounts)),"
            + " \(Format.percent(withEvidence)) of stances with evidence, \(Format.percent(repeated)) repeated")
        let plans = result.plans.sorted { $0.key < $1.key }.map { "\($0.key) x\($0.value)" }.joined(separator: "; ")
        print("  plans chosen: \(plans)")
        print("  direct SVG byte-identical to GraphvizContext's: \(result.identicalOutputs) of \(graphs.count)")
        print("  input fingerprint (FNV-1a of all DOT texts): \(result.inputFingerprint)")
        print("")

        var table = TextTable(["path", "graphs/s", "median ms", "p95 ms", "mean ms", "max ms"], rightAligned: [1, 2, 3, 4, 5])
        for path in ArticleBenchmark.Path.allCases {
            let summary = result.summary(path)
            table.add([path.title, Format.rate(result.throughput(path)), Format.ms(summary.median),
                       Format.ms(summary.p95), Format.ms(summary.mean), Format.ms(summary.maximum)])
        }
        let stock = result.stockSummary
        table.add(["direct libgvc, stock cgraph (own process)", Format.rate(result.stockThroughput), Format.ms(stock.median),
                   Format.ms(stock.p95), Format.ms(stock.mean), Format.ms(stock.maximum)])
        print(table.render())
        print("")

        let wrapper = result.summary(.wrapper).mean
        let floor = result.summary(.direct).mean
        let build = result.summary(.dotBuild).mean
        let context = result.summary(.contextLayout).mean
        var ratios = TextTable(["target / figure", "value", "target", "verdict"], rightAligned: [1])
        ratios.add(["wrapper / direct (sum of per-graph medians)", Format.ratio(result.ratio),
                    "<= \(Format.ratio(Self.wrapperRatioTarget))", Format.verdict(result.ratio <= Self.wrapperRatioTarget)])
        ratios.add(["wrapper / stock direct (own process, sum of medians)", Format.ratio(result.stockRatio),
                    "<= \(Format.ratio(Self.wrapperRatioTarget))", Format.verdict(result.stockRatio <= Self.wrapperRatioTarget)])
        ratios.add(["in-process direct / stock direct", Format.ratio(result.summary(.direct).total / result.stockSummary.total), "", ""])
        ratios.add(["(wrapper - DOT build) / direct", Format.ratio(result.ratioWithoutDOTBuild), "", ""])
        ratios.add(["wrapper / direct (median of per-graph ratios)", Format.ratio(result.medianPerGraphRatio), "", ""])
        ratios.add(["wrapper / direct (throughput)",
                    Format.ratio(result.throughput(.direct) / result.throughput(.wrapper)), "", ""])
        print(ratios.render())
        print("")
        var overhead = TextTable(["wrapper overhead per graph (means of per-graph medians)", "ms", "share of floor"], rightAligned: [1, 2])
        overhead.add(["total: wrapper - direct", Format.ms(wrapper - floor), Format.percent((wrapper - floor) / floor)])
        overhead.add(["  DOT build (StyledDOTBuilder + LayoutPlan)", Format.ms(build), Format.percent(build / floor)])
        overhead.add(["  GraphvizContext.layout - direct (lock, messages, copy)", Format.ms(context - floor),
                      Format.percent((context - floor) / floor)])
        let rest = wrapper - floor - build - (context - floor)
        overhead.add(["  rest: SVG post-processing, summary", Format.ms(rest), Format.percent(rest / floor)])
        let stockFloor = result.stockSummary.mean
        overhead.add(["not in the above: in-process direct - stock direct", Format.ms(floor - stockFloor),
                      Format.percent((floor - stockFloor) / stockFloor)])
        print(overhead.render())
        print("")
    }

    // MARK: Large graphs

    private func largeSection(direct: DirectGraphviz) throws -> [LargeGraphBenchmark.Result] {
        let benchmark = LargeGraphBenchmark(direct: direct, seed: options.seed)
        var results: [LargeGraphBenchmark.Result] = []
        for testCase in Self.largeCases {
            progress("rendering the \(testCase.name) graph")
            results.append(try benchmark.run(testCase))
        }
        print("Large graphs (SVG, RenderOptions() defaults: automatic plan)")
        print("  generated corpus graphs: a few hub states, weights 1/rank^0.8, every actor attached;")
        print("  three runs per path when a render takes under a second, else one; medians shown.")
        print("")
        var shape = TextTable(["graph", "actors", "stances", "max degree", "engine", "labels", "compact", "DOT", "SVG",
                               "DOT FNV-1a"], rightAligned: [1, 2, 3, 7, 8])
        for result in results {
            shape.add([result.testCase.name, "\(result.graph.actors.count)", "\(result.graph.stances.count)",
                       "\(result.maxDegree)", result.plan.engine.rawValue, result.plan.edgeLabels ? "on" : "off",
                       result.plan.compact ? "yes" : "no", Format.kilobytes(result.dotBytes), Format.kilobytes(result.svgBytes),
                       result.dotFingerprint])
        }
        print(shape.render())
        print("")
        var times = TextTable(["graph", "runs", "wrapper s", "direct s", "stock direct s", "wrapper/direct",
                               "wrapper/stock", "target", "verdict"], rightAligned: [1, 2, 3, 4, 5, 6])
        for result in results {
            times.add([result.testCase.name, "\(result.runs)", Format.seconds(result.wrapper / 1_000),
                       Format.seconds(result.direct / 1_000), Format.seconds(result.stockDirect / 1_000),
                       Format.ratio(result.wrapper / result.direct), Format.ratio(result.wrapper / result.stockDirect),
                       "< \(Int(result.testCase.targetSeconds)) s", Format.verdict(result.met)])
        }
        print(times.render())
        print("")
        var parts = TextTable(["graph: wrapper time split", "DOT build s", "context layout s", "rest s (by difference)"],
                              rightAligned: [1, 2, 3])
        for result in results {
            parts.add([result.testCase.name, Format.seconds(result.dotBuild / 1_000),
                       Format.seconds(result.contextLayout / 1_000),
                       Format.seconds((result.wrapper - result.contextLayout - result.dotBuild) / 1_000)])
        }
        print(parts.render())
        print("")
        return results
    }

    // MARK: Alternatives

    private func alternativesSection(for result: LargeGraphBenchmark.Result) throws {
        let alternatives = AlternativeLayouts(timeout: options.timeout)
        print("Alternatives on the \(result.testCase.name) graph")
        print("  GraphvizContext.shared.layout on edited DOT, one child process per variant, limit \(Int(options.timeout)) s;")
        print("  layout + SVG only (add the post-processing time above for a full render).")
        print("")
        var table = TextTable(["variant", "seconds", "SVG", "warnings", "vs < \(Int(result.testCase.targetSeconds)) s"],
                              rightAligned: [1, 2, 3])
        for variant in AlternativeLayouts.variants {
            progress("alternative for \(result.testCase.name): \(variant.name)")
            let dot = try AlternativeLayouts.dot(for: result.graph, variant: variant)
            switch try alternatives.measure(dot: dot, engine: variant.engine) {
            case .finished(let ms, let bytes, let warnings):
                table.add([variant.name, Format.seconds(ms / 1_000), Format.kilobytes(bytes), "\(warnings)",
                           Format.verdict(ms / 1_000 < result.testCase.targetSeconds)])
            case .timedOut:
                table.add([variant.name, "> \(Int(options.timeout))", "-", "-", "target missed (stopped)"])
            case .failed(let message):
                table.add([variant.name, "failed", "-", "-", message])
            }
        }
        print(table.render())
        print("")
    }

    // MARK: Helpers

    private func range(_ values: [Double]) -> String {
        let summary = Summary(values)
        return "\(Int(summary.minimum))-\(Int(summary.maximum)) (median \(Int(summary.median)))"
    }

    private func progress(_ message: String) {
        FileHandle.standardError.write(Data("relgraph-bench: \(message)...\n".utf8))
    }
}
