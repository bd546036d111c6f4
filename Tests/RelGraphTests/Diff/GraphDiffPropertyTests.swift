import PropertyBased
import Testing
@testable import RelGraph

/// The laws of diff and merge, checked on generated graphs. Each check draws
/// seeds with PropertyBased (a failure prints the seed that reproduces it) and
/// builds graphs from them over a shared actor pool, so two graphs overlap,
/// rename actors and disagree about pairs the way two articles do. The
/// deterministic sweeps below check the same laws on fixed seeds.
@Suite("Diff and merge laws")
struct GraphDiffPropertyTests {
    static let seeds = Gen.int(in: 0...1_000_000)

    @Test func diffOfAGraphWithItselfIsEmpty() async {
        await propertyCheck(count: 200, input: Self.seeds) { seed in
            let graph = DiffFixtures.randomGraph(seed: UInt64(seed))
            let diff = GraphDiff(old: graph, new: graph)
            #expect(diff.isEmpty)
            #expect(diff.stancesUnchanged.count == graph.stances.count)
        }
    }

    @Test func swappingTheInputsInvertsTheDiff() async {
        await propertyCheck(count: 300, input: Self.seeds, Self.seeds) { a, b in
            let old = DiffFixtures.randomGraph(seed: UInt64(a))
            let new = DiffFixtures.randomGraph(seed: UInt64(b))
            #expect(GraphDiff(old: new, new: old) == GraphDiff(old: old, new: new).inverted())
        }
    }

    @Test func applyingTheDiffToTheOldGraphGivesTheNewOne() async throws {
        await propertyCheck(count: 300, input: Self.seeds, Self.seeds) { a, b in
            let old = DiffFixtures.randomGraph(seed: UInt64(a))
            let new = DiffFixtures.randomGraph(seed: UInt64(b))
            let rebuilt = try GraphDiff(old: old, new: new).apply(to: old)
            #expect(rebuilt.canonicallyOrdered() == new.canonicallyOrdered())
        }
    }

    @Test func theDiffSurvivesItsJSON() async throws {
        await propertyCheck(count: 100, input: Self.seeds, Self.seeds) { a, b in
            let diff = GraphDiff(old: DiffFixtures.randomGraph(seed: UInt64(a)), new: DiffFixtures.randomGraph(seed: UInt64(b)))
            let text = DiffJSONFormat().encode(diff, oldName: "a", newName: "b")
            let decoded = try DiffJSONFormat().decode(text).diff
            #expect(decoded == diff)
        }
    }

    @Test func mergeDoesNotDependOnInputOrder() async {
        await propertyCheck(count: 100, input: Self.seeds, Gen.int(in: 1...8)) { seed, count in
            let graphs = (0..<count).map { index in
                DiffFixtures.randomGraph(seed: UInt64(seed + index), renaming: false,
                                         date: index % 3 == 0 ? nil : "2016-0\(index % 9 + 1)-01")
            }
            var rng = SeededGenerator(seed: UInt64(seed))
            let order = Array(graphs.indices).shuffled(using: &rng)
            var forward = GraphMerger(evidenceLimit: 2)
            var shuffled = GraphMerger(evidenceLimit: 2)
            for index in graphs.indices { forward.add(graphs[index], article: "a\(index)") }
            for index in order { shuffled.add(graphs[index], article: "a\(index)") }
            #expect(forward.result() == shuffled.result())
        }
    }

    /// The same laws on fixed seeds, so that every run checks the same cases too.
    @Test(arguments: 0..<60)
    func lawsOnFixedSeeds(seed: Int) throws {
        let old = DiffFixtures.randomGraph(seed: UInt64(seed))
        let new = DiffFixtures.randomGraph(seed: UInt64(seed + 1_000))
        let diff = GraphDiff(old: old, new: new)
        #expect(GraphDiff(old: old, new: old).isEmpty)
        #expect(GraphDiff(old: new, new: old) == diff.inverted())
        #expect(try diff.apply(to: old).canonicallyOrdered() == new.canonicallyOrdered())
        #expect(try diff.inverted().apply(to: new).canonicallyOrdered() == old.canonicallyOrdered())
    }

    /// The generated pairs do exercise what the laws are about: changed kinds,
    /// polarity changes, actors matched under another id, additions and removals.
    @Test func generatedGraphsCoverTheInterestingCases() {
        var changed = 0, polarity = 0, renamed = 0, added = 0, removed = 0
        for seed in 0..<60 as Range<UInt64> {
            let diff = GraphDiff(old: DiffFixtures.randomGraph(seed: seed), new: DiffFixtures.randomGraph(seed: seed + 1_000))
            changed += diff.stancesChanged.count
            polarity += diff.polarityChanges
            renamed += diff.actorsMatched.filter { $0.old.id != $0.new.id }.count
            added += diff.stancesAdded.count
            removed += diff.actorsRemoved.count
        }
        #expect(changed > 10 && polarity > 5 && renamed > 5 && added > 10 && removed > 5)
    }
}
