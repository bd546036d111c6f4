/// What changed from one stance graph to another: actors added and removed,
/// stances added, removed and changed (same pair, another kind), and the stances
/// both graphs share.
///
/// Why this shape: a reader wants to know how the story moved between two
/// articles ("Turkey meets Russia" became "Turkey opposes Russia"), and tools
/// want a diff they can invert and apply. Actors are matched by
/// `ActorCorrespondence`; stances are compared in a common id space, so an actor
/// called `TUR` in one graph and `Turkey` in the other is one actor. Every side
/// of every entry is kept in its own graph's ids with its evidence.
///
/// Laws (see the tests): `GraphDiff(old: a, new: a).isEmpty`;
/// `GraphDiff(old: b, new: a) == GraphDiff(old: a, new: b).inverted()`;
/// `GraphDiff(old: a, new: b).apply(to: a)` equals `b` up to order. Every list is
/// sorted, so the same inputs always give the same diff.
public struct GraphDiff: Codable, Sendable, Hashable {
    /// The old graph's metadata (title, date, ...), for headers.
    public var oldMetadata: GraphMetadata
    /// The new graph's metadata; `apply(to:)` gives the result this metadata.
    public var newMetadata: GraphMetadata
    /// Actors only the new graph has, sorted by id.
    public var actorsAdded: [Actor]
    /// Actors only the old graph has, sorted by id.
    public var actorsRemoved: [Actor]
    /// Actors both graphs have, sorted by old id; changes of name, kind or aliases
    /// are carried but are not differences.
    public var actorsMatched: [ActorMatch]
    /// Stances only the new graph has (in its ids), sorted by source, target
    /// and kind as written (`WrittenOrder`).
    public var stancesAdded: [Stance]
    /// Stances only the old graph has (in its ids), sorted as `stancesAdded`.
    public var stancesRemoved: [Stance]
    /// Stances of one pair whose kind changed, sorted by the old side, then the new.
    public var stancesChanged: [StanceChange]
    /// Stances of the same pair and kind on both sides, sorted by the old side, then the new.
    public var stancesUnchanged: [StanceChange]

    /// Builds a diff from its parts, sorting every list.
    public init(oldMetadata: GraphMetadata = GraphMetadata(), newMetadata: GraphMetadata = GraphMetadata(),
                actorsAdded: [Actor] = [], actorsRemoved: [Actor] = [], actorsMatched: [ActorMatch] = [],
                stancesAdded: [Stance] = [], stancesRemoved: [Stance] = [],
                stancesChanged: [StanceChange] = [], stancesUnchanged: [StanceChange] = []) {
        self.oldMetadata = oldMetadata
        self.newMetadata = newMetadata
        self.actorsAdded = actorsAdded.sorted { $0.id < $1.id }
        self.actorsRemoved = actorsRemoved.sorted { $0.id < $1.id }
        self.actorsMatched = actorsMatched.sorted { ($0.old.id, $0.new.id) < ($1.old.id, $1.new.id) }
        self.stancesAdded = Self.sorted(stancesAdded) { (WrittenOrder($0), WrittenOrder($0)) }
        self.stancesRemoved = Self.sorted(stancesRemoved) { (WrittenOrder($0), WrittenOrder($0)) }
        self.stancesChanged = Self.sorted(stancesChanged) { (WrittenOrder($0.old), WrittenOrder($0.new)) }
        self.stancesUnchanged = Self.sorted(stancesUnchanged) { (WrittenOrder($0.old), WrittenOrder($0.new)) }
    }

    /// The order of the stance lists: source, target, then kind (most
    /// cooperative first), as the stance is written. Not `StanceKey`'s order:
    /// a key puts the two actors of a symmetric stance in name order, so
    /// `Zeta meets Alpha` would sort among Alpha's stances, and a reader of the
    /// JSON, who sees `"source": "Zeta"`, would find the list out of order.
    /// Within one graph no two stances are written alike (they would share a key),
    /// so the order is total.
    struct WrittenOrder: Comparable {
        var source: String
        var target: String
        var kind: StanceKind

