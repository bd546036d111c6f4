/// The union of many articles' graphs, built one graph at a time so that merging
/// ten thousand articles keeps memory flat.
///
/// Why an accumulator and not `StanceGraph.addStance`: a graph keeps every
/// evidence sentence, which grows with the corpus. The merger keeps, per stance,
/// the total count, a `Provenance` (how many articles, first and last date) and
/// a bounded sample of evidence: the `evidenceLimit` smallest evidences by (date,
/// article, offset, text). Keeping the smallest under a fixed order, rather than
/// the first seen, makes the result independent of the order of the inputs.
///
/// Actors are matched as in a diff: same id, else a shared name or alias by
/// `Actor.matchKey`, never two actors of one graph onto one. A merged actor keeps
/// the smallest known kind other than `unknown`, the smallest name, and every
/// other form as an alias. Where articles disagree about a pair (one says
/// *meets*, another *attacks*) both stances stay: they have different keys.
/// (Order independence holds whenever each id names one actor throughout, as
/// with extracted graphs; if two different ids match only by name, the one
/// seen first names the merged actor.)
public struct GraphMerger: Sendable {
    /// Evidence entries kept per stance.
    public let evidenceLimit: Int
    /// How many graphs were added.
    public private(set) var graphCount = 0

    private var actors: [String: MergedActor] = [:]
    private var idForKey: [String: String] = [:]
    private var stances: [StanceKey: MergedStance] = [:]
    private var dates = Provenance(articles: 0)
    /// The name of the article each identity (`ArticleIdentity`) was first seen in.
    private var articleNames: [String: String] = [:]

    public init(evidenceLimit: Int = 5) {
        self.evidenceLimit = max(0, evidenceLimit)
    }

    /// Adds one article's graph. `article` names it in evidence that does not say
    /// where it came from (its file name, say); the graph's date dates its stances.
    ///
    /// An article already added is not added again, so that giving it twice (a
    /// folder and one of its files, an article and the graph extracted from it)
    /// counts neither its stances nor its article twice. It is the same article
    /// when it has the same url, the same id (`extra["id"]`, `meta id` in the
    /// text format) or equal content (metadata, actors and stances); file names
    /// are not compared, since two folders may hold different articles under one
    /// name. The first one given is kept.
    ///
    /// - Returns: nil when the graph was merged; when it was skipped, the name
    ///   of the article it repeats.
    @discardableResult
    public mutating func add(_ graph: StanceGraph, article: String) -> String? {
        let identities = Self.identities(of: graph)
        for identity in identities {
            if let earlier = articleNames[identity] { return earlier }
        }
        for identity in identities { articleNames[identity] = article }
        graphCount += 1
        let date = graph.metadata.date.flatMap(Article.isoDate)
        dates = dates.combined(with: Provenance(article: date))

        var mergedID: [String: String] = [:]
        var used = Set<String>()
        for actor in graph.actors {
            let id = mergedIdentity(of: actor, excluding: used)
            used.insert(id)
            mergedID[actor.id] = id
            actors[id, default: MergedActor(id: id)].absorb(actor)
            for form in actor.allNames {
                let key = Actor.matchKey(form)
                guard !key.isEmpty else { continue }
                if let existing = idForKey[key], existing <= id { continue }
                idForKey[key] = id
            }
        }
        for stance in graph.stances {
            guard let source = mergedID[stance.source], let target = mergedID[stance.target] else { continue }
            let key = StanceKey(source: source, target: target, kind: stance.kind)
            var merged = stances[key] ?? MergedStance(source: key.source, target: key.target)
            merged.count += stance.count
            let provenance = stance.provenance ?? Provenance(article: date)
            merged.provenance = merged.provenance.map { $0.combined(with: provenance) } ?? provenance
            for var evidence in stance.evidence {
                if evidence.article == nil { evidence.article = article }
                if evidence.date == nil { evidence.date = date }
                merged.keep(evidence, limit: evidenceLimit)
            }
            stances[key] = merged
        }
        return nil
    }

    /// The keys that identify an article: its url, its id, its content. The
    /// content key is a hash (equal graphs, equal keys; memory stays one small
    /// entry per article however large its graph).
    private static func identities(of graph: StanceGraph) -> [String] {
        var keys = ["content:\(graph.hashValue)"]
        func trimmed(_ text: String?) -> String? {
            guard let text else { return nil }
            let result = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
            return result.isEmpty ? nil : result
        }
        if let url = trimmed(graph.metadata.url) {
            keys.append("url:" + (url.hasSuffix("/") ? String(url.dropLast()) : url))
        }
        if let id = trimmed(graph.metadata.extra["id"]) {
            keys.append("id:" + id)
        }
        return keys
    }

