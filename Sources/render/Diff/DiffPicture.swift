import RelGraph

/// What a diff picture shows: the union of two stance graphs ("before" and
/// "after"), each actor and stance marked with what happened to it.
///
/// Why a plain input of its own: the renderer must not depend on how a diff is
/// computed (which stances count as "changed", how counts merge). Whoever
/// computes the diff maps its result onto these few fields; the renderer only
/// draws. Every text field is article text and is escaped before it reaches
/// Graphviz or the SVG.
///
/// Edges whose `source` or `target` is not among `actors` are not drawn (as in
/// `Renderer`); of two actors with the same id the first is used.
public struct DiffPicture: Sendable, Equatable {
    /// One actor of the union.
    public struct Node: Sendable, Equatable {
        /// The key edges refer to; also the SVG id (`actor-TUR`).
        public var id: String
        /// The name drawn in the node: the "after" graph's (the "before"
        /// graph's for a removed actor).
        public var name: String
        /// The name the "before" graph gives a kept actor when it differs
        /// (`Turkey` where "after" says `Ankara`); nil when it is `name`. The
        /// "before" picture draws it; the diff and "after" draw `name`.
        public var beforeName: String?
        public var kind: ActorKind
        public var status: ActorStatus

        public init(id: String, name: String? = nil, beforeName: String? = nil, kind: ActorKind = .unknown,
                    status: ActorStatus = .kept) {
            self.id = id
            self.name = name ?? id
            self.beforeName = beforeName == self.name ? nil : beforeName
            self.kind = kind
            self.status = status
        }

        /// The name drawn in `variant`'s picture.
        func name(in variant: DiffVariant) -> String {
            variant == .before ? beforeName ?? name : name
        }
    }

    /// One stance of the union: a directed edge `source -> target`.
    public struct Edge: Sendable, Equatable {
        public var source: String
        public var target: String
        /// The kind now: in "after" for added, changed and unchanged stances,
        /// and the kind that disappeared for removed ones.
        public var kind: StanceKind
        /// For changed stances, the kind in "before" (drawn as `old -> new`).
        public var oldKind: StanceKind?
        public var status: EdgeStatus
        /// How many times the stance was stated (in "after", or in "before" for
        /// removed stances); drawn as `×N` and a thicker line.
        public var count: Int
        /// The count in "before" when it differs from `count`; nil means the same.
        public var oldCount: Int?
        /// Evidence to show on hover in the diff picture (quotes, one per line);
        /// the renderer adds a first line naming the actors, the kind and the change.
        public var tooltip: String?
        /// Evidence for the "before" picture: graph A's quotes for this stance.
        /// nil shows `tooltip`; an empty string shows none.
        public var beforeTooltip: String?
        /// Evidence for the "after" picture: graph B's quotes. nil shows
        /// `tooltip`; an empty string shows none.
        public var afterTooltip: String?

        public init(source: String, target: String, kind: StanceKind, oldKind: StanceKind? = nil,
                    status: EdgeStatus, count: Int = 1, oldCount: Int? = nil, tooltip: String? = nil,
                    beforeTooltip: String? = nil, afterTooltip: String? = nil) {
            self.source = source
            self.target = target
            self.kind = kind
            self.oldKind = oldKind
            self.status = status
            self.count = max(1, count)
            self.oldCount = oldCount.map { max(1, $0) }
            self.tooltip = tooltip
            self.beforeTooltip = beforeTooltip
            self.afterTooltip = afterTooltip
        }

        /// The evidence shown in `variant`'s picture.
        func tooltip(in variant: DiffVariant) -> String? {
            switch variant {
            case .diff: return tooltip
            case .before: return beforeTooltip ?? tooltip
            case .after: return afterTooltip ?? tooltip
            }
        }

        /// The kind in "before" (nil when the stance did not exist then).
        public var beforeKind: StanceKind? {
            switch status {
            case .added: return nil
            case .changed: return oldKind ?? kind
            case .removed, .unchanged: return kind
            }
        }

        /// The kind in "after" (nil when the stance no longer exists).
        public var afterKind: StanceKind? {
            status == .removed ? nil : kind
        }
    }

    public var actors: [Node]
    public var edges: [Edge]
    /// Names of the two versions (an article's title, a date): captions of the
    /// side-by-side pictures and, joined, of the diff picture.
    public var beforeTitle: String
    public var afterTitle: String

    public init(actors: [Node], edges: [Edge], beforeTitle: String = "Before", afterTitle: String = "After") {
        self.actors = actors
        self.edges = edges
        self.beforeTitle = beforeTitle
        self.afterTitle = afterTitle
    }

    /// How many edges have each status, for the legend and the summary.
    public func count(of status: EdgeStatus) -> Int {
        edges.reduce(0) { $0 + ($1.status == status ? 1 : 0) }
    }

    /// How many actors have each status.
    public func count(of status: ActorStatus) -> Int {
        actors.reduce(0) { $0 + ($1.status == status ? 1 : 0) }
    }
}
