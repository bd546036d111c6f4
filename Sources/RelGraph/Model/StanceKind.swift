/// The seven kinds of directed stance that RelGraph records between actors.
///
/// The vocabulary is deliberately small and maps onto the PLOVER event ontology
/// (and CAMEO root codes), so graphs stay comparable with political event data.
/// Raw values are the spellings used in every file format.
public enum StanceKind: String, CaseIterable, Codable, Sendable, Hashable, Comparable {
    case supports
    case cooperates
    case meets
    case opposes
    case threatens
    case coerces
    case attacks

    /// Whether the stance is friendly, neutral or hostile; drives colour in pictures
    /// and the "lenient" comparison in evaluation.
    public var polarity: Polarity {
        switch self {
        case .supports, .cooperates: return .cooperative
        case .meets: return .neutral
        case .opposes, .threatens, .coerces, .attacks: return .conflictual
        }
    }

    /// Symmetric kinds describe a relation both actors take part in equally, so
    /// `A meets B` and `B meets A` are the same stance and are drawn without an arrow.
    public var isSymmetric: Bool {
        self == .cooperates || self == .meets
    }

    /// The PLOVER event types this kind covers, for users who join graphs with event data.
    public var ploverTypes: [String] {
        switch self {
        case .supports: return ["SUPPORT", "AID"]
        case .cooperates: return ["COOPERATE", "AGREE"]
        case .meets: return ["CONSULT"]
        case .opposes: return ["REJECT", "ACCUSE", "PROTEST"]
        case .threatens: return ["THREATEN", "MOBILIZE"]
        case .coerces: return ["COERCE", "SANCTION"]
        case .attacks: return ["ASSAULT"]
        }
    }

    /// Orders kinds from most cooperative to most hostile, the order legends use.
    public static func < (lhs: StanceKind, rhs: StanceKind) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int { Self.allCases.firstIndex(of: self)! }

    /// The spellings accepted wherever a kind is read, for error messages.
    public static var allowedNames: String {
        allCases.map(\.rawValue).joined(separator: ", ")
    }
}
