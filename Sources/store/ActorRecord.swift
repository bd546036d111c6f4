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
    var name: String
    var kind: String
    /// A JSON array of strings.
    var aliases: String

    enum CodingKeys: String, CodingKey {
        case articleID = "article_id", id, name, kind, aliases
    }

    init(articleID: String, actor: Actor) {
        self.articleID = articleID
        id = actor.id
        name = actor.name
        kind = actor.kind.rawValue
        aliases = (try? JSONEncoder().encode(actor.aliases)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    var actor: Actor {
        Actor(id: id, name: name, kind: ActorKind(rawValue: kind) ?? .unknown,
              aliases: (try? JSONDecoder().decode([String].self, from: Data(aliases.utf8))) ?? [])
    }
}
