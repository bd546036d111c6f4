/// The text behind a stance, so that every edge in a picture can be traced back
/// to what an article actually said.
///
/// Only `text` is required. Extraction fills in where the sentence came from and
/// which rule matched it; hand-written graphs usually give the quote alone.
public struct Evidence: Codable, Sendable, Hashable {
    /// The sentence or quote, verbatim.
    public var text: String
    /// The article it came from: an id, file name or URL.
    public var article: String?
    /// The article's date (ISO 8601, `YYYY-MM-DD`), when known.
    public var date: String?
    /// Character offset of the sentence's start in the article body.
    public var start: Int?
    /// Character offset just past the sentence's end in the article body.
    public var end: Int?
    /// The extraction rule or pattern that produced the stance.
    public var rule: String?

    public init(text: String, article: String? = nil, date: String? = nil,
                start: Int? = nil, end: Int? = nil, rule: String? = nil) {
        self.text = text
        self.article = article
        self.date = date
        self.start = start
        self.end = end
        self.rule = rule
    }
}