        init(_ stance: Stance) {
            source = stance.source
            target = stance.target
            kind = stance.kind
        }

        static func < (a: WrittenOrder, b: WrittenOrder) -> Bool {
            (a.source, a.target, a.kind) < (b.source, b.target, b.kind)
        }
    }

    /// `items` sorted by a pair of keys computed once per item. Indices are sorted,
    /// not the items: moving whole stances (strings, evidence arrays) around during
    /// the sort was most of the time of a 10,000-stance diff.
    private static func sorted<T>(_ items: [T], by keys: (T) -> (WrittenOrder, WrittenOrder)) -> [T] {
        let keyed = items.map(keys)
        let order = keyed.indices.sorted { a, b in
            keyed[a].0 != keyed[b].0 ? keyed[a].0 < keyed[b].0 : keyed[a].1 < keyed[b].1
        }
        return order.map { items[$0] }
    }

    /// Compares `old` with `new`.
    public init(old: StanceGraph, new: StanceGraph) {
        let correspondence = ActorCorrespondence(old: old, new: new)
        // A common id space that does not depend on which graph is old: a matched
        // pair is named by the smaller of its two ids (see ActorCorrespondence for
        // why these names cannot collide).
        func commonOld(_ id: String) -> String { correspondence.newIDForOld[id].map { min($0, id) } ?? id }
        func commonNew(_ id: String) -> String { correspondence.oldIDForNew[id].map { min($0, id) } ?? id }
        func commonKey(_ stance: Stance, _ common: (String) -> String) -> StanceKey {
            StanceKey(source: common(stance.source), target: common(stance.target), kind: stance.kind)
        }

        var added: [Actor] = []
        var matched: [ActorMatch] = []
        for actor in new.actors {
            if let oldID = correspondence.oldIDForNew[actor.id], let oldActor = old.actor(id: oldID) {
                matched.append(ActorMatch(old: oldActor, new: actor))
            } else {
                added.append(actor)
            }
        }
        let removed = old.actors.filter { correspondence.newIDForOld[$0.id] == nil }

        // Same pair, same kind: unchanged.
        var oldByKey: [StanceKey: Int] = [:]
        oldByKey.reserveCapacity(old.stances.count)
        for (index, stance) in old.stances.enumerated() { oldByKey[commonKey(stance, commonOld)] = index }
        var oldTaken = [Bool](repeating: false, count: old.stances.count)
        var unchanged: [StanceChange] = []
        var newLeft: [(stance: Stance, key: StanceKey)] = []
        for stance in new.stances {
            let key = commonKey(stance, commonNew)
            if let index = oldByKey[key] {
                oldTaken[index] = true
                unchanged.append(StanceChange(old: old.stances[index], new: stance))
            } else {
                newLeft.append((stance, key))
            }
        }

        // Same pair, another kind: changed. Left-overs are grouped by unordered pair.
        var groups: [Pair: (old: [(Stance, StanceKey)], new: [(Stance, StanceKey)])] = [:]
        for (index, stance) in old.stances.enumerated() where !oldTaken[index] {
            let key = commonKey(stance, commonOld)
            groups[Pair(key), default: ([], [])].old.append((stance, key))
        }
        for (stance, key) in newLeft { groups[Pair(key), default: ([], [])].new.append((stance, key)) }

        var changed: [StanceChange] = []
        var stancesAdded: [Stance] = []
        var stancesRemoved: [Stance] = []
        for group in groups.values {
            let (pairs, oldRest, newRest) = Self.pairUp(old: group.old, new: group.new)
            changed += pairs
            stancesRemoved += oldRest
            stancesAdded += newRest
        }
        self.init(oldMetadata: old.metadata, newMetadata: new.metadata,
                  actorsAdded: added, actorsRemoved: removed, actorsMatched: matched,
                  stancesAdded: stancesAdded, stancesRemoved: stancesRemoved,
                  stancesChanged: changed, stancesUnchanged: unchanged)
    }

