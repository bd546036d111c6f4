import GRDB
import RelGraph

/// One stored article's graph, rebuilt from its rows, with the name to give it
/// in a merge or timeline.
public struct StoredGraph: Sendable {
    public var name: String
    public var graph: StanceGraph
}

extension Store {
    /// Calls `body` with the graph of each article dated in `window`, in date order
    /// (undated last), then by name: what `diff`, `merge` and `timeline` read from
    /// a database. Articles are read a batch at a time, so memory stays flat.
    public func forEachGraph(in window: DateWindow, batchSize: Int = 256, _ body: (StoredGraph) throws -> Void) throws {
        let condition = window.sqlCondition
        let ids = try read { db in
            try Int64.fetchAll(db, sql: """
                SELECT id FROM article WHERE \(condition.sql)
                ORDER BY date IS NULL, date, name, hash
                """, arguments: StatementArguments(condition.arguments))
        }
        var start = 0
        while start < ids.count {
            let batch = Array(ids[start..<min(start + batchSize, ids.count)])
            start += batch.count
            let graphs = try read { db in
                try batch.map { try Self.graph(of: ArticleRecord.fetchOne(db, key: $0), db: db) }
            }
            for graph in graphs.compactMap({ $0 }) { try body(graph) }
        }
    }

    /// The graph of the stored article `id` (its `ArticleKey`) as extraction gave it.
    public func graph(ofArticle id: String) throws -> StoredGraph? {
        try read { db in try Self.graph(of: ArticleRecord.filter(Column("hash") == id).fetchOne(db), db: db) }
    }

    /// The graph of `article`: its actors, stances and evidence, each read as
    /// one range of its table's key (the article's rowid).
    static func graph(of article: ArticleRecord?, db: Database) throws -> StoredGraph? {
        guard let article, let rowID = article.id else { return nil }
        let actors = try ActorRecord.filter(Column("article") == rowID).order(Column("position")).fetchAll(db)
        let stances = try StanceRecord.filter(Column("article") == rowID).order(Column("position")).fetchAll(db)
        let evidence = Dictionary(grouping: try EvidenceRecord.filter(Column("article") == rowID)
                                      .order(Column("stance"), Column("position")).fetchAll(db), by: \.stance)
        var graph = StanceGraph(metadata: article.metadata)
        for actor in actors { try graph.addActor(actor.actor) }
        let ids = Dictionary(uniqueKeysWithValues: actors.map { ($0.position, $0.id) })
        for stance in stances {
            guard let kind = StanceKind(rawValue: stance.kind),
                  let source = ids[stance.source], let target = ids[stance.target] else { continue }
            try graph.addStance(Stance(source: source, target: target, kind: kind,
                                       evidence: (evidence[stance.position] ?? []).map {
                                           $0.evidence(article: article.name, date: article.date)
                                       },
                                       count: stance.count))
        }
        return StoredGraph(name: article.name, graph: graph)
    }
}

extension Store {
    /// Every stored article, by date (undated last), then name: what an
    /// inventory or a test of a resumed ingest needs.
    public func articles() throws -> [StoredArticleSummary] {
        try read { db in
            try ArticleRecord.order(sql: "date IS NULL, date, name, hash").fetchAll(db).map {
                StoredArticleSummary(id: $0.hash, name: $0.name, title: $0.title, url: $0.url, date: $0.date)
            }
        }
    }

    /// The extractor version each stored article's stances came from, by article name.
    public func extractorVersions() throws -> [String: String] {
        try read { db in
            Dictionary(try ArticleRecord.fetchAll(db).map { ($0.name, $0.extractorVersion) }, uniquingKeysWith: { a, _ in a })
        }
    }
}
