import Foundation
import RelGraph

/// Deterministic stance graphs shaped like RelGraph's real inputs.
///
/// Why synthetic: the benchmark must run anywhere (CI included) without a corpus,
/// and give the same graphs on every run so figures are comparable. Two shapes
/// matter: the graph of one news article (10-15 actors, 10-25 stances, a couple
/// of central actors, some stances reported twice, quotes as evidence), and the
/// graph of a merged corpus (hundreds or thousands of actors whose degrees follow
/// a heavy tail: a few hub states take part in a large share of all stances).
enum SyntheticGraphs {
    /// `count` article-sized graphs; graph `i` depends only on `seed` and `i`.
    static func articles(count: Int, seed: UInt64) throws -> [StanceGraph] {
        try (0..<count).map { number in
            var generator = SeededGenerator(seed: seed &+ UInt64(number) &* 0x9E37_79B9)
            return try article(number: number, using: &generator)
        }
    }

    /// One article's graph.
    static func article(number: Int, using generator: inout SeededGenerator) throws -> StanceGraph {
        let actorCount = generator.int(in: 10...15)
        let stanceCount = generator.int(in: 10...25)

        var pools: [ActorKind: [String]] = [:]
        // In ActorKind's declared order: a dictionary's own order changes from process to process.
        for kind in ActorKind.allCases { pools[kind] = generator.shuffled(SyntheticText.namedActors[kind] ?? []) }
        let kindWeights = SyntheticText.actorKindWeights.map(\.1)
        var graph = StanceGraph(metadata: GraphMetadata(
            title: "Synthetic article \(number + 1)",
            url: "https://example.org/news/\(number + 1)",
            date: "2024-\(String(format2: generator.int(in: 1...12)))-\(String(format2: generator.int(in: 1...28)))"))
        while graph.actors.count < actorCount {
            let kind = SyntheticText.actorKindWeights[generator.weightedIndex(kindWeights)].0
            guard let name = pools[kind]?.popLast() else { continue }
            let aliases = kind == .person ? [String(name.split(separator: " ").last!)] : []
            try graph.addActor(Actor(id: Actor.makeID(fromName: name), name: name, kind: kind, aliases: aliases))
        }

        // The first two actors are the story's protagonists and take part in more stances.
        let actorWeights = graph.actors.indices.map { $0 < 2 ? 4.0 : 1.0 }
        var attempts = 0
        while graph.stances.count < stanceCount, attempts < 10_000 {
            attempts += 1
            let source = graph.actors[generator.weightedIndex(actorWeights)]
            let target = graph.actors[generator.weightedIndex(actorWeights)]
            guard source.id != target.id else { continue }
            let kind = drawStanceKind(using: &generator)
            let draw = generator.unit()
            let quotes = draw < 0.25 ? 0 : (draw < 0.85 ? 1 : 2)
            try graph.addStance(stance(source, kind, target, quotes: quotes, using: &generator))
            // Now and then the article reports a stance again: it is merged, its count rises.
            if generator.chance(0.15), let again = graph.stances.last,
               let from = graph.actor(id: again.source), let to = graph.actor(id: again.target) {
                try graph.addStance(stance(from, again.kind, to, quotes: 1, using: &generator))
            }
        }
        return graph
    }

    /// A merged-corpus graph with exactly `actorCount` actors and `stanceCount`
    /// distinct stances (fewer only if the pairs run out, which they do not for
    /// these sizes). Actor `r` in rank order has weight 1/(r+1)^0.8, the top ranks
    /// are states (the hubs), and every actor is attached to the rest by at least
    /// one stance, as in a corpus where each actor comes from some article.
    static func corpus(actors actorCount: Int, stances stanceCount: Int, seed: UInt64) throws -> StanceGraph {
        var generator = SeededGenerator(seed: seed)
        let hubCount = max(3, actorCount / 50)
        var pools: [ActorKind: [String]] = [:]
        // In ActorKind's declared order: a dictionary's own order changes from process to process.
        for kind in ActorKind.allCases { pools[kind] = generator.shuffled(SyntheticText.namedActors[kind] ?? []) }
        let kindWeights = SyntheticText.actorKindWeights.map(\.1)

        // Actors in rank order (rank 0 is the biggest hub).
        var ranked: [Actor] = []
        var usedIDs = Set<String>()
        for rank in 0..<actorCount {
            let kind = rank < hubCount ? .state : SyntheticText.actorKindWeights[generator.weightedIndex(kindWeights)].0
            var name = pools[kind]?.popLast() ?? SyntheticText.inventedName(kind: kind, index: rank, using: &generator)
            var id = Actor.makeID(fromName: name)
            if usedIDs.contains(id) {
                name = SyntheticText.inventedName(kind: kind, index: rank, using: &generator)
                id = Actor.makeID(fromName: name)
            }
            usedIDs.insert(id)
            ranked.append(Actor(id: id, name: name, kind: kind))
        }

        var graph = StanceGraph(metadata: GraphMetadata(title: "Synthetic corpus of \(actorCount) actors"))
        // Declared in a shuffled order, so hubs are not simply first in the DOT file.
        for actor in generator.shuffled(ranked) { try graph.addActor(actor) }

        let sampler = WeightedSampler(weights: (0..<actorCount).map { 1 / pow(Double($0 + 1), 0.8) })
        func add(_ source: Int, _ target: Int) throws {
            let kind = drawStanceKind(using: &generator)
            let quotes = generator.chance(0.3) ? 1 : 0
            try graph.addStance(stance(ranked[source], kind, ranked[target], quotes: quotes, using: &generator))
            if generator.chance(0.12) {
                try graph.addStance(stance(ranked[source], kind, ranked[target], quotes: 1, using: &generator))
            }
        }
        // Attach each actor to an earlier one, preferring hubs (preferential attachment).
        for rank in 1..<actorCount where graph.stances.count < stanceCount {
            let other = sampler.draw(amongFirst: rank, using: &generator)
            if generator.chance(0.5) { try add(rank, other) } else { try add(other, rank) }
        }
        // The rest: sources by weight; targets by weight or, 40% of the time, uniform.
        var attempts = 0
        while graph.stances.count < stanceCount, attempts < stanceCount * 100 {
            attempts += 1
            let source = sampler.draw(using: &generator)
            let target = generator.chance(0.4) ? generator.index(below: actorCount) : sampler.draw(using: &generator)
            guard source != target else { continue }
            try add(source, target)
        }
        return graph
    }

    // MARK: Helpers

    private static func drawStanceKind(using generator: inout SeededGenerator) -> StanceKind {
        SyntheticText.stanceKindWeights[generator.weightedIndex(SyntheticText.stanceKindWeights.map(\.1))].0
    }

    private static func stance(_ source: Actor, _ kind: StanceKind, _ target: Actor, quotes: Int,
                               using generator: inout SeededGenerator) -> Stance {
        let evidence = (0..<quotes).map { _ in
            Evidence(text: SyntheticText.evidence(source.name, kind, target.name, using: &generator),
                     article: "synthetic-\(generator.int(in: 1...9999))", rule: "synthetic")
        }
        return Stance(source: source.id, target: target.id, kind: kind, evidence: evidence)
    }
}

private extension String {
    /// A number with a leading zero below 10, for dates.
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
