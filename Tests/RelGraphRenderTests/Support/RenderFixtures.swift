import Foundation
import RelGraph
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Small graphs written for the renderer's tests.
enum RenderFixtures {
    /// Three states and an armed group, with a symmetric and asymmetric kinds,
    /// a repeated stance and evidence.
    static func smallGraph() throws -> StanceGraph {
        var graph = StanceGraph(metadata: GraphMetadata(title: "Border tensions"))
        try graph.addActor(Actor(id: "TUR", name: "Turkey", kind: .state, aliases: ["Ankara"]))
        try graph.addActor(Actor(id: "RUS", name: "Russia", kind: .state))
        try graph.addActor(Actor(id: "KURDS", name: "Kurds", kind: .armedGroup))
        try graph.addActor(Actor(id: "NATO", name: "NATO", kind: .organisation))
        try graph.addStance(Stance(source: "TUR", target: "KURDS", kind: .opposes,
                                   evidence: [Evidence(text: "Turkey considers Kurdish militias terrorists.")]))
        try graph.addStance(Stance(source: "TUR", target: "KURDS", kind: .opposes,
                                   evidence: [Evidence(text: "Ankara will not tolerate them.")]))
        try graph.addStance(Stance(source: "RUS", target: "TUR", kind: .meets))
        try graph.addStance(Stance(source: "NATO", target: "TUR", kind: .supports))
        return graph
    }

    /// Actor names that would break DOT, SVG or HTML if passed through unescaped.
    static let nastyNames = [
        "Say \"hi\"", "back\\slash \\N \\G", "<script>alert(1)</script>", "node", "subgraph",
        "edge", "<b>bold</b>", "Rocket 🚀", "الجيش السوري", "Россия", "中国", "A & B",
    ]

    static func nastyGraph() throws -> StanceGraph {
        var graph = StanceGraph(metadata: GraphMetadata(title: "<i>Escaping</i> & \"title\""))
        for (index, name) in nastyNames.enumerated() {
            try graph.addActor(Actor(id: "N\(index)", name: name, kind: index % 2 == 0 ? .state : .armedGroup))
        }
        for index in 0..<nastyNames.count - 1 {
            let kind = StanceKind.allCases[index % StanceKind.allCases.count]
            try graph.addStance(Stance(source: "N\(index)", target: "N\(index + 1)", kind: kind,
                                       evidence: [Evidence(text: "Quote with \(nastyNames[index]) inside")]))
        }
        return graph
    }

    /// A deterministic pseudo-random article-sized graph; `seed` picks which.
    static func generatedGraph(seed: UInt64, actors: Int = 12, stances: Int = 18) -> StanceGraph {
        var generator = SplitMix64(seed: seed)
        var graph = StanceGraph()
        let kinds = ActorKind.allCases
        for index in 0..<actors {
            let kind = kinds[Int(generator.next() % UInt64(kinds.count))]
            try! graph.addActor(Actor(id: "A\(index)", name: "Actor \(index) of \(seed)", kind: kind))
        }
        var added = 0
        while added < stances {
            let source = Int(generator.next() % UInt64(actors))
            let target = Int(generator.next() % UInt64(actors))
            guard source != target else { continue }
            let kind = StanceKind.allCases[Int(generator.next() % 7)]
            try! graph.addStance(Stance(source: "A\(source)", target: "A\(target)", kind: kind,
                                        evidence: [Evidence(text: "Sentence \(added) of graph \(seed).")]))
            added += 1
        }
        return graph
    }

    /// Parses SVG bytes as XML, failing the test on malformed output.
    static func parseXML(_ data: [UInt8]) throws -> XMLDocument {
        try XMLDocument(data: Data(data), options: [])
    }
}

/// A tiny, well-known seeded generator so generated fixtures are the same on every run.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension XMLElement {
    /// Attribute value by name. swift-corelibs-foundation's `attribute(forName:)`
    /// returns nil on elements with a default namespace, so search the list.
    func value(of name: String) -> String? {
        attributes?.first { $0.name == name || $0.localName == name }?.stringValue
    }

    /// All descendant elements with this local name.
    func descendants(named name: String) -> [XMLElement] {
        var found: [XMLElement] = []
        for child in children ?? [] {
            guard let element = child as? XMLElement else { continue }
            if element.localName == name || element.name == name { found.append(element) }
            found += element.descendants(named: name)
        }
        return found
    }
}
