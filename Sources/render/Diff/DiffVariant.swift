import RelGraph

/// The three pictures drawn from one diff, all from the same pinned layout.
enum DiffVariant: String, Sendable, CaseIterable {
    /// The union, each element styled by its change.
    case diff
    /// Graph A alone, styled as the normal renderer would.
    case before
    /// Graph B alone.
    case after

    /// Whether an actor with `status` is drawn in this picture.
    func includes(_ status: DiffPicture.ActorStatus) -> Bool {
        switch self {
        case .diff: return true
        case .before: return status != .added
        case .after: return status != .removed
        }
    }

    /// The kind `edge` has in this picture, nil when it is not drawn.
    func kind(of edge: DiffPicture.Edge) -> StanceKind? {
        switch self {
        case .diff: return edge.kind
        case .before: return edge.beforeKind
        case .after: return edge.afterKind
        }
    }

    /// The count `edge` has in this picture.
    func count(of edge: DiffPicture.Edge) -> Int {
        self == .before ? (edge.oldCount ?? edge.count) : edge.count
    }
}
