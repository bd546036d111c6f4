/// What sort of actor a node stands for; pictures draw each kind with its own shape.
public enum ActorKind: String, CaseIterable, Codable, Sendable, Hashable {
    /// A sovereign state, including its government, leaders, ministries and forces.
    case state
    /// A non-state armed group or militia (IS, YPG, Hezbollah).
    case armedGroup = "armed-group"
    /// An intergovernmental or non-governmental organisation (UN, NATO, EU).
    case organisation
    /// A part of a state treated as its own actor (a coup army, a government's army beside rebels).
    case faction
    /// An individual acting in their own name.
    case person
    /// Not known; the default for actors created from a name alone.
    case unknown

    /// Accepts the canonical names plus common spellings users type
    /// (`organization`, `group`, `igo`, `country`), so hand-written files are forgiving.
    public init?(name: String) {
        let key = name.lowercased()
        if let exact = ActorKind(rawValue: key) {
            self = exact
            return
        }
        switch key {
        case "country", "nation": self = .state
        case "group", "armed_group", "armedgroup", "militia", "rebels": self = .armedGroup
        case "organization", "org", "igo", "ngo": self = .organisation
        case "individual", "leader": self = .person
        case "other": self = .unknown
        default: return nil
        }
    }

    /// The spellings accepted wherever a kind is read, for error messages.
    public static var allowedNames: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }
}
