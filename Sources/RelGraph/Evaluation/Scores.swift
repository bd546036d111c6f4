/// Precision, recall and F1 from counts of true positives, false positives and
/// false negatives, as event-coding evaluations report them.
///
/// Conventions: precision = TP / (TP + FP), recall = TP / (TP + FN), each 0 when
/// its denominator is 0 (no predictions, or no gold); F1 = 2PR / (P + R), 0 when
/// P + R = 0. So an article with neither gold nor predictions scores 0/0/0 rather
/// than a perfect 1, which is why totals are micro-averaged from the counts
/// (`+`) and never averaged from per-article ratios.
///
/// Only the counts are stored; the ratios are derived, and written alongside the
/// counts in JSON so that other tools need not recompute them.
public struct PRF: Codable, Sendable, Hashable {
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// No counts at all: the identity of `+`.
    public static let zero = PRF()

    /// TP / (TP + FP); 0 when nothing was predicted.
    public var precision: Double {
        Self.ratio(truePositives, truePositives + falsePositives)
    }

    /// TP / (TP + FN); 0 when the gold is empty.
    public var recall: Double {
        Self.ratio(truePositives, truePositives + falseNegatives)
    }

    /// The harmonic mean of precision and recall; 0 when both are 0.
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// How many items were predicted (TP + FP).
    public var predicted: Int { truePositives + falsePositives }

    /// How many gold items there are (TP + FN).
    public var gold: Int { truePositives + falseNegatives }

    /// Sums counts: how per-article scores become micro-averaged totals.
    public static func + (lhs: PRF, rhs: PRF) -> PRF {
        PRF(truePositives: lhs.truePositives + rhs.truePositives,
            falsePositives: lhs.falsePositives + rhs.falsePositives,
            falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }

    public static func += (lhs: inout PRF, rhs: PRF) {
        lhs = lhs + rhs
    }

    private static func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        denominator == 0 ? 0 : Double(numerator) / Double(denominator)
    }

    enum CodingKeys: String, CodingKey {
        case truePositives, falsePositives, falseNegatives, precision, recall, f1
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        truePositives = try container.decode(Int.self, forKey: .truePositives)
        falsePositives = try container.decode(Int.self, forKey: .falsePositives)
        falseNegatives = try container.decode(Int.self, forKey: .falseNegatives)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(truePositives, forKey: .truePositives)
        try container.encode(falsePositives, forKey: .falsePositives)
        try container.encode(falseNegatives, forKey: .falseNegatives)
        try container.encode(precision, forKey: .precision)
        try container.encode(recall, forKey: .recall)
        try container.encode(f1, forKey: .f1)
    }
}

/// Strict scores of one stance kind: true positives and false negatives counted by
/// the gold kind, false positives by the predicted kind.
public struct KindScore: Codable, Sendable, Hashable {
    public var kind: StanceKind
    public var score: PRF

    public init(kind: StanceKind, score: PRF) {
        self.kind = kind
        self.score = score
    }
}

/// Lenient scores of one polarity: what is left of the per-kind figures once
/// confusions between kinds of the same sign are forgiven.
public struct PolarityScore: Codable, Sendable, Hashable {
    public var polarity: Polarity
    public var score: PRF

    public init(polarity: Polarity, score: PRF) {
        self.polarity = polarity
        self.score = score
    }
}

/// The scores of one gold article.
public struct ArticleScore: Codable, Sendable, Hashable {
    /// The article id of the gold file.
    public var article: String
    public var strict: PRF
    public var lenient: PRF
    /// False when no prediction was given for the article (it was scored as an
    /// empty graph), so a missing output file is visible in reports.
    public var hasPrediction: Bool
    /// Predicted actors that matched no gold actor, by display name, sorted:
    /// often the first thing to look at when precision is low.
    public var unmatchedActors: [String]

    public init(article: String, strict: PRF, lenient: PRF, hasPrediction: Bool, unmatchedActors: [String] = []) {
        self.article = article
        self.strict = strict
        self.lenient = lenient
        self.hasPrediction = hasPrediction
        self.unmatchedActors = unmatchedActors
    }
}
