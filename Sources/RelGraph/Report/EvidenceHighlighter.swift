/// Finds, in an evidence quote, the words a reader should see first: the two
/// actors' surface forms and the words that triggered the stance.
///
/// Why a pure helper returning ranges: writers (HTML, Markdown) must escape
/// every piece of article text, so they split the quote into segments and
/// escape each one; they never insert markup into raw text. Keeping the search
/// apart also makes it testable without any writer.
///
/// Actors are found by their names and aliases, case-insensitively and on word
/// boundaries, longest first; a short all-capitals alias (`IS`, `US`, `AU`)
/// matches only in capitals, so the verb "is" is not taken for Islamic State.
/// Trigger words come from the rule's lemma (`verb:attacks:attack`): each lemma
/// word matches any inflection of it (`WordStem`, plus `knownForms` such as
/// `met` for `meet`), in order, with up to three other words between two of
/// them ("inflicted *significant* losses on"). When the whole lemma is not
/// found, its content words are marked where they occur. Actor words win over
/// trigger words where both would overlap.
public struct EvidenceHighlighter: Sendable {
    /// What a highlighted stretch is.
    public enum Role: String, Sendable, Hashable {
        case actor
        case trigger
    }

    /// A highlighted stretch of the quote, in `Character` offsets.
    public struct Highlight: Sendable, Hashable {
        public var range: Range<Int>
        public var role: Role

        public init(range: Range<Int>, role: Role) {
            self.range = range
            self.role = role
        }
    }

    /// A piece of the quote, highlighted or not; the pieces concatenate to the quote.
    public struct Segment: Sendable, Hashable {
        public var text: String
        public var role: Role?

        public init(text: String, role: Role?) {
            self.text = text
            self.role = role
        }
    }

    /// Irregular forms by base word (`meet`: `met`), for what stems miss.
    public var knownForms: [String: Set<String>]
    /// Most words allowed between two consecutive lemma words.
    public var maximumGap: Int

    /// Words that never get marked on their own when only part of a lemma is found.
    private static let functionWords: Set<String> = [
        "a", "an", "the", "of", "on", "to", "with", "for", "against", "in", "by", "at", "from", "as", "its", "their",
    ]

    public init(knownForms: [String: [String]] = [:], maximumGap: Int = 3) {
        self.knownForms = knownForms.reduce(into: [:]) { result, entry in
            result[entry.key.lowercased(), default: []].formUnion(entry.value.map { $0.lowercased() })
        }
        self.maximumGap = maximumGap
    }

