@testable import RelGraph

/// Small graphs for the diff, merge and timeline tests: parsed from inline text,
/// or generated from a seed over a shared pool of actors, so that two generated
/// graphs overlap the way two articles of one story do.
enum DiffFixtures {
    /// A graph in the text format; the fixtures are written to be valid.
    static func graph(_ text: String) -> StanceGraph {
        try! TextFormatParser(fileName: "fixture.rg").parse(text)
    }

    /// The pool: id, name, aliases. Names and aliases are distinct across actors.
    static let pool: [(id: String, name: String, aliases: [String])] = [
        ("TUR", "Turkey", ["Ankara"]), ("RUS", "Russia", ["Moscow"]), ("USA", "United States", ["US", "Washington"]),
        ("KURDS", "Kurds", ["Kurdish forces"]), ("SAA", "Syrian Arab Army", []), ("IS", "Islamic State", ["ISIS"]),
        ("QAT", "Qatar", ["Doha"]), ("IRN", "Iran", ["Tehran"]),
    ]

    static let quotes = ["Ankara condemned the strikes.", "They met in | Sochi.", "*Moscow* backs <Damascus>.",
                         "The talks_failed.", "A new offensive began.", "Officials \"warned\" again."]

    /// A pseudo-random graph over the pool. With `renaming`, an actor is sometimes
    /// declared under its name as id (`Turkey` rather than `TUR`) or without its
    /// aliases, as another article's extraction or a hand-written file would.
    static func randomGraph(seed: UInt64, renaming: Bool = true, date: String? = nil) -> StanceGraph {
        var rng = SeededGenerator(seed: seed)
        var graph = StanceGraph(metadata: GraphMetadata(title: "Graph \(seed)", date: date))
        for entry in pool where rng.chance(70) {
            let id = renaming && rng.chance(20) ? entry.name : entry.id
            let aliases = renaming && rng.chance(20) ? [] : entry.aliases
            try! graph.addActor(Actor(id: id, name: entry.name, kind: rng.pick(ActorKind.allCases), aliases: aliases))
        }
        let ids = graph.actors.map(\.id)
        guard ids.count >= 2 else { return graph }
        for _ in 0..<rng.int(0...(ids.count * 2)) {
            let source = rng.pick(ids)
            let target = rng.pick(ids)
            guard source != target else { continue }
            let evidence = (0..<rng.int(0...2)).map { _ in
                Evidence(text: rng.pick(quotes), article: rng.chance(50) ? "art-\(rng.int(1...3))" : nil,
                         date: rng.chance(50) ? "2016-0\(rng.int(1...9))-1\(rng.int(0...9))" : nil,
                         start: rng.chance(50) ? rng.int(0...500) : nil)
            }
            try! graph.addStance(Stance(source: source, target: target, kind: rng.pick(StanceKind.allCases),
                                        evidence: evidence, count: rng.chance(30) ? rng.int(1...4) : nil))
        }
        return graph
    }
}