    /// Whether the graphs tell the same story: no actor or stance added or
    /// removed and no stance changed kind. Differences of evidence, count, or an
    /// actor's name and aliases do not count.
    public var isEmpty: Bool {
        actorsAdded.isEmpty && actorsRemoved.isEmpty && stancesAdded.isEmpty && stancesRemoved.isEmpty
            && stancesChanged.isEmpty
    }

    /// How many changes of the kind a changed stance's polarity moved in.
    public var polarityChanges: Int { stancesChanged.filter(\.polarityChanged).count }

    /// The diff from new to old: what undoes this one.
    public func inverted() -> GraphDiff {
        GraphDiff(oldMetadata: newMetadata, newMetadata: oldMetadata,
                  actorsAdded: actorsRemoved, actorsRemoved: actorsAdded, actorsMatched: actorsMatched.map(\.inverted),
                  stancesAdded: stancesRemoved, stancesRemoved: stancesAdded,
                  stancesChanged: stancesChanged.map(\.inverted), stancesUnchanged: stancesUnchanged.map(\.inverted))
    }

    // MARK: Pairing

    /// An unordered pair of actors in the common id space.
    private struct Pair: Hashable {
        var low: String
        var high: String
        init(_ key: StanceKey) {
            low = min(key.source, key.target)
            high = max(key.source, key.target)
        }
    }

    /// Pairs left-over stances of one actor pair into changes. Two stances may pair
    /// when they have the same direction or either kind is symmetric. Candidates
    /// are ranked by a key that is the same whichever side is old (same direction
    /// first, then the smaller key of the two, then the larger) and taken greedily,
    /// so the pairing is the inverse one when the sides are swapped.
    private static func pairUp(old: [(Stance, StanceKey)], new: [(Stance, StanceKey)])
        -> (changes: [StanceChange], removed: [Stance], added: [Stance]) {
        guard !old.isEmpty, !new.isEmpty else { return ([], old.map(\.0), new.map(\.0)) }
        var candidates: [(rank: Int, low: StanceKey, high: StanceKey, old: Int, new: Int)] = []
        for (i, (_, oldKey)) in old.enumerated() {
            for (j, (_, newKey)) in new.enumerated() {
                let sameDirection = oldKey.source == newKey.source && oldKey.target == newKey.target
                guard sameDirection || oldKey.kind.isSymmetric || newKey.kind.isSymmetric else { continue }
                candidates.append((sameDirection ? 0 : 1, min(oldKey, newKey), max(oldKey, newKey), i, j))
            }
        }
        candidates.sort { ($0.rank, $0.low, $0.high) < ($1.rank, $1.low, $1.high) }
        var oldUsed = Set<Int>()
        var newUsed = Set<Int>()
        var changes: [StanceChange] = []
        for candidate in candidates where !oldUsed.contains(candidate.old) && !newUsed.contains(candidate.new) {
            oldUsed.insert(candidate.old)
            newUsed.insert(candidate.new)
            changes.append(StanceChange(old: old[candidate.old].0, new: new[candidate.new].0))
        }
        let removed = old.indices.filter { !oldUsed.contains($0) }.map { old[$0].0 }
        let added = new.indices.filter { !newUsed.contains($0) }.map { new[$0].0 }
        return (changes, removed, added)
    }

    // MARK: Coding

    enum CodingKeys: String, CodingKey {
        case oldMetadata = "old_metadata", newMetadata = "new_metadata"
        case actorsAdded = "actors_added", actorsRemoved = "actors_removed", actorsMatched = "actors_matched"
        case stancesAdded = "stances_added", stancesRemoved = "stances_removed"
        case stancesChanged = "stances_changed", stancesUnchanged = "stances_unchanged"
    }
}
