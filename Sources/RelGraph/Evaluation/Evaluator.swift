/// Scores predicted stance graphs against a gold file, by the rules of STANCES.md.
///
/// For each gold article:
/// 1. Every predicted actor is mapped to a gold actor id with `ActorMatcher`.
///    A predicted actor that matches none keeps its own id, marked as unmatched, so
///    stances that touch it are false positives and can never meet a gold stance
///    even when its id happens to equal a gold id. Two predicted actors that map to
///    one gold actor ("Erdogan" and "Turkey") merge; a stance between them becomes
///    a self-stance that no gold stance can match, so it is a false positive.
/// 2. **Strict** scoring compares the distinct `(source, target, kind)` tuples of
///    gold and prediction. Symmetric kinds (`meets`, `cooperates`) are unordered
///    pairs: `A meets B` equals `B meets A`.
/// 3. **Lenient** scoring compares distinct `(source, target, polarity)` items, so
///    a wrong kind of the right sign (`attacks` for `threatens`, `supports` for
///    `cooperates`) still counts. Direction matters for items that come from
///    asymmetric kinds; an item from a symmetric kind has no direction and agrees
///    with an item of the same polarity on the same pair in either direction. Only
///    the positive polarity mixes both (`supports` directed, `cooperates` not), so
///    gold `A cooperates B` is leniently found by a predicted `B supports A`, but a
///    predicted `B supports A` does not find a gold `A supports B`. Because an
///    undirected item may agree with two directed ones, items are paired one-to-one
///    by a maximum bipartite matching: TP = matched pairs, FP = unmatched predicted
///    items, FN = unmatched gold items. Without symmetric kinds this is exactly the
///    comparison of distinct `(source, target, polarity)` sets.
/// 4. Counts are summed over articles (micro-averaging) and turned into ratios by
///    `PRF`'s conventions (0/0 := 0).
///
/// A gold article without a prediction is scored against an empty graph; predictions
/// for articles not in the gold file are listed in the report and not scored. Gold
/// article ids are expected to be unique (`GoldStandard.parseJSONL` ensures it).
public struct Evaluator: Sendable {
    public init() {}

    /// Scores `predictions` (keyed by article id) against `gold`.
    public func evaluate(gold: [GoldArticle], predictions: [String: StanceGraph]) -> EvaluationReport {
        var results: [ArticleResult] = []
        for article in gold.sorted(by: { $0.article < $1.article }) {
            results.append(evaluate(article, prediction: predictions[article.article]))
        }
        var strict = PRF.zero, lenient = PRF.zero
        var byKind: [StanceKind: PRF] = [:]
        var byPolarity: [Polarity: PRF] = [:]
        for result in results {
            strict += result.score.strict
            lenient += result.score.lenient
            for (kind, score) in result.byKind { byKind[kind, default: .zero] += score }
            for (polarity, score) in result.byPolarity { byPolarity[polarity, default: .zero] += score }
        }
        let goldIDs = Set(gold.map(\.article))
        return EvaluationReport(
            strict: strict,
            lenient: lenient,
            byKind: StanceKind.allCases.map { KindScore(kind: $0, score: byKind[$0] ?? .zero) },
            byPolarity: Polarity.allCases.map { PolarityScore(polarity: $0, score: byPolarity[$0] ?? .zero) },
            articles: results.map(\.score),
            falsePositives: results.flatMap(\.falsePositives).sorted(),
            falseNegatives: results.flatMap(\.falseNegatives).sorted(),
            articlesWithoutPrediction: results.filter { !$0.score.hasPrediction }.map(\.score.article),
            unscoredPredictions: predictions.keys.filter { !goldIDs.contains($0) }.sorted()
        )
    }

    // MARK: One article

    /// The scores and errors of one article, before they are summed.
    private struct ArticleResult {
        var score: ArticleScore
        var byKind: [StanceKind: PRF]
        var byPolarity: [Polarity: PRF]
        var falsePositives: [EvaluatedStance]
        var falseNegatives: [EvaluatedStance]
    }

