import RelGraph

/// An extracted article turned into the values of its rows, ready to be bound
/// to the store's insert statements.
///
/// Why prepared apart from the write: building the rows (JSON of the header's
/// extra fields and of every actor's aliases, the article record, the actor
/// positions that stances are stored by) costs about as much as the inserts
/// themselves. The ingest pipeline prepares them on the extraction threads, so
/// the single writer only binds values and steps statements, and the store
/// keeps up with extraction on all cores.
public struct PreparedArticle: Sendable {
    /// The body's `ArticleKey` (hex): the article's identity.
    public var id: String { record.hash }
    /// Stances written, for the summary and the integrity check's `stance_count`.
    public var stanceCount: Int { record.stanceCount }
    var record: ArticleRecord
    /// In graph order; `article` is set when the article's rowid is known.
    var actors: [ActorRecord]
    var stances: [PreparedStance]

    /// A stance with its actors given by position in the article's graph.
    struct PreparedStance: Sendable {
        var source: Int
        var target: Int
        var kind: String
        var count: Int
        var evidence: [Evidence]
    }

    /// The rows of `extracted` as `version` produced them; `ingested_at` is set
    /// when it is written.
    public init(_ extracted: ExtractedArticle, version: ExtractorVersion) {
        record = ArticleRecord(hash: extracted.id, article: extracted.article, version: version,
                               stanceCount: extracted.graph.stances.count, ingestedAt: "")
        var positions: [String: Int] = [:]
        actors = extracted.graph.actors.enumerated().map { position, actor in
            positions[actor.id] = position
            return ActorRecord(article: 0, position: position, actor: actor)
        }
        // A graph's stances join actors of the same graph (`StanceGraph.addStance`
        // checks), so every source and target has a position.
        stances = extracted.graph.stances.map { stance in
            PreparedStance(source: positions[stance.source] ?? -1, target: positions[stance.target] ?? -1,
                           kind: stance.kind.rawValue, count: stance.count, evidence: stance.evidence)
        }
    }
}
