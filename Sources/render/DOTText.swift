/// Escaping for the strings RelGraph writes into DOT. Article text reaches
/// Graphviz only through these, so a name like `<script>`, `"`, `\N` or
/// `subgraph` is drawn as written and never interpreted.
///
/// They work on UTF-8 bytes: every character that needs escaping is ASCII, so
/// multi-byte characters pass through untouched, and building the DOT for a
/// graph stays a small fraction of its layout time.
enum DOTText {
    /// A double-quoted DOT string for attributes Graphviz does not expand
    /// (colours, styles, numbers, ids we generate). Line breaks become spaces,
    /// or stay line breaks with `keepingNewlines`.
    static func quoted(_ text: String, keepingNewlines: Bool = false) -> String {
        var buffer = DOTBuffer(capacity: text.utf8.count + 8)
        buffer.appendQuoted(text, keepingNewlines: keepingNewlines)
        return buffer.text
    }

    /// Text for a tooltip, quoted. Graphviz expands `\N`, `\G`, `\E`, `\T`, `\H`,
    /// `\L` in tooltips (and reads `\\` as one backslash); a backslash that would
    /// start such a sequence is written as the look-alike U+29F5 instead.
    static func tooltip(_ text: String) -> String {
        var buffer = DOTBuffer(capacity: text.utf8.count + 8)
        buffer.appendTooltip(text)
        return buffer.text
    }

    /// Text inside an HTML-like label `<...>`: XML-escaped, backslashes doubled
    /// (Graphviz expands `\N`, `\G` ... even there, and draws `\\` as one),
    /// control characters replaced by spaces.
    static func html(_ text: String) -> String {
        var buffer = DOTBuffer(capacity: text.utf8.count + 8)
        buffer.appendHTML(text)
        return buffer.text
    }

    /// Breaks a long name into lines of about `width` characters at spaces, as
    /// HTML-label text joined by `<br/>`, so nodes stay compact.
    static func wrappedHTML(_ text: String, width: Int = 18) -> String {
        if text.utf8.count <= width { return html(text) }
        var lines: [String] = []
        var current = ""
        var currentCount = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordCount = word.count
            if currentCount > 0, currentCount + 1 + wordCount > width {
                lines.append(current)
                current = String(word)
                currentCount = wordCount
            } else {
                current += currentCount == 0 ? String(word) : " " + word
                currentCount += currentCount == 0 ? wordCount : 1 + wordCount
            }
        }
        if currentCount > 0 || lines.isEmpty { lines.append(current) }
        return lines.map(html).joined(separator: "<br/>")
    }

    // MARK: Bytes

    private static let backslash = UInt8(ascii: "\\")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let quote = UInt8(ascii: "\"")
    private static let space = UInt8(ascii: " ")
    private static let lookalikeBackslash = Array("\u{29F5}".utf8)

    static func appendQuotedBody(of text: String, to bytes: inout [UInt8], keepingNewlines: Bool) {
        appendEscaped(text, to: &bytes, needsWork: { $0 == quote || $0 == backslash || $0 < 0x20 }) { source, index, bytes in
            let byte = source[index]
            switch byte {
            case quote: bytes.append(backslash); bytes.append(quote)
            case backslash: bytes.append(backslash); bytes.append(backslash)
            case carriageReturn where index + 1 < source.count && source[index + 1] == newline:
                break   // CR LF counts as one line break, written for the LF.
            case newline, carriageReturn: bytes.append(keepingNewlines ? newline : space)
            default: bytes.append(byte)
            }
        }
    }

    /// The body of a tooltip: control characters become spaces (line breaks
    /// stay), a backslash that Graphviz would expand becomes U+29F5, and the
    /// rest is quoted as usual.
    static func appendTooltipBody(of text: String, to bytes: inout [UInt8]) {
        appendEscaped(text, to: &bytes, needsWork: { $0 == quote || $0 == backslash || $0 < 0x20 || $0 == 0x7F }) { source, index, bytes in
            let byte = source[index]
            switch byte {
            case backslash:
                if index + 1 >= source.count || isExpandedAfterBackslash(source[index + 1]) {
                    bytes += lookalikeBackslash
                } else {
                    bytes.append(backslash); bytes.append(backslash)
                }
            case quote: bytes.append(backslash); bytes.append(quote)
            case newline: bytes.append(newline)
            default: bytes.append(space)
            }
        }
    }

    static func appendHTML(_ text: String, to bytes: inout [UInt8]) {
        let special: (UInt8) -> Bool = {
            $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == quote
                || $0 == UInt8(ascii: "'") || $0 == backslash || $0 < 0x20 || $0 == 0x7F || $0 == 0xEF
        }
        appendEscaped(text, to: &bytes, needsWork: special) { source, index, bytes in
            let byte = source[index]
            switch byte {
            case UInt8(ascii: "&"): bytes += ampersandEntity
            case UInt8(ascii: "<"): bytes += lessThanEntity
            case UInt8(ascii: ">"): bytes += greaterThanEntity
            case quote: bytes += quoteEntity
            case UInt8(ascii: "'"): bytes += apostropheEntity
            case backslash: bytes.append(backslash); bytes.append(backslash)
            case 0xEF:
                // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are not XML characters;
                // their continuation bytes are dropped as they come.
                let isNonCharacter = index + 2 < source.count && source[index + 1] == 0xBF
                    && (source[index + 2] == 0xBE || source[index + 2] == 0xBF)
                bytes.append(isNonCharacter ? space : byte)
            default:
                bytes.append(byte < 0x20 || byte == 0x7F ? space : byte)
            }
        } skipAfter: { source, index in
            source[index] == 0xEF && index + 2 < source.count && source[index + 1] == 0xBF
                && (source[index + 2] == 0xBE || source[index + 2] == 0xBF) ? 2 : 0
        }
    }

    /// Copies `text` into `bytes`, in runs: bytes for which `needsWork` is false
    /// are copied in bulk, each other byte goes through `escape`. `skipAfter`
    /// tells how many following bytes an escaped byte consumed.
    private static func appendEscaped(
        _ text: String, to bytes: inout [UInt8], needsWork: (UInt8) -> Bool,
        escape: (UnsafeBufferPointer<UInt8>, Int, inout [UInt8]) -> Void,
        skipAfter: (UnsafeBufferPointer<UInt8>, Int) -> Int = { _, _ in 0 }
    ) {
        var text = text
        text.withUTF8 { source in
            var runStart = 0
            var index = 0
            while index < source.count {
                if needsWork(source[index]) {
                    if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index])) }
                    escape(source, index, &bytes)
                    index += 1 + skipAfter(source, index)
                    runStart = index
                } else {
                    index += 1
                }
            }
            if runStart < source.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...])) }
        }
    }

    private static let ampersandEntity = Array("&amp;".utf8)
    private static let lessThanEntity = Array("&lt;".utf8)
    private static let greaterThanEntity = Array("&gt;".utf8)
    private static let quoteEntity = Array("&quot;".utf8)
    private static let apostropheEntity = Array("&#39;".utf8)

    private static func isExpandedAfterBackslash(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "G"), UInt8(ascii: "N"), UInt8(ascii: "E"), UInt8(ascii: "T"),
             UInt8(ascii: "H"), UInt8(ascii: "L"), backslash:
            return true
        default:
            return false
        }
    }

    private static func isControl(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F
    }
}