    /// A stance end after actor mapping. Unmatched predicted actors live in their own
    /// case, so they can never equal a gold actor.
    private enum End: Hashable, Comparable {
        case gold(String)
        case predicted(String)
    }

    /// The strict unit: `(source, target, kind)`, ends ordered for symmetric kinds.
    private struct StrictTuple: Hashable, Comparable {
        let source: End
        let target: End
        let kind: StanceKind

        init(source: End, target: End, kind: StanceKind) {
            if kind.isSymmetric && target < source {
                (self.source, self.target) = (target, source)
            } else {
                (self.source, self.target) = (source, target)
            }
            self.kind = kind
        }

        /// The lenient unit the tuple falls into.
        var lenient: LenientItem {
            LenientItem(source: source, target: target, polarity: kind.polarity, directed: !kind.isSymmetric)
        }

        static func < (lhs: StrictTuple, rhs: StrictTuple) -> Bool {
            (lhs.source, lhs.target, lhs.kind) < (rhs.source, rhs.target, rhs.kind)
        }
    }

    /// The lenient unit: `(source, target, polarity)`, undirected (ends ordered) when
    /// it comes from a symmetric kind.
    private struct LenientItem: Hashable, Comparable {
        let source: End
        let target: End
        let polarity: Polarity
        let directed: Bool

        /// Whether a predicted item and a gold item agree (see `Evaluator`).
        func agrees(with other: LenientItem) -> Bool {
            guard polarity == other.polarity else { return false }
            if directed && other.directed { return source == other.source && target == other.target }
            return (source == other.source && target == other.target)
                || (source == other.target && target == other.source)
        }

        private var polarityRank: Int { Polarity.allCases.firstIndex(of: polarity)! }

        static func < (lhs: LenientItem, rhs: LenientItem) -> Bool {
            (lhs.source, lhs.target, lhs.polarityRank, lhs.directed ? 1 : 0)
                < (rhs.source, rhs.target, rhs.polarityRank, rhs.directed ? 1 : 0)
        }
    }

