/// One end of a stance as the evaluation sees it: a gold actor, or a predicted
/// actor that matched none (which can never agree with the gold).
public struct EvaluatedActor: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The gold id, or the predicted actor's own id when `isGold` is false.
    public var id: String
    /// The gold actor's first alias, or the predicted actor's name.
    public var name: String
    /// Whether `id` is a gold actor id.
    public var isGold: Bool

    public init(id: String, name: String, isGold: Bool) {
        self.id = id
        self.name = name
        self.isGold = isGold
    }

    /// `Turkey [TUR]` for a gold actor, `Erdogan government [unmatched: Erdogan-government]`
    /// for a predicted actor with no gold counterpart.
    public var description: String {
        isGold ? "\(name) [\(id)]" : "\(name) [unmatched: \(id)]"
    }

    /// Gold actors first, then by id; names only break ties between equal ids.
    public static func < (lhs: EvaluatedActor, rhs: EvaluatedActor) -> Bool {
        if lhs.isGold != rhs.isGold { return lhs.isGold }
        return (lhs.id, lhs.name) < (rhs.id, rhs.name)
    }
}

/// A stance the evaluation disagreed about: a false positive (predicted, not in the
/// gold) or a false negative (in the gold, not predicted) under strict matching.
public struct EvaluatedStance: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The gold article id.
    public var article: String
    public var source: EvaluatedActor
    public var target: EvaluatedActor
    public var kind: StanceKind
    /// The gold evidence sentence for a false negative; the first evidence text of
    /// the predicted stance for a false positive (nil when it had none).
    public var evidence: String?
    /// Whether the stance was matched under lenient scoring (same pair and polarity,
    /// another kind), i.e. the error is only a confusion of kinds.
    public var matchedLeniently: Bool

    public init(article: String, source: EvaluatedActor, target: EvaluatedActor, kind: StanceKind,
                evidence: String?, matchedLeniently: Bool) {
        self.article = article
        self.source = source
        self.target = target
        self.kind = kind
        self.evidence = evidence
        self.matchedLeniently = matchedLeniently
    }

    /// `Turkey [TUR] opposes Kurds [KURDS]`.
    public var description: String {
        "\(source) \(kind.rawValue) \(target)"
    }

    /// By article, then source, target and kind: the order reports list errors in.
    public static func < (lhs: EvaluatedStance, rhs: EvaluatedStance) -> Bool {
        if lhs.article != rhs.article { return lhs.article < rhs.article }
        if lhs.source != rhs.source { return lhs.source < rhs.source }
        if lhs.target != rhs.target { return lhs.target < rhs.target }
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        return (lhs.evidence ?? "") < (rhs.evidence ?? "")
    }
}

/// The outcome of comparing predicted graphs with a gold file: micro-averaged
/// strict and lenient scores, breakdowns by kind, polarity and article, and the
/// individual errors.
///
/// Codable so that `relgraph eval --format json` can print it for other tools;
/// `formattedText(verbose:)` is the human-readable form. Every list is sorted, so
/// equal inputs give equal reports.
public struct EvaluationReport: Codable, Sendable, Hashable {
    /// Over distinct `(source, target, kind)` per article, summed over articles.
    public var strict: PRF
    /// Over distinct `(source, target, polarity)` per article, summed over articles.
    public var lenient: PRF
    /// Strict scores for each of the seven kinds, in `StanceKind` order.
    public var byKind: [KindScore]
    /// Lenient scores for each polarity, in `Polarity` order.
    public var byPolarity: [PolarityScore]
    /// One entry per gold article, sorted by article id.
    public var articles: [ArticleScore]
    /// Strict false positives, sorted by article, source, target, kind.
    public var falsePositives: [EvaluatedStance]
    /// Strict false negatives, sorted by article, source, target, kind.
    public var falseNegatives: [EvaluatedStance]
    /// Gold articles for which no prediction was given (scored as empty graphs).
    public var articlesWithoutPrediction: [String]
    /// Predictions for articles that are not in the gold file (not scored).
    public var unscoredPredictions: [String]

    public init(strict: PRF, lenient: PRF, byKind: [KindScore], byPolarity: [PolarityScore],
                articles: [ArticleScore], falsePositives: [EvaluatedStance], falseNegatives: [EvaluatedStance],
                articlesWithoutPrediction: [String], unscoredPredictions: [String]) {
        self.strict = strict
        self.lenient = lenient
        self.byKind = byKind
        self.byPolarity = byPolarity
        self.articles = articles
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
        self.articlesWithoutPrediction = articlesWithoutPrediction
        self.unscoredPredictions = unscoredPredictions
    }

