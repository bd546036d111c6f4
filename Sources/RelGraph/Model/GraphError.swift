/// A graph that would break the model's rules: every stance joins two different,
/// known actors, and actor ids are unique.
public enum GraphError: Error, Sendable, Equatable, CustomStringConvertible {
    case duplicateActor(id: String)
    case unknownActor(id: String, stance: String)
    case selfStance(actor: String, kind: StanceKind)
    case emptyActorID

    public var description: String {
        switch self {
        case .duplicateActor(let id):
            return "actor id '\(id)' is declared twice; ids must be unique"
        case .unknownActor(let id, let stance):
            return "stance '\(stance)' refers to actor '\(id)', which is not in the graph's actor list"
        case .selfStance(let actor, let kind):
            return "'\(actor) \(kind.rawValue) \(actor)': an actor cannot take a stance towards itself"
        case .emptyActorID:
            return "an actor id must not be empty"
        }
    }
}
