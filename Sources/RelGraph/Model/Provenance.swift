/// Which articles stand behind a stance of a merged graph: how many, and the
/// first and last of their dates.
///
/// A merged corpus keeps only a bounded sample of each stance's evidence (memory
/// must stay flat over thousands of articles), so the sample alone cannot say how
/// widely a stance was reported or over which period; this does. Graphs of a
/// single article leave it out.
public struct Provenance: Codable, Sendable, Hashable {
    /// How many articles (graphs) stated the stance at least once.
    public var articles: Int
    /// The earliest article date (ISO 8601, `YYYY-MM-DD`), when any article was dated.
    public var firstDate: String?
    /// The latest article date, when any article was dated.
    public var lastDate: String?

    public init(articles: Int, firstDate: String? = nil, lastDate: String? = nil) {
        self.articles = articles
        self.firstDate = firstDate
        self.lastDate = lastDate
    }

    /// The provenance of one article dated `date`.
    public init(article date: String?) {
        self.init(articles: 1, firstDate: date, lastDate: date)
    }

    /// Both provenances together: articles add up, the date range widens. The
    /// combination is commutative and associative, so merging in any order gives
    /// the same result.
    public func combined(with other: Provenance) -> Provenance {
        Provenance(articles: articles + other.articles,
                   firstDate: Self.pick(firstDate, other.firstDate, by: <),
                   lastDate: Self.pick(lastDate, other.lastDate, by: >))
    }

    private static func pick(_ a: String?, _ b: String?, by better: (String, String) -> Bool) -> String? {
        guard let a else { return b }
        guard let b else { return a }
        return better(b, a) ? b : a
    }

    enum CodingKeys: String, CodingKey {
        case articles, firstDate = "first_date", lastDate = "last_date"
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        articles = max(try container.decodeIfPresent(Int.self, forKey: .articles) ?? 1, 1)
        firstDate = try container.decodeIfPresent(String.self, forKey: .firstDate)
        lastDate = try container.decodeIfPresent(String.self, forKey: .lastDate)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(articles, forKey: .articles)
        try container.encodeIfPresent(firstDate, forKey: .firstDate)
        try container.encodeIfPresent(lastDate, forKey: .lastDate)
    }
}
