@testable import RelGraph

/// SplitMix64: a tiny, seeded pseudo-random generator, so that generated graphs
/// are the same on every run and every platform.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }
}

/// Builds pseudo-random graphs out of strings that are hard on parsers and writers.
enum GraphGenerator {
    /// Fragments that strings are glued from: keywords, stance words, counts,
    /// quotes, escapes, comment and list characters, line breaks, markup, DOT
    /// keywords, non-Latin scripts, emoji and combining marks.
    static let fragments: [String] = [
        "a", "Z", "7", " ", "  ", "\t", "\n", "\r", "\r\n", "\"", "\\", "\\n", "#", ",", ":", "'", "x", "×", "x3",
        "actor", "title", "meta", "aliases:", "the ", "The ", "backs", "Support", "fights alongside", "will not tolerate",
        "node", "subgraph", "edge", "graph", "<script>", "&amp;", "{", "}", "[", "]", ";", "=",
        "Россия", "حماس", "中国", "é", "e\u{301}", "🇷🇺", "👨‍👩‍👧", "\u{00A0}", "\u{2028}", "\u{FEFF}",
        "\u{301}", "\u{200D}", "\u{0B}", "\u{7}",
    ]

    static func string(_ rng: inout SeededGenerator, maxFragments: Int = 5, allowEmpty: Bool = true) -> String {
        var text = ""
        for _ in 0..<rng.int(allowEmpty ? 0...maxFragments : 1...maxFragments) {
            text += rng.pick(fragments)
        }
        return text
    }

    /// A graph with up to `maxActors` actors and a few dozen stance attempts.
    /// With `richEvidence`, evidence carries article, date, offsets and rule
    /// (which only JSON keeps); otherwise only text.
    static func graph(seed: UInt64, maxActors: Int = 8, richEvidence: Bool = false) -> StanceGraph {
        var rng = SeededGenerator(seed: seed)
        var metadata = GraphMetadata()
        if rng.chance(60) { metadata.title = string(&rng) }
        if rng.chance(40) { metadata.url = string(&rng) }
        if rng.chance(40) { metadata.date = string(&rng) }
        for _ in 0..<rng.int(0...3) { metadata.extra[string(&rng, allowEmpty: false)] = string(&rng) }

        var graph = StanceGraph(metadata: metadata)
        for _ in 0..<rng.int(0...maxActors) {
            var id = string(&rng, maxFragments: 3, allowEmpty: false)
            // The text format reads a name of white space alone as no name at all.
            if !id.contains(where: { !$0.isWhitespace }) { id += "a" }
            let actor = Actor(
                id: id,
                name: rng.chance(20) ? nil : string(&rng),
                kind: rng.pick(ActorKind.allCases),
                aliases: (0..<rng.int(0...3)).map { _ in string(&rng, maxFragments: 3) })
            if graph.actor(id: actor.id) == nil { try! graph.addActor(actor) }
        }
        let ids = graph.actors.map(\.id)
        guard ids.count >= 2 else { return graph }
        for _ in 0..<rng.int(0...(ids.count * 3)) {
            let source = rng.pick(ids)
            let target = rng.pick(ids)
            guard source != target else { continue }
            let evidence = (0..<rng.int(0...3)).map { _ -> Evidence in
                guard richEvidence else { return Evidence(text: string(&rng, maxFragments: 8)) }
                return Evidence(
                    text: string(&rng, maxFragments: 8),
                    article: rng.chance(50) ? string(&rng) : nil,
                    date: rng.chance(50) ? "2016-0\(rng.int(1...9))-1\(rng.int(0...9))" : nil,
                    start: rng.chance(50) ? rng.int(0...5000) : nil,
                    end: rng.chance(50) ? rng.int(0...5000) : nil,
                    rule: rng.chance(30) ? string(&rng) : nil)
            }
            let count: Int? = rng.chance(30) ? rng.int(1...9) : nil
            try! graph.addStance(Stance(source: source, target: target, kind: rng.pick(StanceKind.allCases),
                                        evidence: evidence, count: count))
        }
        return graph
    }
}
