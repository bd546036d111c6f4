import GRDB
import RelGraph

/// One evidence sentence of a stored stance, in the order the extractor gave.
/// The article and date are the stance's article's, so they are not repeated.
struct EvidenceRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "evidence"

    var stanceID: Int64
    var position: Int
    var text: String
    var start: Int?
    var end: Int?
    var rule: String?

    enum CodingKeys: String, CodingKey {
        case stanceID = "stance_id", position, text, start, end, rule
    }

    init(stanceID: Int64, position: Int, evidence: Evidence) {
        self.stanceID = stanceID
        self.position = position
        text = evidence.text
        start = evidence.start
        end = evidence.end
        rule = evidence.rule
    }

    /// The evidence, with its article's name and date filled back in.
    func evidence(article: String, date: String?) -> Evidence {
        Evidence(text: text, article: article, date: date, start: start, end: end, rule: rule)
    }
}
