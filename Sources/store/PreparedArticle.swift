import RelGraph

/// An extracted article turned into the values of its rows, ready to be bound
/// to the store's insert statements.
///
/// Why prepared apart from the write: building the rows (JSON of the header's
/// extra fields and of every actor's aliases, the article record) costs about as
/// much as the inserts themselves. The ingest pipeline prepares them on the
/// extraction threads, so the single writer only binds values and steps
/// statements, and the store keeps up with extraction on all cores.
public struct PreparedArticle: Sendable {
    public var id: String { record.id }
    /// Stances written, for the summary and the integrity check's `stance_count`.
    public var stanceCount: Int { record.stanceCount }
    var record: ArticleRecord
    var actors: [ActorRecord]
    var stances: [Stance]

    /// The rows of `extracted` as `version` produced them; `ingested_at` is set
    /// when it is written.
    public init(_ extracted: ExtractedArticle, version: ExtractorVersion) {
        record = ArticleRecord(id: extracted.id, article: extracted.article, version: version,
                               stanceCount: extracted.graph.stances.count, ingestedAt: "")
        actors = extracted.graph.actors.enumerated().map { position, actor in
            ActorRecord(articleID: extracted.id, position: position, actor: actor)
        }
        stances = extracted.graph.stances
    }
}
