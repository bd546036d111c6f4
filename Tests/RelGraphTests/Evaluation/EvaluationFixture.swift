@testable import RelGraph

/// A tiny gold file for the evaluation tests: two articles, one with a symmetric
/// `meets`, one with a symmetric `cooperates` and a repeated stance.
enum EvaluationFixture {
    static let goldJSONL = """
    {"article": "a1", "actors": {"TUR": ["Turkey", "Ankara", "Erdogan"], "RUS": ["Russia", "the Russians"], "US": ["the United States", "US"], "KURDS": ["the Kurds", "Kurdish forces"]}, "stances": [{"source": "TUR", "target": "KURDS", "kind": "opposes", "evidence": "Turkey considers the Kurds terrorists."}, {"source": "RUS", "target": "TUR", "kind": "meets", "evidence": "Russia met Turkey."}, {"source": "US", "target": "KURDS", "kind": "supports", "evidence": "The US backs the Kurds."}, {"source": "TUR", "target": "RUS", "kind": "threatens", "evidence": "Turkey warned Russia."}]}

    {"article": "a2", "actors": {"SAU": ["Saudi Arabia", "Riyadh"], "QAT": ["Qatar", "Doha"], "UAE": ["the UAE", "United Arab Emirates"]}, "stances": [{"source": "SAU", "target": "QAT", "kind": "coerces", "evidence": "Saudi Arabia cut ties with Qatar."}, {"source": "UAE", "target": "QAT", "kind": "coerces", "evidence": "The UAE cut ties with Qatar."}, {"source": "SAU", "target": "UAE", "kind": "cooperates", "evidence": "Riyadh and the UAE acted together."}, {"source": "SAU", "target": "QAT", "kind": "coerces", "evidence": "Riyadh expelled Qatari diplomats."}]}
    """

    static func gold() throws -> [GoldArticle] {
        try GoldStandard.parseJSONL(goldJSONL, fileName: "gold.jsonl")
    }

    /// A predicted graph from actors and `(source, kind, target, evidence)` stances.
    static func graph(_ actors: [Actor], _ stances: [(String, StanceKind, String, String)]) throws -> StanceGraph {
        try StanceGraph(actors: actors, stances: stances.map { source, kind, target, evidence in
            Stance(source: source, target: target, kind: kind,
                   evidence: evidence.isEmpty ? [] : [Evidence(text: evidence)])
        })
    }

    /// Predicted actors with the extractor's own ids, named by gold aliases.
    static let turkey = Actor(id: "turkey", name: "Turkey", kind: .state)
    static let russia = Actor(id: "russia", name: "Russia", kind: .state)
    static let us = Actor(id: "usa", name: "The United States", kind: .state)
    static let kurds = Actor(id: "kurds", name: "Kurds", kind: .armedGroup)
    static let saudi = Actor(id: "saudi", name: "Saudi Arabia", kind: .state)
    static let qatar = Actor(id: "qatar", name: "Qatar", kind: .state)
    static let uae = Actor(id: "uae", name: "United Arab Emirates", kind: .state)

    /// Predictions that agree exactly with the gold (symmetric stances as in the gold).
    static func perfectPredictions() throws -> [String: StanceGraph] {
        [
            "a1": try graph([turkey, russia, us, kurds], [
                ("turkey", .opposes, "kurds", "Turkey considers the Kurds terrorists."),
                ("russia", .meets, "turkey", "Russia met Turkey."),
                ("usa", .supports, "kurds", "The US backs the Kurds."),
                ("turkey", .threatens, "russia", "Turkey warned Russia."),
            ]),
            "a2": try graph([saudi, qatar, uae], [
                ("saudi", .coerces, "qatar", "Saudi Arabia cut ties with Qatar."),
                ("uae", .coerces, "qatar", "The UAE cut ties with Qatar."),
                ("saudi", .cooperates, "uae", "Riyadh and the UAE acted together."),
            ]),
        ]
    }
}
