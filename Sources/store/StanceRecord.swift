import GRDB
import RelGraph

/// A stance of one stored article's graph; its evidence is in `EvidenceRecord`s.
struct StanceRecord: Codable, Sendable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "stance"

    var id: Int64?
    var articleID: String
    var source: String
    var target: String
    var kind: String
    var count: Int

    enum CodingKeys: String, CodingKey {
        case id, articleID = "article_id", source, target, kind, count
    }

    init(articleID: String, stance: Stance) {
        self.articleID = articleID
        source = stance.source
        target = stance.target
        kind = stance.kind.rawValue
        count = stance.count
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
