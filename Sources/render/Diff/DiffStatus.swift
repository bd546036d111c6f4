extension DiffPicture {
    /// What happened to an actor between "before" and "after". Becomes the SVG
    /// class `diff-actor-added`, `-removed` or `-kept`.
    public enum ActorStatus: String, CaseIterable, Sendable, Codable {
        /// Only in "after".
        case added
        /// Only in "before".
        case removed
        /// In both.
        case kept

        /// The CSS class a report uses to find or toggle these actors.
        public var cssClass: String { "diff-actor-" + rawValue }
    }

    /// What happened to a stance between "before" and "after". Becomes the SVG
    /// class `diff-added`, `diff-removed`, `diff-changed` or `diff-unchanged`.
    public enum EdgeStatus: String, CaseIterable, Sendable, Codable {
        /// Only in "after".
        case added
        /// Only in "before".
        case removed
        /// The same pair with another kind in "after" (`oldKind -> kind`).
        case changed
        /// In both, with the same kind.
        case unchanged

        /// The CSS class a report uses to find or toggle these stances.
        public var cssClass: String { "diff-" + rawValue }
    }
}
