import Foundation

/// Cuts an article body into sentences, because stances are read one sentence at a
/// time and every stance keeps its sentence (text and offsets) as evidence.
///
/// News text is hard on naive splitters: "U.S.", "Gen.", "Joe R. Biden",
/// "$1.2 billion", `border," Erdogan said.`, ellipses, headings without a period.
/// The rules, in order:
///
/// - A blank line (or U+2029, or a form feed) always ends a sentence.
/// - `.`, `?`, `!` and `…` end a sentence only when followed by whitespace or the end
///   of the text (after any closing quotes and brackets, which stay with the
///   sentence): "3.5", "U.S.-led", "e.g.," never split. `。！？` need no space.
/// - `?` and `!` end a sentence unless the next word is lowercase (`"Why?" he asked`).
///   Inside quotes they also do not end it before a short run of capitalised words
///   and a speech verb (`“Why?” Erdogan asked.`).
/// - A period after a closing quote or bracket (`it." He`), and a period after an
///   ordinary word, end a sentence unless the next word starts in lowercase.
/// - An ellipsis (`...`, `…`) ends a sentence only before a capitalised word.
/// - After an abbreviation from the list (``Abbreviations``), a dotted initialism
///   ("N.A.T.O.") or a single capital ("R."), a period ends the sentence only when
///   the next word is a common sentence opener (The, He, It, But, In, ...: see
///   `sentenceStarters`) or an opening quote. That settles "U.S. officials said."
///   (no split) against "sanctions by the U.S. The next day" (split) and
///   "the U.S. Army" (no split). `prefix` abbreviations (Mr., Gen., e.g.) never end
///   one inside a paragraph; `final` ones (etc.) behave like ordinary words.
/// - A number followed by a period at the start of a line is a list number ("1. The").
/// - Single line breaks: the splitter first decides how the body uses them. If any
///   line continues in lowercase, the text is hard-wrapped and a single line break
///   is just a space. Otherwise every line is a paragraph (the usual shape of
///   scraped articles) and a line break ends the sentence, so a heading without a
///   period stands alone, unless the line visibly continues: it ends in `,` `;` a
///   dash or a `prefix` abbreviation, or in `:` with a quote opening the next line.
///   In both cases a next line that is indented deeper than the current one, or
///   starts with a list bullet, starts a new sentence.
/// - A "sentence" longer than `maximumLength` characters (text without sentence
///   punctuation: a scraped page on one line, a table) is cut into pieces of at
///   most that length: after the last `;`, else `,`, else space in the piece's
///   second half, else hard at the limit. News sentences are far shorter; the
///   limit keeps the extractor's cost and output (every stance quotes its
///   sentence) linear in the input.
///
/// Sentences are trimmed of whitespace, and their ranges count `Character`s of the
/// body (see ``Sentence``). The work is linear in the body's length: one pass
/// decodes the UTF-8 into an array of character codes, one pass decides the
/// boundaries, with look-around of a few words at most.
public struct SentenceSplitter: Sendable {
    /// The abbreviations the splitter knows, by how they behave at a sentence end.
    /// Entries are stored without their final period ("U.S", "Gen").
    public struct Abbreviations: Sendable, Hashable {
        /// May end a sentence: they end one only before a common sentence opener
        /// or an opening quote.
        public private(set) var ambiguous: Set<String>
        /// Stand before a name or number (titles, "e.g."): never end a sentence
        /// inside a paragraph.
        public private(set) var prefixes: Set<String>
        /// Usually close a phrase ("etc."): end a sentence before any capitalised word.
        public private(set) var finals: Set<String>

        /// Entries may be written with or without their final period.
        public init(ambiguous: Set<String> = [], prefixes: Set<String> = [], finals: Set<String> = []) {
            self.ambiguous = Set(ambiguous.map(Self.normalized))
            self.prefixes = Set(prefixes.map(Self.normalized))
            self.finals = Set(finals.map(Self.normalized))
        }

