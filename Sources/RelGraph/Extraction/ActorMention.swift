/// A place in a sentence where an actor is named: "Ankara", "Turkish troops",
/// "President Erdogan", "the Saudis".
public struct ActorMention: Sendable, Hashable {
    public var actorID: String
    /// Token positions in the sentence, end exclusive.
    public var tokens: Range<Int>
    /// How the actor was named.
    public var role: MentionRole
    /// The mention names a place ("in Turkey", "the Turkish border"), so it can be
    /// neither source nor target of a stance.
    public var isLocation: Bool
    /// The mention names a state's goods ("Chinese goods", "Iranian oil"): like a
    /// place it is no actor, except as what tariffs, sanctions or embargoes hit.
    public var isGoods = false
    /// For a person the dictionary does not list, found by a title ("Sheikh Nimr
    /// al-Nimr", "cleric Fethullah Gulen"): the name, which the graph's actor shows.
    public var personName: String? = nil
}

/// The kind of word that named an actor.
public enum MentionRole: String, Sendable, Hashable {
    case name
    case demonym
    case capital
    case leader
    /// A pronoun or description resolved to an actor ("we", "the country").
    case reference
}
