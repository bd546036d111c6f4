import Foundation
import GRDB
import RelGraph

/// An actor of one stored article's graph, kept so that stored stances can be
/// found by an actor's name or alias and whole graphs rebuilt for diff, merge
/// and timeline. Keyed by its article's rowid and its place in the graph, which
/// is how the article's stances name it.
struct ActorRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "actor"

    /// The article's rowid (`article.id`).
    var article: Int64
    /// Its place in the article's graph, so a rebuilt graph lists actors as extraction did.
    var position: Int
    var id: String
    var name: String
    var kind: String
    /// A JSON array of strings.
    var aliases: String

    init(article: Int64, position: Int, actor: Actor) {
        self.article = article
        self.position = position
        id = actor.id
        name = actor.name
        kind = actor.kind.rawValue
        aliases = JSONText.array(actor.aliases)
    }

    var actor: Actor {
        Actor(id: id, name: name, kind: ActorKind(rawValue: kind) ?? .unknown,
              aliases: (try? JSONDecoder().decode([String].self, from: Data(aliases.utf8))) ?? [])
    }
}