        /// Reads the resource file format: one abbreviation per line with its period,
        /// optionally followed by `prefix` or `final`; `#` starts a comment. Lines
        /// with an unknown kind are read as ambiguous, so a typo never drops an entry.
        public static func parse(_ text: String) -> Abbreviations {
            var result = Abbreviations()
            for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
                let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                let fields = line.split(whereSeparator: \.isWhitespace)
                guard let first = fields.first else { continue }
                let entry = normalized(String(first))
                guard !entry.isEmpty else { continue }
                switch fields.count > 1 ? fields[1].lowercased() : "" {
                case "prefix": result.prefixes.insert(entry)
                case "final": result.finals.insert(entry)
                default: result.ambiguous.insert(entry)
                }
            }
            return result
        }

        /// The list shipped in `Extraction/Resources/abbreviations.txt`, read once.
        /// If the resource cannot be read the list is empty; the splitter still knows
        /// dotted initialisms and single capitals, so "U.S." and "R." keep working.
        public static let builtIn: Abbreviations = {
            guard let url = Bundle.module.url(forResource: "abbreviations", withExtension: "txt",
                                              subdirectory: "Resources"),
                  let text = try? String(contentsOf: url, encoding: .utf8)
            else { return Abbreviations() }
            return parse(text)
        }()

        /// This list with `other`'s entries added, so a caller can extend the
        /// built-in list (`.builtIn.merging(.parse(myFile))`). An entry in both
        /// keeps both kinds; the lookup tries `prefix`, then ambiguous, then `final`.
        public func merging(_ other: Abbreviations) -> Abbreviations {
            var result = self
            result.ambiguous.formUnion(other.ambiguous)
            result.prefixes.formUnion(other.prefixes)
            result.finals.formUnion(other.finals)
            return result
        }

        static func normalized(_ entry: String) -> String {
            entry.hasSuffix(".") ? String(entry.dropLast()) : entry
        }

