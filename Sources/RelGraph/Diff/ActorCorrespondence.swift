/// Which actor of one graph is which actor of another, so that two graphs built
/// separately (two articles, two hand-written files) can be compared.
///
/// The rule, the same in both directions: an actor of the new graph matches the
/// actor of the old graph with the same id; an actor left over matches a
/// left-over actor that shares a name, id or alias by `Actor.matchKey` ("the
/// Kurds" = "kurds"). Matching is one-to-one. Among several candidates the choice
/// does not depend on which graph is called old: candidate pairs are ranked by
/// (names equal before other forms, the smaller id of the two, the larger id),
/// and taken greedily. So `ActorCorrespondence(old: b, new: a)` is exactly the
/// inverse of `ActorCorrespondence(old: a, new: b)`, which the diff's inverse
/// law rests on.
public struct ActorCorrespondence: Sendable, Hashable {
    /// New id -> old id, for every matched actor.
    public let oldIDForNew: [String: String]
    /// Old id -> new id, for every matched actor.
    public let newIDForOld: [String: String]

    public init(old: StanceGraph, new: StanceGraph) {
        var newForOld: [String: String] = [:]
        var oldForNew: [String: String] = [:]
        for actor in old.actors where new.actor(id: actor.id) != nil {
            newForOld[actor.id] = actor.id
            oldForNew[actor.id] = actor.id
        }
        // Candidates among the actors the ids left unmatched, by shared match key.
        let oldLeft = old.actors.filter { newForOld[$0.id] == nil }
        let newLeft = new.actors.filter { oldForNew[$0.id] == nil }
        if !oldLeft.isEmpty && !newLeft.isEmpty {
            var oldByKey: [String: [Int]] = [:]
            for (index, actor) in oldLeft.enumerated() {
                for key in Set(actor.allNames.map(Actor.matchKey)) where !key.isEmpty {
                    oldByKey[key, default: []].append(index)
                }
            }
            var candidates: [Candidate] = []
            var seen = Set<[Int]>()
            for (newIndex, actor) in newLeft.enumerated() {
                for key in Set(actor.allNames.map(Actor.matchKey)) where !key.isEmpty {
                    for oldIndex in oldByKey[key] ?? [] where seen.insert([oldIndex, newIndex]).inserted {
                        let oldActor = oldLeft[oldIndex]
                        let sameName = Actor.matchKey(oldActor.name) == Actor.matchKey(actor.name)
                        candidates.append(Candidate(strength: sameName ? 0 : 1,
                                                    low: min(oldActor.id, actor.id), high: max(oldActor.id, actor.id),
                                                    oldID: oldActor.id, newID: actor.id))
                    }
                }
            }
            candidates.sort()
            for candidate in candidates where newForOld[candidate.oldID] == nil && oldForNew[candidate.newID] == nil {
                newForOld[candidate.oldID] = candidate.newID
                oldForNew[candidate.newID] = candidate.oldID
            }
        }
        self.newIDForOld = newForOld
        self.oldIDForNew = oldForNew
    }

    /// A candidate pair, ordered by a key that is the same whichever graph is old.
    private struct Candidate: Comparable {
        var strength: Int
        var low: String
        var high: String
        var oldID: String
        var newID: String

        static func < (a: Candidate, b: Candidate) -> Bool {
            (a.strength, a.low, a.high) < (b.strength, b.low, b.high)
        }
    }
}
