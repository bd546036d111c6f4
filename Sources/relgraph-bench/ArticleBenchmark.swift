import RelGraph
import RelGraphRender

/// Steps 2 and 3: many article-sized graphs through `Renderer.render` and, on the
/// same DOT text with the same engine, through bare libgvc; the ratio of the two
/// is the renderer's overhead.
///
/// Why this shape: each graph is timed on each path once per round, the order of
/// the paths rotates from graph to graph and round to round, and every figure is
/// built from per-graph medians over the rounds. Warm-up, caches, frequency
/// scaling and background noise then fall on both paths alike instead of biasing
/// the ratio. Two extra paths split the wrapper's time into its parts: building
/// the DOT text, and `GraphvizContext.layout` on the finished DOT (libgvc plus the
/// context's lock, message capture and output copy); the rest is SVG post-processing.
/// A third floor, stock libgvc in its own process, shows what the renderer's
/// process-wide cgraph disciplines cost (see `StockFloor`).
struct ArticleBenchmark {
    enum Path: Int, CaseIterable {
        case wrapper, direct, contextLayout, dotBuild

        var title: String {
            switch self {
            case .wrapper: return "Renderer.render (wrapper)"
            case .direct: return "direct libgvc, same DOT"
            case .contextLayout: return "  GraphvizContext.layout, same DOT"
            case .dotBuild: return "  Renderer.dotSource (DOT build)"
            }
        }
    }

    struct Result {
        var graphCount: Int
        var rounds: Int
        /// [path][graph]: the median over rounds of one graph's time, in ms.
        var perGraphMedians: [[Double]]
        /// [path][round]: the time of all graphs in one round, in ms.
        var roundTotals: [[Double]]
        /// The same DOT through stock libgvc in a process of its own (see `StockFloor`).
        var stock: StockFloor.Result
        /// How many graphs each engine/label combination drew.
        var plans: [String: Int]
        /// Graphs whose direct SVG equals GraphvizContext's byte for byte (warm-up round).
        var identicalOutputs: Int
        var outputBytes: Int
        /// FNV-1a of every graph's DOT text, to tell whether two runs measured the same input.
        var inputFingerprint: String

        func summary(_ path: Path) -> Summary { Summary(perGraphMedians[path.rawValue]) }

        /// Graphs per second: graphs over the median round's total time.
        func throughput(_ path: Path) -> Double {
            Double(graphCount) / (median(roundTotals[path.rawValue]) / 1_000)
        }

        /// Wrapper time over direct time, summed over graphs (each graph's median):
        /// the figure the 1.10x target is checked against.
        var ratio: Double {
            summary(.wrapper).total / summary(.direct).total
        }

        var stockSummary: Summary { Summary(stock.perJobMedians) }
        var stockThroughput: Double { Double(graphCount) / (median(stock.roundTotals) / 1_000) }

        /// Wrapper time over the stock floor, summed over graphs the same way.
        var stockRatio: Double {
            summary(.wrapper).total / stockSummary.total
        }

        /// The median over graphs of each graph's own wrapper/direct ratio.
        /// The ratio if building the DOT text were counted as preparing the input:
        /// what is left is layout plus everything the renderer does around it.
        var ratioWithoutDOTBuild: Double {
            (summary(.wrapper).total - summary(.dotBuild).total) / summary(.direct).total
        }

        var medianPerGraphRatio: Double {
            median(zip(perGraphMedians[Path.wrapper.rawValue], perGraphMedians[Path.direct.rawValue]).map { $0 / $1 })
        }
    }

    let graphs: [StanceGraph]
    let rounds: Int
    let direct: DirectGraphviz

    func run() throws -> Result {
        let renderer = Renderer()
        let options = RenderOptions()
        let prepared = graphs.map { graph in
            (dot: renderer.dotSource(for: graph, options: options),
             engine: LayoutPlan.choose(for: graph, options: options).engine.rawValue)
        }
        var outputBytes = 0
        var fingerprint = Fingerprint()
        for (dot, _) in prepared { fingerprint.add(dot) }

        func time(_ path: Path, _ index: Int) throws -> Double {
            let graph = graphs[index]
            let (dot, engine) = prepared[index]
            switch path {
            case .wrapper:
                let (rendering, ms) = try Stopwatch.measure { try renderer.render(graph, options: options) }
                outputBytes &+= rendering.data.count
                return ms
            case .direct:
                let (count, ms) = try Stopwatch.measure { try direct.render(dot: dot, engine: engine) }
                outputBytes &+= count
                return ms
            case .contextLayout:
                let (output, ms) = try Stopwatch.measure {
                    try GraphvizContext.shared.layout(dot: dot, engine: engine, format: "svg")
                }
                outputBytes &+= output.bytes.count
                return ms
            case .dotBuild:
                let (text, ms) = Stopwatch.measure { renderer.dotSource(for: graph, options: options) }
                outputBytes &+= text.utf8.count
                return ms
            }
        }

        // Warm-up round: every path once per graph, untimed; also checks that the
        // direct path and the context draw the same picture.
        var identical = 0
        var plans: [String: Int] = [:]
        for index in graphs.indices {
            for path in Path.allCases { _ = try time(path, index) }
            let (dot, engine) = prepared[index]
            let viaContext = try GraphvizContext.shared.layout(dot: dot, engine: engine, format: "svg").bytes
            if try direct.renderedBytes(dot: dot, engine: engine) == viaContext { identical += 1 }
            let plan = LayoutPlan.choose(for: graphs[index], options: options)
            plans["\(plan.engine.rawValue), labels \(plan.edgeLabels ? "on" : "off")", default: 0] += 1
        }

        let paths = Path.allCases
        var samples = [[[Double]]](repeating: [[Double]](repeating: [], count: graphs.count), count: paths.count)
        var roundTotals = [[Double]](repeating: [], count: paths.count)
        for round in 0..<rounds {
            var totals = [Double](repeating: 0, count: paths.count)
            for index in graphs.indices {
                // Rotate which path goes first, so no path always runs on a cold or warm cache.
                let offset = (index + round) % paths.count
                for step in 0..<paths.count {
                    let path = paths[(offset + step) % paths.count]
                    let ms = try time(path, index)
                    samples[path.rawValue][index].append(ms)
                    totals[path.rawValue] += ms
                }
            }
            for path in paths { roundTotals[path.rawValue].append(totals[path.rawValue]) }
        }

        let stock = try StockFloor.measure(prepared.map { StockFloor.Job(dot: $0.dot, engine: $0.engine) }, rounds: rounds)

        return Result(graphCount: graphs.count, rounds: rounds,
                      perGraphMedians: samples.map { $0.map(median) },
                      roundTotals: roundTotals, stock: stock, plans: plans, identicalOutputs: identical,
                      outputBytes: outputBytes, inputFingerprint: fingerprint.hex)
    }
}