    /// The merged graph: actors sorted by id, stances by key, each stance with its
    /// provenance. Its metadata says how many articles went in and their date range
    /// (`extra`: `articles`, `first_date`, `last_date`).
    public func result() -> StanceGraph {
        var metadata = GraphMetadata(title: "Merged graph of \(graphCount) article\(graphCount == 1 ? "" : "s")")
        metadata.extra["articles"] = String(graphCount)
        if let first = dates.firstDate { metadata.extra["first_date"] = first }
        if let last = dates.lastDate { metadata.extra["last_date"] = last }
        var graph = StanceGraph(metadata: metadata)
        for id in actors.keys.sorted() {
            // Ids are the dictionary's keys, so they are unique and not empty.
            try! graph.addActor(actors[id]!.actor)
        }
        for key in stances.keys.sorted() {
            let merged = stances[key]!
            try! graph.addStance(Stance(source: merged.source, target: merged.target, kind: key.kind,
                                        evidence: merged.evidence, count: merged.count,
                                        provenance: merged.provenance))
        }
        return graph
    }

    /// The merged actor `actor` is: by id, else by a shared form, else a new one.
    private func mergedIdentity(of actor: Actor, excluding used: Set<String>) -> String {
        if actors[actor.id] != nil, !used.contains(actor.id) { return actor.id }
        for form in [actor.name, actor.id] + actor.aliases {
            if let id = idForKey[Actor.matchKey(form)], !used.contains(id) { return id }
        }
        var id = actor.id
        var suffix = 2
        while used.contains(id) || (actors[id] != nil && actors[id]!.id != actor.id) {
            id = "\(actor.id)-\(suffix)"
            suffix += 1
        }
        return id
    }
}

/// One actor of the merged graph, combined from every description of it.
private struct MergedActor: Sendable {
    var id: String
    var names: Set<String> = []
    var forms: Set<String> = []
    var kind: ActorKind?

    init(id: String) { self.id = id }

    mutating func absorb(_ actor: Actor) {
        if actor.name != actor.id || actor.id == id { names.insert(actor.name) }
        forms.formUnion(actor.allNames)
        if actor.kind != .unknown {
            let rank = ActorKind.allCases.firstIndex(of: actor.kind)!
            if kind.map({ rank < ActorKind.allCases.firstIndex(of: $0)! }) ?? true { kind = actor.kind }
        }
    }

    var actor: Actor {
        let name = names.filter { $0 != id }.min() ?? names.min() ?? id
        let aliases = forms.subtracting([name, id]).sorted()
        return Actor(id: id, name: name, kind: kind ?? .unknown, aliases: aliases)
    }
}

/// One stance of the merged graph: totals and a bounded sample of evidence.
private struct MergedStance: Sendable {
    var source: String
    var target: String
    var count = 0
    var provenance: Provenance?
    /// At most `limit` evidences, the smallest by `Self.order`, kept sorted.
    var evidence: [Evidence] = []

    init(source: String, target: String) {
        self.source = source
        self.target = target
    }

    mutating func keep(_ item: Evidence, limit: Int) {
        guard limit > 0 else { return }
        if evidence.count == limit, let last = evidence.last, !Self.precedes(item, last) { return }
        var low = 0
        var high = evidence.count
        while low < high {
            let middle = (low + high) / 2
            if Self.precedes(evidence[middle], item) || evidence[middle] == item { low = middle + 1 } else { high = middle }
        }
        evidence.insert(item, at: low)
        if evidence.count > limit { evidence.removeLast() }
    }

    /// A total order on evidence: dated before undated, then by date, article,
    /// offsets, text and rule.
    static func precedes(_ a: Evidence, _ b: Evidence) -> Bool {
        let left = (a.date == nil ? 1 : 0, a.date ?? "", a.article ?? "", a.start ?? -1, a.end ?? -1, a.text)
        let right = (b.date == nil ? 1 : 0, b.date ?? "", b.article ?? "", b.start ?? -1, b.end ?? -1, b.text)
        if left != right { return left < right }
        return (a.rule ?? "") < (b.rule ?? "")
    }
}