        /// The longest entry, in characters, so longer words skip the set lookups.
        var longest: Int {
            (ambiguous.map(\.count) + prefixes.map(\.count) + finals.map(\.count)).max() ?? 0
        }
    }

    /// The abbreviations in use.
    public let abbreviations: Abbreviations
    /// Length of the longest entry, so that longer words skip the set lookups.
    fileprivate let longestAbbreviation: Int
    /// Longest sentence, in characters; longer ones are cut (see the rules above).
    public var maximumLength: Int = 1_000 {
        didSet { precondition(maximumLength >= 2, "maximumLength must be at least 2") }
    }

    /// A splitter with the built-in abbreviation list (``Abbreviations/builtIn``).
    public init() {
        self.init(abbreviations: .builtIn)
    }

    /// A splitter with an explicit abbreviation list, for tests and other languages.
    public init(abbreviations: Abbreviations) {
        self.abbreviations = abbreviations
        self.longestAbbreviation = abbreviations.longest
    }

    /// A splitter knowing exactly these abbreviations ("U.S.", "Gen."), all of the
    /// ambiguous kind: each ends a sentence only before a common sentence opener.
    public init(abbreviations: Set<String>) {
        self.init(abbreviations: Abbreviations(ambiguous: abbreviations))
    }

    /// The sentences of `body`, in order, trimmed, with `Character` offsets into
    /// `body`. Whitespace-only input gives none.
    public func split(_ body: String) -> [Sentence] {
        var body = body
        body.makeContiguousUTF8()
        if let result = body.utf8.withContiguousStorageIfAvailable({ buffer in
            split(body, utf8: buffer)
        }) {
            return result
        }
        // Not reachable for native strings, which `makeContiguousUTF8` guarantees.
        let bytes = Array(body.utf8)
        return bytes.withUnsafeBufferPointer { split(body, utf8: $0) }
    }

    private func split(_ body: String, utf8: UnsafeBufferPointer<UInt8>) -> [Sentence] {
        let decoded = CharacterCodes(body, utf8: utf8)
        var scanner = BoundaryScanner(codes: decoded.codes, splitter: self)
        let spans = Self.limitingLength(scanner.run(), codes: decoded.codes, maximum: maximumLength)
        return spans.map { span in
            let from = Int(decoded.utf8Offsets[span.lowerBound])
            let to = Int(decoded.utf8Offsets[span.upperBound])
            let text = String(decoding: UnsafeBufferPointer(rebasing: utf8[from..<to]), as: UTF8.self)
            return Sentence(text: text, range: span)
        }
    }

    /// `spans` with every span longer than `maximum` cut into trimmed pieces of at
    /// most `maximum` characters.
    private static func limitingLength(_ spans: [Range<Int>], codes: [UInt32], maximum: Int) -> [Range<Int>] {
        guard spans.contains(where: { $0.count > maximum }) else { return spans }
        var result: [Range<Int>] = []
        result.reserveCapacity(spans.count)
        for span in spans {
            var start = span.lowerBound
            while span.upperBound - start > maximum {
                let limit = start + maximum
                let half = start + maximum / 2
                // Cut after the last ';', else ',', else before the last space, in the second half.
                var cut = limit
                if let semicolon = (half..<limit).last(where: { codes[$0] == 0x3B && Code.isSpace(codes[$0 + 1]) }) {
                    cut = semicolon + 1
                } else if let comma = (half..<limit).last(where: { codes[$0] == 0x2C && Code.isSpace(codes[$0 + 1]) }) {
                    cut = comma + 1
                } else if let space = (half..<limit).last(where: { Code.isSpace(codes[$0]) }) {
                    cut = space
                }
                var end = cut
                while end > start && Code.isSpace(codes[end - 1]) { end -= 1 }
                result.append(start..<end)
                start = cut
                while start < span.upperBound && Code.isSpace(codes[start]) { start += 1 }
            }
            if start < span.upperBound { result.append(start..<span.upperBound) }
        }
        return result
    }

    // MARK: - Word lists

    /// Capitalised words that commonly open a sentence and rarely follow an
    /// abbreviation inside one: after "U.S." they mean the sentence ended there.
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That",
        "These", "Those", "There", "Here", "His", "Her", "Its", "Their", "Our", "My",
        "Your", "But", "And", "Or", "So", "Yet", "Nor", "In", "On", "At", "For", "From",
        "By", "With", "Without", "To", "Of", "As", "After", "Before", "During", "Since",
        "Until", "While", "When", "Where", "If", "Although", "Though", "Because",
        "Despite", "However", "Meanwhile", "Moreover", "Furthermore", "Nevertheless",
        "Still", "Also", "Then", "Now", "Today", "Yesterday", "Earlier", "Later",
        "Last", "Next", "Some", "Many", "Most", "All", "Both", "Each", "Every",
        "Several", "Such", "Other", "Others", "Another", "No", "Not", "None",
        "Neither", "Either", "What", "Why", "How", "Who", "Which", "According",
        "Instead", "Indeed", "Thus", "Therefore", "Only", "Even", "Asked",
    ]

    /// Verbs of saying: `“Why?” Erdogan asked.` is one sentence.
    static let speechVerbs: Set<String> = [
        "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote",
        "writes", "replied", "replies", "shouted", "cried", "exclaimed", "insisted",
        "warned", "declared", "tweeted", "continued", "wondered", "demanded", "answered",
    ]
}

// MARK: - Decoding

/// The body as one code per `Character` (its first Unicode scalar, CR mapped to LF)
/// plus the UTF-8 offset where each character starts, so the scanner can use plain
/// array indexing and sentence texts can be cut straight from the UTF-8 bytes.
private struct CharacterCodes {
    var codes: [UInt32] = []
    /// `codes.count + 1` entries: the last is the UTF-8 length.
    var utf8Offsets: [UInt32] = []

