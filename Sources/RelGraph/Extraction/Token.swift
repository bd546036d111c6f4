/// One word or punctuation mark of a sentence, with where it stands.
public struct Token: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case word
        case number
        case punctuation
    }

    /// The text as written.
    public var text: String
    /// Lower case, with curly apostrophes made straight, for matching.
    public var normalized: String
    public var kind: Kind
    /// Character offsets within the sentence.
    public var range: Range<Int>

    /// Whether the word starts with a capital letter (names usually do).
    public var isCapitalized: Bool { text.first?.isUppercase ?? false }
}
