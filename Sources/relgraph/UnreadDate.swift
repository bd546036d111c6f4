import RelGraph

/// The warning for an article whose header or JSON line gave a date that is
/// not one (`yesterday`, `2016-13-45`): ingest stores such an article undated,
/// so it falls out of every date window, and says so rather than in silence.
/// The text stays in the article's extra fields.
enum UnreadDate {
    /// `PLACE: warning: ...` when `article` has a date text but no date; nil
    /// otherwise. `place` is the file, or `FILE:LINE` for a JSON line.
    static func warning(for article: Article, at place: String) -> String? {
        guard article.metadata.date == nil, let text = article.metadata.extra["date"] else { return nil }
        return "\(place): warning: '\(text)' is not a date (write 2016-08-24, 2016-08, 2016, 24 August 2016 "
            + "or August 24, 2016); stored undated"
    }
}
