import Foundation
import GRDB
import RelGraph

/// An actor of one stored article's graph, kept so that stored stances can be
/// found by an actor's name or alias and whole graphs rebuilt for diff, merge
/// and timeline.
struct ActorRecord: Codable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "actor"

    var articleID: String
    var id: String
    /// Its place in the article's graph, so a rebuilt graph lists actors as extraction did.
    var position: Int
    var name: String
    var kind: String
    /// A JSON array of strings.
    var aliases: String

    enum CodingKeys: String, CodingKey {
        case articleID = "article_id", id, position, name, kind, aliases
    }

    init(articleID: String, position: Int = 0, actor: Actor) {
        self.articleID = articleID
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
