/// The counts of a diff, and the names to show for its actors: what every diff
/// writer needs besides the lists themselves.
public struct DiffSummary: Codable, Sendable, Hashable {
    public var actorsAdded: Int
    public var actorsRemoved: Int
    public var stancesAdded: Int
    public var stancesRemoved: Int
    public var stancesChanged: Int
    /// Changed stances whose polarity moved (cooperative, neutral, conflictual).
    public var polarityChanges: Int
    public var stancesUnchanged: Int
    /// Whether there is no difference at all (`GraphDiff.isEmpty`).
    public var identical: Bool

    public init(_ diff: GraphDiff) {
        actorsAdded = diff.actorsAdded.count
        actorsRemoved = diff.actorsRemoved.count
        stancesAdded = diff.stancesAdded.count
        stancesRemoved = diff.stancesRemoved.count
        stancesChanged = diff.stancesChanged.count
        polarityChanges = diff.polarityChanges
        stancesUnchanged = diff.stancesUnchanged.count
        identical = diff.isEmpty
    }

    /// One line such as `1 stance added, 2 removed, 1 changed (1 polarity change); 1 actor added; 3 unchanged`.
    public var sentence: String {
        guard !identical else { return "no differences (\(Self.plural(stancesUnchanged, "stance")) in common)" }
        func clause(_ noun: String, _ parts: [(Int, String)]) -> String? {
            let present = parts.filter { $0.0 > 0 }
            guard let first = present.first else { return nil }
            return ([Self.plural(first.0, noun) + " " + first.1] + present.dropFirst().map { "\($0.0) \($0.1)" })
                .joined(separator: ", ")
        }
        let polarity = polarityChanges > 0 ? " (\(Self.plural(polarityChanges, "polarity change")))" : ""
        let clauses = [
            clause("stance", [(stancesAdded, "added"), (stancesRemoved, "removed"), (stancesChanged, "changed" + polarity)]),
            clause("actor", [(actorsAdded, "added"), (actorsRemoved, "removed")]),
            "\(stancesUnchanged) unchanged",
        ]
        return clauses.compactMap { $0 }.joined(separator: "; ")
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    enum CodingKeys: String, CodingKey {
        case actorsAdded = "actors_added", actorsRemoved = "actors_removed"
        case stancesAdded = "stances_added", stancesRemoved = "stances_removed", stancesChanged = "stances_changed"
        case polarityChanges = "polarity_changes", stancesUnchanged = "stances_unchanged", identical
    }
}

/// Display names of a diff's actors on each side, so that writers say "Turkey
/// opposes Kurds" rather than "TUR opposes KURDS".
struct DiffActorNames {
    private var old: [String: String] = [:]
    private var new: [String: String] = [:]

    init(_ diff: GraphDiff) {
        for actor in diff.actorsRemoved { old[actor.id] = actor.name }
        for actor in diff.actorsAdded { new[actor.id] = actor.name }
        for match in diff.actorsMatched {
            old[match.old.id] = match.old.name
            new[match.new.id] = match.new.name
        }
    }

    func oldName(_ id: String) -> String { old[id] ?? id }
    func newName(_ id: String) -> String { new[id] ?? id }

    /// `Turkey opposes Kurds` for a stance of the old (or new) graph.
    func describe(_ stance: Stance, old isOld: Bool) -> String {
        let name = isOld ? oldName : newName
        return "\(name(stance.source)) \(stance.kind.rawValue) \(name(stance.target))"
    }
}
