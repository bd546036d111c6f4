/// Escaping for the two kinds of string RelGraph writes into DOT. Article text
/// reaches Graphviz only through these, so a name like `<script>`, `"`, `\N` or
/// `subgraph` is drawn as written and never interpreted.
enum DOTText {
    /// A double-quoted DOT string for attributes Graphviz does not expand
    /// (colours, styles, numbers, ids we generate).
    static func quoted(_ text: String, keepingNewlines: Bool = false) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n", "\r", "\r\n": result += keepingNewlines ? "\n" : " "
            default: result.append(character)
            }
        }
        return result + "\""
    }

    /// Text for a tooltip. Graphviz expands `\N`, `\G`, `\E`, `\T`, `\H`, `\L` in
    /// tooltips and keeps other backslashes as they are; a backslash is therefore
    /// written as the look-alike U+29F5 only where it would start such an escape.
    static func tooltip(_ text: String) -> String {
        var cleaned = ""
        var previousWasBackslash = false
        for character in text {
            if previousWasBackslash, "GNETHL\\".contains(character) {
                cleaned.removeLast()
                cleaned.append("\u{29F5}")
            }
            previousWasBackslash = character == "\\"
            cleaned.append(character == "\n" || !isControl(character) ? character : " ")
        }
        if cleaned.last == "\\" {
            cleaned.removeLast()
            cleaned.append("\u{29F5}")
        }
        return quoted(cleaned, keepingNewlines: true)
    }

    /// Text inside an HTML-like label `<...>`: XML-escaped, backslashes doubled,
    /// control characters removed.
    static func html(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            // Graphviz expands \N, \G ... even inside HTML-like labels; a doubled
            // backslash is drawn as one.
            case "\\": result += "\\\\"
            default: result.append(isControl(character) ? " " : character)
            }
        }
        return result
    }

    /// Breaks a long name into lines of about `width` characters at spaces, as
    /// HTML-label text joined by `<br/>`, so nodes stay compact.
    static func wrappedHTML(_ text: String, width: Int = 18) -> String {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines.map(html).joined(separator: "<br/>")
    }

    private static func isControl(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || (0xFFFE...0xFFFF).contains($0.value) }
    }
}
