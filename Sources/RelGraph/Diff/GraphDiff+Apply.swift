/// Why a diff could not be applied: the graph is not the one the diff was made
/// from (like a patch that does not fit).
public enum DiffApplyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The diff removes or matches an actor the graph does not have.
    case missingActor(id: String)
    /// The diff removes, changes or keeps a stance the graph does not have.
    case missingStance(StanceKey)
    /// The diff adds an actor whose id the graph already uses for another actor.
    case actorExists(id: String)
    /// The result would break a graph rule.
    case invalidResult(GraphError)

    public var description: String {
        switch self {
        case .missingActor(let id):
            return "the diff refers to actor '\(id)', which this graph does not have; was the diff made from another graph?"
        case .missingStance(let key):
            return "the diff refers to the stance '\(key)', which this graph does not have; was the diff made from another graph?"
        case .actorExists(let id):
            return "the diff adds actor '\(id)', but this graph already has an actor with that id"
        case .invalidResult(let error):
            return "applying the diff would give an invalid graph: \(error)"
        }
    }
}

extension GraphDiff {
    /// The new graph, rebuilt from the old one: removed actors and stances go,
    /// matched actors take their new description and id, changed and unchanged
    /// stances take their new side, added ones come in, and the metadata becomes the
    /// new graph's. Actors and stances the diff does not mention are kept (with
    /// ids translated), so a diff also applies to a graph that grew since.
    ///
    /// The result equals the new graph up to order (compare
    /// `canonicallyOrdered()`): old actors keep their places, added ones follow.
    public func apply(to graph: StanceGraph) throws(DiffApplyError) -> StanceGraph {
        var newID: [String: String] = [:]
        var replacement: [String: Actor] = [:]
        for match in actorsMatched {
            guard graph.actor(id: match.old.id) != nil else { throw .missingActor(id: match.old.id) }
            newID[match.old.id] = match.new.id
            replacement[match.old.id] = match.new
        }
        var removedActors = Set<String>()
        for actor in actorsRemoved {
            guard graph.actor(id: actor.id) != nil else { throw .missingActor(id: actor.id) }
            removedActors.insert(actor.id)
        }
        var removedStances = Set<StanceKey>()
        for stance in stancesRemoved + stancesChanged.map(\.old) {
            guard graph.stance(for: stance.key) != nil else { throw .missingStance(stance.key) }
            removedStances.insert(stance.key)
        }
        var replacedStances: [StanceKey: Stance] = [:]
        for change in stancesUnchanged {
            guard graph.stance(for: change.old.key) != nil else { throw .missingStance(change.old.key) }
            replacedStances[change.old.key] = change.new
        }

        var result = StanceGraph(metadata: newMetadata)
        do {
            for actor in graph.actors where !removedActors.contains(actor.id) {
                try result.addActor(replacement[actor.id] ?? actor)
            }
            for actor in actorsAdded {
                guard result.actor(id: actor.id) == nil else { throw DiffApplyError.actorExists(id: actor.id) }
                try result.addActor(actor)
            }
            for stance in graph.stances where !removedStances.contains(stance.key) {
                if let new = replacedStances[stance.key] {
                    try result.addStance(new)
                } else {
                    var kept = stance
                    kept.source = newID[stance.source] ?? stance.source
                    kept.target = newID[stance.target] ?? stance.target
                    try result.addStance(kept)
                }
            }
            for stance in stancesAdded + stancesChanged.map(\.new) { try result.addStance(stance) }
        } catch let error as DiffApplyError {
            throw error
        } catch let error as GraphError {
            throw .invalidResult(error)
        } catch {
            preconditionFailure("StanceGraph throws only GraphError: \(error)")
        }
        return result
    }
}