    init(_ body: String, utf8: UnsafeBufferPointer<UInt8>) {
        let count = utf8.count
        precondition(count < Int(UInt32.max), "SentenceSplitter handles bodies up to 4 GB")
        codes.reserveCapacity(count)
        utf8Offsets.reserveCapacity(count + 1)
        var offset = 0
        while offset < count {
            let (first, firstLength) = UTF8Decoding.decode(utf8, at: offset)
            codes.append(first == 0x0D ? 0x0A : first)
            utf8Offsets.append(UInt32(offset))
            let next = offset + firstLength
            if next >= count {
                offset = next
                break
            }
            let (second, _) = UTF8Decoding.decode(utf8, at: next)
            // Grapheme rules never join two of these "simple" scalars except CR LF,
            // so the common case needs no grapheme machinery. Anything else asks
            // String, starting from a known character boundary.
            if UTF8Decoding.isSimple(first) && UTF8Decoding.isSimple(second) && !(first == 0x0D && second == 0x0A) {
                offset = next
            } else {
                let index = body.utf8.index(body.utf8.startIndex, offsetBy: offset)
                let after = body.index(after: index)
                offset = body.utf8.distance(from: body.utf8.startIndex, to: after)
            }
        }
        utf8Offsets.append(UInt32(count))
    }

}

// MARK: - Boundaries

/// Classes of the character codes the rules look at.
private enum Code {
    static let period: UInt32 = 0x2E
    static let ellipsis: UInt32 = 0x2026

    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        if v <= 0x20 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v < 0x85 { return false }
        switch v {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    @inline(__always)
    static func isNewline(_ v: UInt32) -> Bool {
        (v >= 0x0A && v <= 0x0D) || v == 0x85 || v == 0x2028 || v == 0x2029
    }

    /// Breaks that end a paragraph on their own.
    @inline(__always)
    static func isParagraphSeparator(_ v: UInt32) -> Bool { v == 0x2029 || v == 0x0C }

    @inline(__always)
    static func isHorizontalSpace(_ v: UInt32) -> Bool { isSpace(v) && !isNewline(v) }

    @inline(__always)
    static func isTerminal(_ v: UInt32) -> Bool {
        switch v {
        case 0x2E, 0x3F, 0x21, 0x2026, 0x203D, 0x3002, 0xFF01, 0xFF1F: return true
        default: return false
        }
    }

    /// Full-width terminators that end a sentence without a following space.
    @inline(__always)
    static func isIdeographicTerminal(_ v: UInt32) -> Bool { v == 0x3002 || v == 0xFF01 || v == 0xFF1F }

    @inline(__always)
    static func isStrongTerminal(_ v: UInt32) -> Bool {
        v == 0x3F || v == 0x21 || v == 0x203D || v == 0xFF01 || v == 0xFF1F
    }

    /// Closing quotes and brackets (straight quotes count as both kinds).
    @inline(__always)
    static func isCloser(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A, 0x300D, 0x300F, 0xFF09: return true
        default: return false
        }
    }

    @inline(__always)
    static func isQuote(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E, 0x2039, 0x203A,
             0x300C, 0x300D, 0x300E, 0x300F:
            return true
        default: return false
        }
    }

    /// Opening quotes and brackets.
    @inline(__always)
    static func isOpener(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0xAB, 0x2018, 0x201C, 0x201E, 0x2039, 0x300C, 0x300E, 0xFF08:
            return true
        default: return false
        }
    }

    /// Marks that, after a period and a space, show the period did not end anything
    /// (`. . .`, `etc. ,`).
    @inline(__always)
    static func isContinuingPunctuation(_ v: UInt32) -> Bool {
        isTerminal(v) || v == 0x2C || v == 0x3B || v == 0x3A || v == 0x29 || v == 0x5D
    }

    /// Line endings that promise more of the same sentence on the next line.
    @inline(__always)
    static func isContinuingLineEnd(_ v: UInt32) -> Bool {
        switch v {
        case 0x2C, 0x3B, 0x2D, 0x2013, 0x2014, 0x28, 0x2F, 0x26, 0x2B, 0x5B, 0x201C, 0x2018: return true
        default: return false
        }
    }

    @inline(__always)
    static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    @inline(__always)
    static func isASCIILetter(_ v: UInt32) -> Bool { (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }

    enum Case { case lower, upper, digit, other }

    /// Letters of caseless scripts count as `upper`: they can start a sentence.
    @inline(__always)
    static func letterCase(_ v: UInt32) -> Case {
        if v < 0x80 {
            if v >= 0x61 && v <= 0x7A { return .lower }
            if v >= 0x41 && v <= 0x5A { return .upper }
            if isDigit(v) { return .digit }
            return .other
        }
        guard let scalar = Unicode.Scalar(v) else { return .other }
        let properties = scalar.properties
        if properties.isLowercase { return .lower }
        if properties.isAlphabetic { return .upper }
        if properties.numericType != nil { return .digit }
        return .other
    }

    @inline(__always)
    static func isLetter(_ v: UInt32) -> Bool {
        if v < 0x80 { return isASCIILetter(v) }
        return Unicode.Scalar(v)?.properties.isAlphabetic ?? false
    }

    /// List bullets that open a line ("• ", "- ").
    @inline(__always)
    static func isBullet(_ v: UInt32) -> Bool {
        switch v {
        case 0x2D, 0x2A, 0x2022, 0x2023, 0x2043, 0x25AA, 0x25CF, 0x25E6, 0x00B7, 0x2013, 0x2014: return true
        default: return false
        }
    }
}

