/// One sentence of an article body, with where it sits, so that a stance's
/// evidence can point back at the exact text it came from (`Evidence.start`/`end`).
///
/// Offsets count Swift `Character`s (extended grapheme clusters) from the start of
/// the body, the unit `Evidence` uses: `Array(body)[range]` is exactly `text`.
/// A CRLF line break and an accented letter written with a combining mark each
/// count as one. Add `Article.bodyOffset` to get offsets into the whole file.
public struct Sentence: Sendable, Hashable {
    /// The sentence verbatim, without leading or trailing whitespace (Unicode
    /// White_Space, plus zero-width spaces and stray byte order marks). Line breaks
    /// inside it are kept as they were in the body.
    public var text: String
    /// Character offsets of `text` in the body: `range.lowerBound` is its first
    /// character, `range.upperBound` is just past its last.
    public var range: Range<Int>

    public init(text: String, range: Range<Int>) {
        self.text = text
        self.range = range
    }
}
