import Foundation
import GRDB
import RelGraph

/// One stored article: its text, what its header said, and which extractor
/// produced its stances. `stance_count` is written in the same transaction as
/// the stances, so an integrity check can tell that none are missing.
struct ArticleRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "article"

    /// The row's integer key, which the article's actors, stances and evidence
    /// carry; nil until inserted.
    var id: Int64?
    /// The body's `ArticleKey` (SHA-256 of the normalised text, hex): the same
    /// text is the same article, whatever its file name or line endings. The
    /// article's identity outside the database.
    var hash: String
    /// The file name without extension, or the JSON-lines `id`; names the article in output.
    var name: String
    var url: String?
    var title: String?
    var date: String?
    /// The header's other fields, as a JSON object.
    var extra: String
    var body: String
    var extractorVersion: String
    var stanceCount: Int
    var ingestedAt: String

    enum CodingKeys: String, CodingKey {
        case id, hash, name, url, title, date, extra, body
        case extractorVersion = "extractor_version"
        case stanceCount = "stance_count"
        case ingestedAt = "ingested_at"
    }

    init(hash: String, article: Article, version: ExtractorVersion, stanceCount: Int, ingestedAt: String) {
        id = nil
        self.hash = hash
        name = article.id
        url = article.metadata.url
        title = article.metadata.title
        date = article.metadata.date
        extra = Self.encode(article.metadata.extra)
        body = article.body
        extractorVersion = version.string
        self.stanceCount = stanceCount
        self.ingestedAt = ingestedAt
    }

    /// The article as the extractor reads it, named by `name`.
    var article: Article {
        Article(id: name, metadata: metadata, body: body)
    }

    var metadata: GraphMetadata {
        GraphMetadata(title: title, url: url, date: date, extra: Self.decode(extra))
    }

    static func encode(_ extra: [String: String]) -> String {
        JSONText.object(extra)
    }

    static func decode(_ text: String) -> [String: String] {
        (try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))) ?? [:]
    }
}
