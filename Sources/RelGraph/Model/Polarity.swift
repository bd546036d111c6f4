/// The sign of a stance: whether it brings two actors closer, keeps them in
/// contact, or sets them against each other.
public enum Polarity: String, CaseIterable, Codable, Sendable, Hashable {
    case cooperative
    case neutral
    case conflictual

    /// The conventional one-character sign (`+`, `0`, `-`) used in the stance vocabulary.
    public var sign: String {
        switch self {
        case .cooperative: return "+"
        case .neutral: return "0"
        case .conflictual: return "-"
        }
    }
}
