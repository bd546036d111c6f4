import RelGraph

/// How the stances between one pair of actors evolve over a series of
/// articles: the input of `TimelineChartWriter`.
///
/// Why a plain input: whoever builds the timeline (from a merged corpus, a
/// folder of dated articles) only has to list, per article, the kinds of
/// stance it reports between the pair. Rows are drawn in the order given (sort
/// them by date first); a date is a label, never parsed. All text is article
/// text and is escaped in the SVG.
public struct TimelinePicture: Sendable, Equatable {
    /// One article's stances between the pair.
    public struct Row: Sendable, Equatable {
        /// The article's date as it should be shown ("2016-02-05"); nil shows its position.
        public var date: String?
        /// The article's name or id, shown on hover.
        public var article: String
        /// The kinds of stance the article reports; a kind given twice is drawn once, counted.
        public var kinds: [StanceKind]
        /// Kinds of stance the article reports the other way round (target
        /// towards source), drawn as hollow marks beside the others; symmetric
        /// kinds (meets, cooperates) belong in `kinds`.
        public var reverseKinds: [StanceKind]

        public init(date: String?, article: String, kinds: [StanceKind], reverseKinds: [StanceKind] = []) {
            self.date = date
            self.article = article
            self.kinds = kinds
            self.reverseKinds = reverseKinds
        }
    }

    /// Names of the two actors ("Turkey", "Kurds"), in the direction the stances run.
    public var source: String
    public var target: String
    public var rows: [Row]
    /// Caption; nil uses "source → target" ("source ↔ target" when stances run both ways).
    public var title: String?

    public init(source: String, target: String, rows: [Row], title: String? = nil) {
        self.source = source
        self.target = target
        self.rows = rows
        self.title = title
    }

    /// The caption drawn above the chart and used as the SVG's `<title>`.
    public var caption: String { title ?? "\(source) \(hasReverse ? "↔" : "→") \(target)" }

    /// The kinds that occur in any row, from most cooperative to most hostile.
    public var kindsPresent: [StanceKind] {
        Set(rows.flatMap { $0.kinds + $0.reverseKinds }).sorted()
    }

    /// Whether any row has a stance from target towards source.
    public var hasReverse: Bool {
        rows.contains { !$0.reverseKinds.isEmpty }
    }
}
