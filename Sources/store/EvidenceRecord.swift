import GRDB
import RelGraph

/// One evidence sentence of a stored stance, in the order the extractor gave.
/// The article and date are the stance's article's, so they are not repeated.
struct EvidenceRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "evidence"

    /// The article's rowid and the stance's position in it (`StanceRecord`).
    var article: Int64
    var stance: Int
    var position: Int
    var text: String
    var start: Int?
    var end: Int?
    var rule: String?

    /// The evidence, with its article's name and date filled back in.
    func evidence(article: String, date: String?) -> Evidence {
        Evidence(text: text, article: article, date: date, start: start, end: end, rule: rule)
    }
}
