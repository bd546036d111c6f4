import RelGraph
import RelGraphRender

/// Step 4: one merged-corpus graph through the renderer's automatic plan, timed
/// against bare libgvc on the same DOT and engine.
///
/// Why separate from the article benchmark: these graphs take from a fraction of
/// a second to many seconds, so they are timed a few times at most (three runs
/// per path when a render takes under a second, otherwise one), and the question
/// is different: whether the plan's engine and label choice keep a large graph
/// inside its time budget.
struct LargeGraphBenchmark {
    struct Case {
        var name: String
        var actors: Int
        var stances: Int
        /// The budget for one render through `Renderer.render`, in seconds.
        var targetSeconds: Double
    }

    struct Result {
        var testCase: Case
        var graph: StanceGraph
        var plan: LayoutPlan
        var maxDegree: Int
        var dotBytes: Int
        var dotFingerprint: String
        var svgBytes: Int
        var runs: Int
        /// Medians over the runs, in ms.
        var wrapper: Double
        var direct: Double
        /// Stock libgvc in a process of its own (see `StockFloor`).
        var stockDirect: Double
        var contextLayout: Double
        var dotBuild: Double

        var met: Bool { wrapper / 1_000 < testCase.targetSeconds }
    }

    let direct: DirectGraphviz
    let seed: UInt64

    func graph(for testCase: Case) throws -> StanceGraph {
        try SyntheticGraphs.corpus(actors: testCase.actors, stances: testCase.stances,
                                   seed: seed &+ UInt64(testCase.actors))
    }

    func run(_ testCase: Case) throws -> Result {
        let graph = try graph(for: testCase)
        let renderer = Renderer()
        let options = RenderOptions()
        let plan = LayoutPlan.choose(for: graph, options: options)
        let dot = renderer.dotSource(for: graph, options: options)
        let engine = plan.engine.rawValue

        var wrapper: [Double] = []
        var directTimes: [Double] = []
        var context: [Double] = []
        var build: [Double] = []
        var svgBytes = 0
        let steps: [() throws -> Void] = [
            {
                let (rendering, ms) = try Stopwatch.measure { try renderer.render(graph, options: options) }
                svgBytes = rendering.data.count
                wrapper.append(ms)
            },
            { directTimes.append(try Stopwatch.measure { try direct.render(dot: dot, engine: engine) }.milliseconds) },
            {
                context.append(try Stopwatch.measure {
                    try GraphvizContext.shared.layout(dot: dot, engine: engine, format: "svg")
                }.milliseconds)
            },
            { build.append(Stopwatch.measure { renderer.dotSource(for: graph, options: options) }.milliseconds) },
        ]
        var round = 0
        repeat {
            // Rotate the order each round, as in the article benchmark.
            for step in 0..<steps.count { try steps[(round + step) % steps.count]() }
            round += 1
        } while round < 3 && max(wrapper.max()!, directTimes.max()!) < 1_000

        let stock = try StockFloor.measure([StockFloor.Job(dot: dot, engine: engine)], rounds: round)

        var degree: [String: Int] = [:]
        for stance in graph.stances {
            degree[stance.source, default: 0] += 1
            degree[stance.target, default: 0] += 1
        }
        return Result(testCase: testCase, graph: graph, plan: plan, maxDegree: degree.values.max() ?? 0,
                      dotBytes: dot.utf8.count, dotFingerprint: Fingerprint.of(dot).hex, svgBytes: svgBytes, runs: round,
                      wrapper: median(wrapper), direct: median(directTimes), stockDirect: stock.perJobMedians[0],
                      contextLayout: median(context), dotBuild: median(build))
    }
}