    /// The highlights of `text`, sorted and never overlapping.
    ///
    /// - Parameters:
    ///   - actorNames: the surface forms of the stance's two actors (names and aliases).
    ///   - rule: the evidence's rule; nil or an unknown shape marks no trigger.
    public func highlights(in text: String, actorNames: [String], rule: String?) -> [Highlight] {
        let characters = Array(text)
        let actors = actorRanges(in: characters, names: actorNames)
        var result = actors.map { Highlight(range: $0, role: .actor) }
        if let rule, let parsed = TriggerRule(rule) {
            let words = Self.words(in: characters).filter { word in
                !actors.contains { $0.overlaps(word.range) }
            }
            result += triggerRanges(lemma: parsed.lemma, words: words, characters: characters)
                .map { Highlight(range: $0, role: .trigger) }
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// `text` cut into segments at the highlights.
    public func segments(of text: String, actorNames: [String], rule: String?) -> [Segment] {
        Self.segments(of: text, highlights: highlights(in: text, actorNames: actorNames, rule: rule))
    }

    /// `text` cut at sorted, non-overlapping `highlights`.
    public static func segments(of text: String, highlights: [Highlight]) -> [Segment] {
        let characters = Array(text)
        var segments: [Segment] = []
        var position = 0
        for highlight in highlights where highlight.range.lowerBound >= position && highlight.range.upperBound <= characters.count {
            if highlight.range.lowerBound > position {
                segments.append(Segment(text: String(characters[position..<highlight.range.lowerBound]), role: nil))
            }
            segments.append(Segment(text: String(characters[highlight.range]), role: highlight.role))
            position = highlight.range.upperBound
        }
        if position < characters.count {
            segments.append(Segment(text: String(characters[position...]), role: nil))
        }
        return segments
    }

    // MARK: Actors

    private func actorRanges(in characters: [Character], names: [String]) -> [Range<Int>] {
        let trimmed: [String] = names.map(Self.trimmed).filter { !$0.isEmpty }
        let candidates: [String] = Set(trimmed).sorted(by: Self.longerFirst)
        var taken: [Range<Int>] = []
        let lowered = characters.map { Self.fold($0) }
        for name in candidates {
            let caseSensitive = Self.isAcronym(name)
            let pattern = Array(name).map { caseSensitive ? String($0) : Self.fold($0) }
            let haystack = caseSensitive ? characters.map { String($0) } : lowered
            var start = 0
            while start + pattern.count <= characters.count {
                let range = start..<(start + pattern.count)
                if Self.matches(pattern, haystack, at: start), Self.isWordBoundary(characters, range),
                   !taken.contains(where: { $0.overlaps(range) }) {
                    taken.append(range)
                    start = range.upperBound
                } else {
                    start += 1
                }
            }
        }
        return taken
    }

    private static func trimmed(_ name: String) -> String {
        guard let first = name.firstIndex(where: { !$0.isWhitespace }),
              let last = name.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(name[first...last])
    }

    private static func longerFirst(_ lhs: String, _ rhs: String) -> Bool {
        let left = lhs.count, right = rhs.count
        if left != right { return left > right }
        return lhs < rhs
    }

    /// A short name in capitals (`IS`, `US`, `SAA`): matched only as written.
    static func isAcronym(_ name: String) -> Bool {
        name.count <= 5 && name.contains(where: \.isLetter)
            && name.allSatisfy { ($0.isLetter && $0.isUppercase) || $0.isNumber || $0 == "-" }
    }

    private static func matches(_ pattern: [String], _ haystack: [String], at start: Int) -> Bool {
        for (offset, piece) in pattern.enumerated() {
            let candidate = haystack[start + offset]
            if piece == candidate { continue }
            // Any whitespace in a name matches any whitespace in the text.
            if piece.allSatisfy(\.isWhitespace), candidate.allSatisfy(\.isWhitespace) { continue }
            return false
        }
        return true
    }

    private static func isWordBoundary(_ characters: [Character], _ range: Range<Int>) -> Bool {
        let before = range.lowerBound > 0 ? characters[range.lowerBound - 1] : nil
        let after = range.upperBound < characters.count ? characters[range.upperBound] : nil
        return !(before.map(isWordCharacter) ?? false) && !(after.map(isWordCharacter) ?? false)
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// Lower case, with typographic apostrophes folded to `'`.
    private static func fold(_ character: Character) -> String {
        character == "’" ? "'" : character.lowercased()
    }

    // MARK: Trigger words

    /// A word of the quote: a run of letters and digits (hyphens and
    /// apostrophes split words, so "Iran-backed" gives "backed").
    struct Word {
        var text: String
        var range: Range<Int>
    }

    static func words(in characters: [Character]) -> [Word] {
        var words: [Word] = []
        var start: Int?
        for index in 0...characters.count {
            let isWord = index < characters.count && isWordCharacter(characters[index])
            if isWord, start == nil { start = index }
            if !isWord, let begin = start {
                words.append(Word(text: String(characters[begin..<index]).lowercased(), range: begin..<index))
                start = nil
            }
        }
        return words
    }

    private func triggerRanges(lemma: String, words: [Word], characters: [Character]) -> [Range<Int>] {
        let lemmaWords = Self.words(in: Array(lemma)).map(\.text)
        guard !lemmaWords.isEmpty else { return [] }
        var matched: [Int] = []
        search: for start in words.indices where matches(words[start].text, lemmaWords[0]) {
            var indices = [start]
            var position = start + 1
            for lemmaWord in lemmaWords.dropFirst() {
                var gap = 0
                while position < words.count, !matches(words[position].text, lemmaWord), gap < maximumGap {
                    position += 1
                    gap += 1
                }
                guard position < words.count, matches(words[position].text, lemmaWord) else { continue search }
                indices.append(position)
                position += 1
            }
            matched = indices
            break
        }
        if matched.isEmpty {
            // Part of the lemma: its content words, first occurrence each.
            for lemmaWord in lemmaWords where !Self.functionWords.contains(lemmaWord) {
                if let index = words.indices.first(where: { matches(words[$0].text, lemmaWord) && !matched.contains($0) }) {
                    matched.append(index)
                }
            }
            matched.sort()
        }
        // Neighbouring matched words separated only by spaces or hyphens become one mark.
        var ranges: [Range<Int>] = []
        for index in matched {
            let range = words[index].range
            if let last = ranges.last, characters[last.upperBound..<range.lowerBound].allSatisfy({ $0 == " " || $0 == "-" }),
               index > 0, matched.contains(index - 1) {
                ranges[ranges.count - 1] = last.lowerBound..<range.upperBound
            } else {
                ranges.append(range)
            }
        }
        return ranges
    }

    private func matches(_ word: String, _ lemmaWord: String) -> Bool {
        if word == lemmaWord { return true }
        if knownForms[lemmaWord]?.contains(word) == true { return true }
        if lemmaWord.count < 3 || word.count < 3 { return false }
        return WordStem.stem(word) == WordStem.stem(lemmaWord)
    }
}
