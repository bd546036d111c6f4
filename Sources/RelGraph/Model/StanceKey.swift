/// Identifies "the same stance": the same pair of actors and the same kind.
///
/// For symmetric kinds (`meets`, `cooperates`) the pair is unordered, so
/// `A meets B` and `B meets A` share a key. Repeated stances with one key are
/// stored once with a count, and diffs match stances by key.
public struct StanceKey: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public let source: String
    public let target: String
    public let kind: StanceKind

    public init(source: String, target: String, kind: StanceKind) {
        if kind.isSymmetric && target < source {
            self.source = target
            self.target = source
        } else {
            self.source = source
            self.target = target
        }
        self.kind = kind
    }

    /// Readable form such as `TUR opposes KURDS`.
    public var description: String { "\(source) \(kind.rawValue) \(target)" }

    public static func < (lhs: StanceKey, rhs: StanceKey) -> Bool {
        (lhs.source, lhs.target, lhs.kind) < (rhs.source, rhs.target, rhs.kind)
    }
}
