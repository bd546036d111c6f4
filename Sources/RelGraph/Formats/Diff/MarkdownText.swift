/// Escaping for text that lands in Markdown (the diff and timeline reports).
///
/// Why: evidence quotes and actor names are arbitrary text; a `|` would split a
/// table cell, `*` or `_` would start emphasis, `<` could open raw HTML, `[` a
/// link. CommonMark lets a backslash escape any ASCII punctuation, so every
/// character with a meaning inside a line is escaped, and line breaks become spaces (a table
/// row is one line).
public enum MarkdownText {
    /// Characters that mean something anywhere in a line. (`#`, `-`, `+` and
    /// digits matter only at a line's start, where escaped text never lands.)
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&"]

    /// `text` with Markdown's special characters escaped, on one line.
    public static func escaped(_ text: String) -> String {
        var result = ""
        for character in TerminalText.sanitized(text) {
            if special.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// An escaped quote cut to `limit` characters.
    public static func quote(_ text: String, limit: Int = 200) -> String {
        escaped(TerminalText.quote(text, limit: limit))
    }
}