/// One pass over the character codes, collecting sentence spans.
private struct BoundaryScanner {
    let c: [UInt32]
    let n: Int
    let splitter: SentenceSplitter
    /// Whether single line breaks are soft wrapping (see `SentenceSplitter`).
    let hardWrapped: Bool

    /// Look-around limits: abbreviations and openers are short words.
    static let maxWord = 40

    var spans: [Range<Int>] = []
    /// First character of the sentence being read, or -1 between sentences.
    var start = -1
    /// Last non-space character seen.
    var lastContent = -1
    /// Indentation (in characters) of the current line.
    var lineIndent = 0
    /// Index of the current line's first non-space character.
    var lineContentStart = 0

    init(codes: [UInt32], splitter: SentenceSplitter) {
        self.c = codes
        self.n = codes.count
        self.splitter = splitter
        self.hardWrapped = Self.detectHardWrap(codes)
    }

    /// Hard-wrapped text shows itself by a line that continues the previous one:
    /// it starts in lowercase, or the previous line ends with a comma.
    static func detectHardWrap(_ c: [UInt32]) -> Bool {
        let n = c.count
        var i = 0
        var lastContent: UInt32 = 0
        while i < n {
            let v = c[i]
            if Code.isNewline(v) {
                var k = i + 1
                while k < n && Code.isHorizontalSpace(c[k]) { k += 1 }
                if k < n && !Code.isNewline(c[k]) && lastContent != 0 {
                    if Code.letterCase(c[k]) == .lower || lastContent == 0x2C { return true }
                }
                lastContent = 0
                i = k
                continue
            }
            if !Code.isSpace(v) { lastContent = v }
            i += 1
        }
        return false
    }

    mutating func run() -> [Range<Int>] {
        var i = 0
        // Indentation of the first line.
        while i < n && Code.isHorizontalSpace(c[i]) { i += 1 }
        lineIndent = i
        lineContentStart = i
        while i < n {
            let v = c[i]
            if Code.isSpace(v) {
                if Code.isNewline(v) {
                    i = lineBreak(at: i)
                } else {
                    i += 1
                }
                continue
            }
            if start < 0 { start = i }
            if Code.isTerminal(v) {
                let (end, isBoundary) = terminal(at: i)
                lastContent = end - 1
                if isBoundary { close(end) }
                i = end
                continue
            }
            lastContent = i
            i += 1
        }
        if start >= 0 { close(lastContent + 1) }
        return spans
    }

    private mutating func close(_ end: Int) {
        if start >= 0 && end > start { spans.append(start..<end) }
        start = -1
    }

