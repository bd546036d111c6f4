/// A news article as the extractor reads it: what the header says about it, and the
/// body text that stances are found in.
///
/// Evidence offsets are counted in the body, so `bodyOffset` is kept to map them
/// back to the file the article came from (an editor's position, a highlight).
public struct Article: Sendable, Hashable {
    /// Names the article in evidence and reports: usually its file name without extension.
    public var id: String
    /// `url`, `title` and `date` from the header; its other keys in `extra`.
    public var metadata: GraphMetadata
    /// The text after the header, verbatim (line breaks as in the file).
    public var body: String
    /// Character offset (Swift `Character`s, a CRLF counting as one) of the body's
    /// first character in the text given to `parse`, counting a leading BOM.
    public var bodyOffset: Int

    public init(id: String, metadata: GraphMetadata = GraphMetadata(), body: String, bodyOffset: Int = 0) {
        self.id = id
        self.metadata = metadata
        self.body = body
        self.bodyOffset = bodyOffset
    }

    /// Reads an article file's text, so that both annotated corpus files and plain
    /// pasted text can be fed to the extractor.
    ///
    /// A header is a block at the very top of `key: value` lines (a key is one word:
    /// letters, digits, `_`, `-`) closed by a line that is exactly `---` (trailing
    /// spaces allowed); it may also open with a `---` line, as YAML front matter
    /// does. `url`, `title` and `date` (keys matched case-insensitively) go into the
    /// metadata; every other key, lowercased, into `metadata.extra`. A value
    /// `unknown` (any case) or an empty one means the field is not known. A date is
    /// kept, in ISO form, when it reads as a date (`ArticleDate`: ISO, `20160824`,
    /// `24 August 2016`, `August 24, 2016`, a time after the day dropped); any
    /// other date text is kept in `extra["date"]` rather than lost.
    /// When keys repeat, the first wins.
    ///
    /// Text that does not start with such a block is all body, so plain text works.
    /// A UTF-8 byte order mark is skipped, CRLF line ends are fine, and an empty text
    /// gives an empty body. The body is never trimmed: offsets stay exact.
    public static func parse(_ text: String, id: String) -> Article {
        var start = text.startIndex
        var offset = 0
        if text.first == "\u{FEFF}" {
            start = text.index(after: start)
            offset = 1
        }
        if let header = Header.read(text, from: start) {
            return Article(id: id, metadata: header.metadata,
                           body: String(text[header.bodyStart...]),
                           bodyOffset: offset + header.length)
        }
        return Article(id: id, body: String(text[start...]), bodyOffset: offset)
    }
}

/// The header block of an article file.
private struct Header {
    var metadata: GraphMetadata
    /// Where the body starts in the text.
    var bodyStart: String.Index
    /// Characters from where reading started to `bodyStart`.
    var length: Int

    /// Reads the header at `start`, or returns nil when the text has none. Gives up
    /// at the first line that is neither `key: value` nor `---`, so plain text costs
    /// one look at its first word.
    static func read(_ text: String, from start: String.Index) -> Header? {
        var position = start
        var length = 0
        var fields: [(key: String, value: String)] = []
        var firstLine = true
        while position < text.endIndex {
            let line: Line
            if let keyed = readKeyValue(text, at: position) {
                line = keyed
                fields.append((keyed.key!, keyed.value))
            } else if let separator = readSeparator(text, at: position) {
                line = separator
            } else {
                return nil
            }
            length += line.length
            position = line.next
            if line.key == nil {
                if !fields.isEmpty {
                    return Header(metadata: metadata(from: fields), bodyStart: position, length: length)
                }
                // Only an opening `---` (front matter) may come before any key.
                guard firstLine else { return nil }
            }
            firstLine = false
        }
        return nil
    }

    /// One header line: a key and value, or (key nil) the `---` separator.
    struct Line {
        var key: String?
        var value: String
        /// Start of the next line.
        var next: String.Index
        /// Characters in the line, its line break included.
        var length: Int
    }

    /// `key: value` up to the end of the line.
    static func readKeyValue(_ text: String, at start: String.Index) -> Line? {
        var index = start
        var length = 0
        var key = ""
        while index < text.endIndex, let ascii = text[index].asciiValue {
            let character = Character(Unicode.Scalar(ascii))
            let isKeyCharacter = character.isLetter || (!key.isEmpty && (character.isNumber || ascii == 0x5F || ascii == 0x2D))
            guard isKeyCharacter else { break }
            key.append(character)
            index = text.index(after: index)
            length += 1
        }
        guard !key.isEmpty, index < text.endIndex, text[index] == ":" else { return nil }
        index = text.index(after: index)
        length += 1
        let valueStart = index
        while index < text.endIndex && !text[index].isNewline {
            index = text.index(after: index)
            length += 1
        }
        let value = text[valueStart..<index].trimmingWhitespace()
        if index < text.endIndex {
            index = text.index(after: index)
            length += 1
        }
        return Line(key: key.lowercased(), value: value, next: index, length: length)
    }

    /// A line that is `---`, possibly followed by spaces.
    static func readSeparator(_ text: String, at start: String.Index) -> Line? {
        var index = start
        var length = 0
        for _ in 0..<3 {
            guard index < text.endIndex, text[index] == "-" else { return nil }
            index = text.index(after: index)
            length += 1
        }
        while index < text.endIndex && text[index].isWhitespace && !text[index].isNewline {
            index = text.index(after: index)
            length += 1
        }
        if index < text.endIndex {
            guard text[index].isNewline else { return nil }
            index = text.index(after: index)
            length += 1
        }
        return Line(key: nil, value: "", next: index, length: length)
    }

    static func metadata(from fields: [(key: String, value: String)]) -> GraphMetadata {
        var metadata = GraphMetadata()
        var seen: Set<String> = []
        for (key, value) in fields where seen.insert(key).inserted {
            guard !value.isEmpty, value.lowercased() != "unknown" else { continue }
            switch key {
            case "url": metadata.url = value
            case "title": metadata.title = value
            case "date":
                if let date = isoDate(value) {
                    metadata.date = date
                } else {
                    metadata.extra["date"] = value
                }
            default: metadata.extra[key] = value
            }
        }
        return metadata
    }

    /// The ISO form of a header's date (see `ArticleDate`).
    static func isoDate(_ value: String) -> String? {
        ArticleDate.iso(value)
    }
}

extension Article {
    /// The date in `value` in the ISO form every RelGraph graph keeps dates in
    /// (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), read from ISO or written forms
    /// (`24 August 2016`, `August 24, 2016`; see `ArticleDate`); nil when it is
    /// not a date. Shared by article headers and the JSON-lines reader.
    public static func isoDate(_ value: String) -> String? {
        Header.isoDate(value)
    }
}

private extension Substring {
    /// The text without leading and trailing whitespace.
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