    /// The strict score of one kind (zero counts if absent).
    public func score(for kind: StanceKind) -> PRF {
        byKind.first { $0.kind == kind }?.score ?? .zero
    }

    /// The lenient score of one polarity (zero counts if absent).
    public func score(for polarity: Polarity) -> PRF {
        byPolarity.first { $0.polarity == polarity }?.score ?? .zero
    }

    /// The scores of one article, if it is in the gold file.
    public func score(forArticle article: String) -> ArticleScore? {
        articles.first { $0.article == article }
    }

    // MARK: Text

    /// A plain-text report: overall strict and lenient precision, recall and F1 with
    /// their TP/FP/FN counts, then tables by kind, by polarity and by article. With
    /// `verbose`, each article's false negatives and false positives follow with
    /// their evidence sentences, which is how one finds out *why* a score is low.
    /// Ratios have three decimals; the text ends with a newline.
    public func formattedText(verbose: Bool = false) -> String {
        var out = ""
        let withoutPrediction = articlesWithoutPrediction.count
        out += "Evaluated \(articles.count) article\(articles.count == 1 ? "" : "s")"
        if withoutPrediction > 0 { out += " (\(withoutPrediction) without prediction, scored as empty)" }
        out += ": \(strict.gold) gold and \(strict.predicted) predicted distinct stances.\n"
        if !unscoredPredictions.isEmpty {
            out += "Not in the gold file, not scored: \(unscoredPredictions.joined(separator: ", "))\n"
        }

        out += "\n"
        out += Self.table(header: ["Overall", "TP", "FP", "FN", "precision", "recall", "F1"],
                          rows: [["strict"] + Self.cells(strict), ["lenient"] + Self.cells(lenient)])

        out += "\n"
        out += Self.table(header: ["Strict by kind", "TP", "FP", "FN", "precision", "recall", "F1"],
                          rows: byKind.map { [$0.kind.rawValue] + Self.cells($0.score) })

        out += "\n"
        out += Self.table(header: ["Lenient by polarity", "TP", "FP", "FN", "precision", "recall", "F1"],
                          rows: byPolarity.map { ["\($0.polarity.rawValue) (\($0.polarity.sign))"] + Self.cells($0.score) })

        out += "\n"
        var articleRows: [[String]] = []
        for article in articles {
            let name = article.article + (article.hasPrediction ? "" : " (no prediction)")
            articleRows.append([name, "strict"] + Self.cells(article.strict))
            articleRows.append(["", "lenient"] + Self.cells(article.lenient))
        }
        out += Self.table(header: ["By article", "", "TP", "FP", "FN", "precision", "recall", "F1"],
                          rows: articleRows, leftAligned: 2)

        if verbose {
            out += "\nErrors by article (strict; FN = in the gold, not predicted; FP = predicted, not in the gold;\n"
            out += "'~' = matched under lenient scoring, a confusion of kinds of the same polarity)\n"
            for article in articles {
                let negatives = falseNegatives.filter { $0.article == article.article }
                let positives = falsePositives.filter { $0.article == article.article }
                guard !negatives.isEmpty || !positives.isEmpty || !article.unmatchedActors.isEmpty else { continue }
                out += "\n\(article.article)\n"
                if !article.unmatchedActors.isEmpty {
                    out += "  predicted actors matching no gold actor: \(article.unmatchedActors.joined(separator: ", "))\n"
                }
                for (label, list) in [("FN", negatives), ("FP", positives)] {
                    for stance in list {
                        out += "  \(label) \(stance.matchedLeniently ? "~" : " ") \(stance)\n"
                        if let evidence = stance.evidence, !evidence.isEmpty {
                            out += "       \"\(evidence)\"\n"
                        }
                    }
                }
            }
        }
        return out
    }

    private static func cells(_ score: PRF) -> [String] {
        ["\(score.truePositives)", "\(score.falsePositives)", "\(score.falseNegatives)",
         ratio(score.precision), ratio(score.recall), ratio(score.f1)]
    }

    /// A ratio with three decimals, computed without locale-dependent formatting.
    static func ratio(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// Columns padded to their widest cell: the first `leftAligned` columns to the
    /// left (labels), the others to the right (numbers), two spaces between.
    private static func table(header: [String], rows: [[String]], leftAligned: Int = 1) -> String {
        let all = [header] + rows
        var widths = Array(repeating: 0, count: header.count)
        for row in all {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        var text = ""
        for row in all {
            var cells: [String] = []
            for (column, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                cells.append(column < leftAligned ? cell + padding : padding + cell)
            }
            var line = cells.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            text += line + "\n"
        }
        return text
    }
}