    /// Handles the line break at `i` and returns where to continue: the first
    /// non-space character of the next line (or another line break).
    private mutating func lineBreak(at i: Int) -> Int {
        var k = i + 1
        while k < n && Code.isHorizontalSpace(c[k]) { k += 1 }
        let nextIndent = k - (i + 1)
        let blankLine = Code.isParagraphSeparator(c[i]) || k == n || Code.isNewline(c[k])
        if blankLine {
            if start >= 0 { close(lastContent + 1) }
        } else if start >= 0 && lineBreakEndsSentence(nextLine: k, nextIndent: nextIndent) {
            close(lastContent + 1)
        }
        if k < n && !Code.isNewline(c[k]) {
            lineIndent = nextIndent
            lineContentStart = k
        }
        return k
    }

    /// A single line break inside a sentence (see the rules on `SentenceSplitter`).
    private func lineBreakEndsSentence(nextLine k: Int, nextIndent: Int) -> Bool {
        if nextIndent > lineIndent || startsWithListMarker(k) { return true }
        if hardWrapped { return false }
        let last = c[lastContent]
        if Code.isContinuingLineEnd(last) { return false }
        // "said:" runs on into a quote on the next line; before anything else a
        // colon ends a lead-in ("Reactions from abroad:") above a heading or list.
        if last == 0x3A { return !Code.isOpener(c[k]) }
        if Code.letterCase(c[k]) == .lower { return false }
        if last == Code.period, case .prefix = wordKind(endingBefore: lastContent) { return false }
        return true
    }

    /// "• ", "- ", "1. ", "2) " at `k`.
    private func startsWithListMarker(_ k: Int) -> Bool {
        if Code.isBullet(c[k]) { return k + 1 < n && Code.isHorizontalSpace(c[k + 1]) }
        var j = k
        while j < n && j - k < 3 && Code.isDigit(c[j]) { j += 1 }
        guard j > k, j + 1 < n, c[j] == Code.period || c[j] == 0x29 else { return false }
        return Code.isHorizontalSpace(c[j + 1])
    }

    // MARK: Terminal punctuation

    /// Reads the run of terminal punctuation at `i` and the closing quotes and
    /// brackets after it; returns the index just past them and whether the
    /// sentence ends there.
    private func terminal(at i: Int) -> (Int, Bool) {
        var j = i
        var dots = 0
        var strong = false
        var ellipsis = false
        var ideographic = false
        while j < n && Code.isTerminal(c[j]) {
            let v = c[j]
            if v == Code.period { dots += 1 }
            if v == Code.ellipsis { ellipsis = true }
            if Code.isStrongTerminal(v) { strong = true }
            if Code.isIdeographicTerminal(v) { ideographic = true }
            j += 1
        }
        var closedQuote = false
        var closed = false
        while j < n && Code.isCloser(c[j]) {
            if Code.isQuote(c[j]) { closedQuote = true }
            closed = true
            j += 1
        }
        let end = j
        if ideographic { return (end, true) }
        // "3.5", "U.S.-led", "e.g.,": no space, no boundary.
        if end < n && !Code.isSpace(c[end]) { return (end, false) }

        // What follows: whitespace (a blank line ends the sentence), then openers.
        var k = end
        var newlines = 0
        while k < n && Code.isSpace(c[k]) {
            if Code.isNewline(c[k]) {
                newlines += Code.isParagraphSeparator(c[k]) ? 2 : 1
            }
            k += 1
        }
        if k == n || newlines >= 2 { return (end, true) }
        var m = k
        while m < n && m - k < 4 && Code.isOpener(c[m]) { m += 1 }
        let opened = m > k
        guard m < n else { return (end, true) }
        let next = c[m]
        let nextCase = Code.letterCase(next)

        if strong {
            if nextCase == .lower { return (end, false) }
            if closedQuote && !opened && nextCase == .upper && speechVerbFollows(m) { return (end, false) }
            return (end, true)
        }
        if !opened && Code.isContinuingPunctuation(next) { return (end, false) }
        if ellipsis || dots >= 3 {
            return (end, nextCase == .upper)
        }
        // From here on a lowercase next word never starts a sentence, whatever
        // the word before the period is: skip looking that word up.
        if nextCase == .lower { return (end, false) }
        if closed {
            // `it." He added`: the quote or bracket closed the sentence.
            return (end, true)
        }
        switch wordKind(endingBefore: i) {
        case .none:
            // `said . . . And` or a stray period: like an ellipsis.
            return (end, nextCase == .upper)
        case .ordinary:
            return (end, true)
        case .prefix, .listNumber:
            return (end, false)
        case .ambiguous:
            if opened { return (end, true) }
            return (end, nextCase == .upper && startsSentence(m))
        }
    }