    private func evaluate(_ gold: GoldArticle, prediction: StanceGraph?) -> ArticleResult {
        let graph = prediction ?? StanceGraph()
        let matcher = ActorMatcher(gold: gold)

        // Actor mapping.
        var endOf: [String: End] = [:]
        var unmatchedNames: Set<String> = []
        for actor in graph.actors {
            if let goldID = matcher.match(actor) {
                endOf[actor.id] = .gold(goldID)
            } else {
                endOf[actor.id] = .predicted(actor.id)
                unmatchedNames.insert(actor.name)
            }
        }
        func describe(_ end: End) -> EvaluatedActor {
            switch end {
            case .gold(let id):
                return EvaluatedActor(id: id, name: gold.displayName(ofActor: id), isGold: true)
            case .predicted(let id):
                return EvaluatedActor(id: id, name: graph.actor(id: id)?.name ?? id, isGold: false)
            }
        }

        // Distinct strict tuples, each with its first evidence sentence.
        var goldEvidence: [StrictTuple: String] = [:]
        for stance in gold.stances {
            let tuple = StrictTuple(source: .gold(stance.source), target: .gold(stance.target), kind: stance.kind)
            if goldEvidence[tuple, default: ""].isEmpty { goldEvidence[tuple] = stance.evidence }
        }
        var predictedEvidence: [StrictTuple: String?] = [:]
        for stance in graph.stances {
            let tuple = StrictTuple(source: endOf[stance.source] ?? .predicted(stance.source),
                                    target: endOf[stance.target] ?? .predicted(stance.target),
                                    kind: stance.kind)
            let text = stance.evidence.first { !$0.text.isEmpty }?.text
            if let existing = predictedEvidence[tuple], existing != nil { continue }
            predictedEvidence[tuple] = .some(text)
        }
        let goldTuples = Set(goldEvidence.keys)
        let predictedTuples = Set(predictedEvidence.keys)

        // Strict.
        var byKind: [StanceKind: PRF] = [:]
        for tuple in goldTuples {
            if predictedTuples.contains(tuple) {
                byKind[tuple.kind, default: .zero].truePositives += 1
            } else {
                byKind[tuple.kind, default: .zero].falseNegatives += 1
            }
        }
        for tuple in predictedTuples where !goldTuples.contains(tuple) {
            byKind[tuple.kind, default: .zero].falsePositives += 1
        }
        let strict = byKind.values.reduce(PRF.zero, +)

        // Lenient.
        let goldItems = Set(goldTuples.map(\.lenient)).sorted()
        let predictedItems = Set(predictedTuples.map(\.lenient)).sorted()
        let pairs = maximumMatching(predicted: predictedItems, gold: goldItems)
        let matchedGold = Set(pairs.map { goldItems[$0.gold] })
        let matchedPredicted = Set(pairs.map { predictedItems[$0.predicted] })
        var byPolarity: [Polarity: PRF] = [:]
        for item in goldItems {
            if matchedGold.contains(item) {
                byPolarity[item.polarity, default: .zero].truePositives += 1
            } else {
                byPolarity[item.polarity, default: .zero].falseNegatives += 1
            }
        }
        for item in predictedItems where !matchedPredicted.contains(item) {
            byPolarity[item.polarity, default: .zero].falsePositives += 1
        }
        let lenient = byPolarity.values.reduce(PRF.zero, +)

        // Errors.
        let falseNegatives = goldTuples.subtracting(predictedTuples).sorted().map { tuple in
            EvaluatedStance(article: gold.article, source: describe(tuple.source), target: describe(tuple.target),
                            kind: tuple.kind, evidence: goldEvidence[tuple].flatMap { $0.isEmpty ? nil : $0 },
                            matchedLeniently: matchedGold.contains(tuple.lenient))
        }
        let falsePositives = predictedTuples.subtracting(goldTuples).sorted().map { tuple in
            EvaluatedStance(article: gold.article, source: describe(tuple.source), target: describe(tuple.target),
                            kind: tuple.kind, evidence: predictedEvidence[tuple] ?? nil,
                            matchedLeniently: matchedPredicted.contains(tuple.lenient))
        }

        let score = ArticleScore(article: gold.article, strict: strict, lenient: lenient,
                                 hasPrediction: prediction != nil, unmatchedActors: unmatchedNames.sorted())
        return ArticleResult(score: score, byKind: byKind, byPolarity: byPolarity,
                             falsePositives: falsePositives, falseNegatives: falseNegatives)
    }

    /// A maximum one-to-one pairing of agreeing predicted and gold items (Kuhn's
    /// augmenting paths). Both lists are sorted, so the pairing is deterministic.
    private func maximumMatching(predicted: [LenientItem], gold: [LenientItem]) -> [(predicted: Int, gold: Int)] {
        let candidates: [[Int]] = predicted.map { item in
            gold.indices.filter { item.agrees(with: gold[$0]) }
        }
        var ownerOfGold = [Int?](repeating: nil, count: gold.count)

        func augment(_ p: Int, _ visited: inout [Bool]) -> Bool {
            for g in candidates[p] where !visited[g] {
                visited[g] = true
                if ownerOfGold[g] == nil || augment(ownerOfGold[g]!, &visited) {
                    ownerOfGold[g] = p
                    return true
                }
            }
            return false
        }

        for p in predicted.indices {
            var visited = [Bool](repeating: false, count: gold.count)
            _ = augment(p, &visited)
        }
        return ownerOfGold.enumerated().compactMap { g, owner in owner.map { (predicted: $0, gold: g) } }
    }
}
