/// A party that takes stances: a state, an armed group, an organisation.
///
/// `id` is the stable key that stances refer to and that pictures use for element
/// ids; `name` is what people read; `aliases` are other surface forms ("Ankara",
/// "Turkish") that resolve to the same actor when graphs are written or compared.
public struct Actor: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: ActorKind
    public var aliases: [String]

    public init(id: String, name: String? = nil, kind: ActorKind = .unknown, aliases: [String] = []) {
        self.id = id
        self.name = name ?? id
        self.kind = kind
        self.aliases = aliases
    }

    /// Every form that refers to this actor: id, name and aliases.
    public var allNames: [String] {
        [id, name] + aliases
    }

    /// Whether `reference` names this actor, ignoring case and a leading "the",
    /// the matching rule of the evaluation format.
    public func isNamed(_ reference: String) -> Bool {
        let key = Actor.matchKey(reference)
        return allNames.contains { Actor.matchKey($0) == key }
    }

    /// The normalised form used to compare actor names: lower case, single spaces,
    /// no leading "the".
    public static func matchKey(_ name: String) -> String {
        var words = name.lowercased().split(whereSeparator: \.isWhitespace)
        if words.count > 1, words.first == "the" { words.removeFirst() }
        return words.joined(separator: " ")
    }

    /// Makes an id from a display name for actors that were named but never declared:
    /// letters and digits kept, every other run of characters becomes one hyphen.
    public static func makeID(fromName name: String) -> String {
        var id = ""
        var pendingHyphen = false
        for character in name {
            if character.isLetter || character.isNumber {
                if pendingHyphen && !id.isEmpty { id.append("-") }
                pendingHyphen = false
                id.append(character)
            } else {
                pendingHyphen = true
            }
        }
        return id.isEmpty ? "actor" : id
    }

    enum CodingKeys: String, CodingKey {
        case id, name, kind, aliases
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? id
        kind = try container.decodeIfPresent(ActorKind.self, forKey: .kind) ?? .unknown
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
    }
}