    enum WordKind { case none, ordinary, ambiguous, prefix, listNumber }

    /// What the word just before the period at `i` is.
    private func wordKind(endingBefore i: Int) -> WordKind {
        var p = i
        while p > 0 && i - p < Self.maxWord && !Code.isSpace(c[p - 1]) { p -= 1 }
        if p > 0 && !Code.isSpace(c[p - 1]) { return .ordinary }  // too long for an abbreviation
        let tokenStart = p
        while p < i && (Code.isOpener(c[p]) || c[p] == 0x2014 || c[p] == 0x2013 || c[p] == 0x2F) { p += 1 }
        guard p < i else { return .none }
        if Code.isCloser(c[i - 1]) { return .ordinary }  // "(for good)." ended a parenthetical
        let word = p..<i

        // A list number opening its line: "1. The first point".
        if tokenStart == lineContentStart && word.count <= 3 && c[word].allSatisfy(Code.isDigit) {
            return .listNumber
        }
        if word.count <= splitter.longestAbbreviation {
            let text = Self.string(c[word])
            let abbreviations = splitter.abbreviations
            if abbreviations.prefixes.contains(text) { return .prefix }
            if abbreviations.ambiguous.contains(text) { return .ambiguous }
            if abbreviations.finals.contains(text) { return .ordinary }
        }
        // A single capital (an initial) or a dotted initialism: "R.", "N.A.T.O.", "a.m.".
        if word.count == 1 { return Code.letterCase(c[p]) == .upper ? .ambiguous : .ordinary }
        if isDottedInitialism(word) { return .ambiguous }
        return .ordinary
    }

    /// "U.S", "a.m", "N.A.T.O": single letters separated by periods.
    private func isDottedInitialism(_ word: Range<Int>) -> Bool {
        guard word.count >= 3, word.count % 2 == 1 else { return false }
        var q = word.lowerBound
        while q < word.upperBound {
            if !Code.isLetter(c[q]) { return false }
            if q + 1 < word.upperBound && c[q + 1] != Code.period { return false }
            q += 2
        }
        return true
    }

    /// Whether the capitalised word at `m` is a common sentence opener.
    private func startsSentence(_ m: Int) -> Bool {
        var e = m
        while e < n && e - m <= 12 && Code.isASCIILetter(c[e]) { e += 1 }
        guard e > m, e - m <= 12 else { return false }
        if e < n && Code.isLetter(c[e]) { return false }
        return SentenceSplitter.sentenceStarters.contains(Self.string(c[m..<e]))
    }

    /// `“Why?” Erdogan asked`: up to six capitalised words, then a verb of saying.
    private func speechVerbFollows(_ m: Int) -> Bool {
        var p = m
        for _ in 0..<7 {
            var e = p
            while e < n && e - p <= 20 && (Code.isLetter(c[e]) || c[e] == 0x2D || c[e] == 0x27 || c[e] == 0x2019) {
                e += 1
            }
            guard e > p, e - p <= 20 else { return false }
            if Code.letterCase(c[p]) == .lower {
                return SentenceSplitter.speechVerbs.contains(Self.string(c[p..<e]))
            }
            guard e < n, c[e] == 0x20 else { return false }
            p = e + 1
        }
        return false
    }

    static func string(_ codes: ArraySlice<UInt32>) -> String {
        var scalars = String.UnicodeScalarView()
        for v in codes {
            if let scalar = Unicode.Scalar(v) { scalars.append(scalar) }
        }
        return String(scalars)
    }
}
