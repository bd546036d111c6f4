/// Maps predicted actors onto the gold actors of one article, by the rule in
/// STANCES.md: a predicted actor matches a gold actor when its name, id or one of
/// its aliases equals one of the gold actor's aliases.
///
/// Extractors choose their own ids and names, so matching goes through the
/// surface forms the annotator recorded. Forms are compared after `normalize(_:)`:
/// case-insensitive, surrounding whitespace ignored, runs of whitespace as one
/// space, curly apostrophes as straight ones, and a leading "the" ignored
/// ("The United States" = "united states"). Only the gold *aliases* count, not the
/// annotator's ids: a gold id such as `TUR` is a label, not a form the text uses.
///
/// When several gold actors match, the choice is deterministic: the predicted
/// forms are tried in the order name, id, aliases (in the actor's order), and the
/// first form that matches anything decides; if that form matches several gold
/// actors, the one with the smallest id (`String` order) wins.
public struct ActorMatcher: Sendable {
    /// Normalised gold alias -> gold ids that list it, sorted.
    private let index: [String: [String]]

    /// Prepares matching against one article's gold actors (id -> aliases).
    public init(goldActors: [String: [String]]) {
        var index: [String: [String]] = [:]
        for id in goldActors.keys.sorted() {
            for alias in goldActors[id] ?? [] {
                let key = Self.normalize(alias)
                guard !key.isEmpty else { continue }
                if index[key, default: []].last != id { index[key, default: []].append(id) }
            }
        }
        self.index = index
    }

    /// Prepares matching against a gold article's actors.
    public init(gold: GoldArticle) {
        self.init(goldActors: gold.actors)
    }

    /// The gold id `actor` matches, or nil when none of its forms is a gold alias.
    public func match(_ actor: Actor) -> String? {
        match(id: actor.id, name: actor.name, aliases: actor.aliases)
    }

    /// The gold id matched by a predicted actor given by its parts; see the type's
    /// documentation for the order in which ties are broken.
    public func match(id: String, name: String, aliases: [String]) -> String? {
        for form in [name, id] + aliases {
            if let ids = index[Self.normalize(form)], let first = ids.first { return first }
        }
        return nil
    }

    /// Every gold id that one form matches, sorted; what `match` chooses among.
    public func candidates(for form: String) -> [String] {
        index[Self.normalize(form)] ?? []
    }

    /// The form names are compared in: `Actor.matchKey` (lower case, single spaces,
    /// no leading "the") after turning curly apostrophes (’ ‘ ʼ ‛) into `'`, so
    /// that "Sana’a" in an article and "Sana'a" in a dictionary agree.
    public static func normalize(_ name: String) -> String {
        var straightened = ""
        straightened.unicodeScalars.reserveCapacity(name.unicodeScalars.count)
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{02BC}", "\u{201B}": straightened.unicodeScalars.append("'")
            default: straightened.unicodeScalars.append(scalar)
            }
        }
        return Actor.matchKey(straightened)
    }
}
