@testable import RelGraph

/// A small graph whose every string is hostile to some format: quotes, backslashes
/// and Graphviz escapes, markup, a DOT keyword as an id, emoji, Cyrillic and
/// Arabic, formula triggers, commas, CR/LF in evidence. Shared by the exchange
/// writer tests.
enum ExchangeFixture {
    static let turkeyName = "Turkey \"Türkiye\" \\ Ankara"
    static let scriptName = "<script>alert(1)</script> & 'co'"
    static let russiaName = "'Россия' 🇷🇺 \\N\\G\\l"
    static let hamasName = "=HYPERLINK(\"http://x\",\"حماس\")"

    static let opposesEvidence = [
        "He said, \"never\".\nAnd then, 'again'",
        "Second, with comma, and \\backslash & <b>",
    ]
    static let meetsEvidence = ["Talks in Москва; \"good\" 🤝"]
    static let attacksEvidence = ["+ rockets @ night\r\nline2,\tend"]

    static let metadata = GraphMetadata(
        title: "War & \"Peace\" <2015>",
        url: "https://example.org/a?b=1&c=2",
        date: "2015-10-01",
        extra: ["source": "wire, \"AP\"", "cluster": "syria"]
    )

    static func graph() -> StanceGraph {
        try! StanceGraph(
            metadata: metadata,
            actors: [
                Actor(id: "TUR", name: turkeyName, kind: .state, aliases: ["Ankara", "Erdoğan"]),
                Actor(id: "node", name: scriptName, kind: .armedGroup),
                Actor(id: "RU", name: russiaName, kind: .state, aliases: ["Москва"]),
                Actor(id: "HAMAS", name: hamasName, kind: .armedGroup, aliases: ["-1+2"]),
            ],
            stances: [
                Stance(source: "TUR", target: "node", kind: .opposes, evidence: [
                    Evidence(text: opposesEvidence[0], article: "a-1", date: "2015-10-01"),
                    Evidence(text: opposesEvidence[1], article: "a-2"),
                ]),
                Stance(source: "RU", target: "TUR", kind: .meets,
                       evidence: [Evidence(text: meetsEvidence[0])], count: 3),
                Stance(source: "HAMAS", target: "node", kind: .attacks,
                       evidence: [Evidence(text: attacksEvidence[0])]),
                Stance(source: "node", target: "HAMAS", kind: .supports),
            ]
        )
    }
}
