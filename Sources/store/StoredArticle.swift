import Foundation
import GRDB
import RelGraph

/// An article with the graph extracted from it, ready to be written as one
/// unit; what the ingest and reindex pipelines hand to the single writer.
public struct ExtractedArticle: Sendable {
    /// SHA-256 of the body (see `ContentHash`).
    public var id: String
    public var article: Article
    public var graph: StanceGraph

    public init(id: String, article: Article, graph: StanceGraph) {
        self.id = id
        self.article = article
        self.graph = graph
    }

    /// The id an article gets in the store: the SHA-256 of its body, so the same
    /// text is stored once whatever its file name or header.
    public static func id(of article: Article) -> String {
        ContentHash.sha256(article.body)
    }
}

extension Store {
    /// Which of `ids` are stored already.
    public func storedIDs(among ids: [String]) throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        return try read { db in
            Set(try String.fetchAll(db, ArticleRecord.select(Column("id")).filter(ids.contains(Column("id")))))
        }
    }

    /// Stores `extracted` (article, actors, stances, evidence) in one transaction,
    /// replacing any earlier extraction of the same article. `committed` is how
    /// many articles this run stored before, for the message if the disk is full.
    public func save(_ extracted: ExtractedArticle, version: ExtractorVersion, committed: Int = 0) throws {
        let now = ISO8601DateFormatter().string(from: Date())
        try write(committed: committed) { db in
            let existing = try ArticleRecord.fetchOne(db, key: extracted.id)
            try ActorRecord.filter(Column("article_id") == extracted.id).deleteAll(db)
            try StanceRecord.filter(Column("article_id") == extracted.id).deleteAll(db)
            var record = ArticleRecord(id: extracted.id, article: extracted.article, version: version,
                                       stanceCount: extracted.graph.stances.count,
                                       ingestedAt: existing?.ingestedAt ?? now)
            if let existing { record.name = existing.name }
            try record.save(db)
            try Self.insertGraph(extracted.graph, articleID: extracted.id, db: db)
        }
    }

    static func insertGraph(_ graph: StanceGraph, articleID: String, db: Database) throws {
        for actor in graph.actors {
            try ActorRecord(articleID: articleID, actor: actor).insert(db)
        }
        for stance in graph.stances {
            var record = StanceRecord(articleID: articleID, stance: stance)
            try record.insert(db)
            guard let stanceID = record.id else { continue }
            for (position, evidence) in stance.evidence.enumerated() {
                try EvidenceRecord(stanceID: stanceID, position: position, evidence: evidence).insert(db)
            }
        }
    }
}
