/// Where a graph came from: the article's header, or what a user wrote at the top
/// of a hand-made graph. Every field is optional; pictures use `title` as their caption.
public struct GraphMetadata: Codable, Sendable, Hashable {
    public var title: String?
    public var url: String?
    /// ISO 8601 date (`YYYY-MM-DD`) of the article or of the situation described.
    public var date: String?
    /// Free-form extra fields from article headers (`cluster`, `source` ...), kept for round trips.
    public var extra: [String: String]

    public init(title: String? = nil, url: String? = nil, date: String? = nil, extra: [String: String] = [:]) {
        self.title = title
        self.url = url
        self.date = date
        self.extra = extra
    }

    /// Whether nothing at all is known, so writers can leave the block out.
    public var isEmpty: Bool {
        title == nil && url == nil && date == nil && extra.isEmpty
    }

    enum CodingKeys: String, CodingKey {
        case title, url, date, extra
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        url = try container.decodeIfPresent(String.self, forKey: .url)
        date = try container.decodeIfPresent(String.self, forKey: .date)
        extra = try container.decodeIfPresent([String: String].self, forKey: .extra) ?? [:]
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(url, forKey: .url)
        try container.encodeIfPresent(date, forKey: .date)
        if !extra.isEmpty { try container.encode(extra, forKey: .extra) }
    }
}
