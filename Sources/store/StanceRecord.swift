import GRDB
import RelGraph

/// A stance of one stored article's graph; its evidence is in `EvidenceRecord`s.
/// Source and target are the positions of actors of the same article
/// (`ActorRecord.position`): integers, so the row and its key stay small.
struct StanceRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "stance"

    /// The article's rowid (`article.id`).
    var article: Int64
    /// Its place in the article's graph (the order extraction gave).
    var position: Int
    var source: Int
    var target: Int
    var kind: String
    var count: Int
}
