@testable import RelGraph

/// Small report inputs for the report tests.
enum ReportFixture {
    static func graph(title: String?, date: String?, cluster: String?, url: String? = nil,
                      stances: [(String, StanceKind, String, String)]) -> StanceGraph {
        var metadata = GraphMetadata(title: title, url: url, date: date)
        if let cluster { metadata.extra["cluster"] = cluster }
        var graph = StanceGraph(metadata: metadata)
        for (source, kind, target, quote) in stances {
            let a = graph.actor(named: source), b = graph.actor(named: target)
            try! graph.addStance(Stance(source: a.id, target: b.id, kind: kind,
                                        evidence: [Evidence(text: quote, rule: "verb:\(kind.rawValue):\(kind.rawValue)")]))
        }
        return graph
    }

    /// Five articles given out of order: two stories and an undated one.
    static var articles: [ReportArticle] {
        [
            ReportArticle(name: "c", graph: graph(title: "Third", date: "2020-03-01", cluster: "north",
                                                  stances: [("Turkey", .attacks, "Russia", "Turkey attacks Russia.")])),
            ReportArticle(name: "undated", graph: graph(title: nil, date: nil, cluster: "north",
                                                        stances: [("Turkey", .meets, "Russia", "Turkey meets Russia.")])),
            ReportArticle(name: "a", graph: graph(title: "First", date: "2020-01-01", cluster: "north",
                                                  stances: [("Turkey", .supports, "Russia", "Turkey supports Russia.")])),
            ReportArticle(name: "s", graph: graph(title: "South", date: "2020-02-01", cluster: "south",
                                                  stances: [("Egypt", .opposes, "Ethiopia", "Egypt opposes Ethiopia.")])),
            ReportArticle(name: "b", graph: graph(title: "Second", date: "2020-02-01", cluster: "north",
                                                  stances: [("Turkey", .opposes, "Russia", "Turkey opposes Russia.")])),
        ]
    }
}
