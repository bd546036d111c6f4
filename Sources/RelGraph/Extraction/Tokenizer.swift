/// Splits a sentence into tokens the extractor and the actor dictionary share:
/// words (with internal periods kept, as in "U.S."), numbers, and punctuation.
/// Hyphens and the possessive "'s" are tokens of their own, so "Iran-backed" is
/// `Iran - backed` and "Qatar's" is `Qatar 's`; dictionary forms are split the
/// same way, so "al-Nusra" still matches.
///
/// Offsets (`Token.range`) count `Character`s of the sentence. The work is linear
/// in the sentence's length: one pass over its UTF-8 finds the characters (asking
/// `String` only where a character may span several scalars), one pass cuts the
/// tokens, and token texts are cut straight from the UTF-8 bytes, lowercased
/// byte by byte when they are ASCII. `referenceTokenize` is the same rules
/// written on `[Character]`, kept for the tests that hold the two equal.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
        var text = text
        text.makeContiguousUTF8()
        if let tokens = text.utf8.withContiguousStorageIfAvailable({ tokenize(text, utf8: $0) }) {
            return tokens
        }
        // Not reachable for native strings, which `makeContiguousUTF8` guarantees.
        return Array(text.utf8).withUnsafeBufferPointer { tokenize(text, utf8: $0) }
    }

    private static func tokenize(_ text: String, utf8: UnsafeBufferPointer<UInt8>) -> [Token] {
        let characters = CharacterTable(text, utf8: utf8)
        let count = characters.count
        var tokens: [Token] = []
        tokens.reserveCapacity(count / 4 + 1)
        var index = 0
        func emit(_ start: Int, _ end: Int, _ kind: Token.Kind) {
            let bytes = UnsafeBufferPointer(rebasing: utf8[characters.offset(start)..<characters.offset(end)])
            let raw = String(decoding: bytes, as: UTF8.self)
            let normalized: String
            if bytes.allSatisfy({ $0 < 0x80 }) {
                normalized = bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A })
                    ? String(unsafeUninitializedCapacity: bytes.count) { buffer in
                        for (position, byte) in bytes.enumerated() {
                            buffer[position] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        }
                        return bytes.count
                    }
                    : raw
            } else {
                normalized = raw.lowercased().replacingApostrophes
            }
            tokens.append(Token(text: raw, normalized: normalized, kind: kind, range: start..<end))
        }
        while index < count {
            if characters.isWhitespace(index) {
                index += 1
            } else if characters.isApostrophe(index), index + 1 < count,
                      characters.isExactly(index + 1, 0x73) || characters.isExactly(index + 1, 0x53),
                      index + 2 >= count || !characters.isLetter(index + 2),
                      index > 0, characters.isLetter(index - 1) {
                emit(index, index + 2, .word)
                index += 2
            } else if characters.isLetter(index) {
                let start = index
                index += 1
                while index < count {
                    if characters.isLetter(index) || characters.isNumber(index) {
                        index += 1
                    } else if characters.isExactly(index, 0x2E), index + 1 < count, characters.isLetter(index + 1),
                              index + 2 < count, characters.isExactly(index + 2, 0x2E) {
                        // U.S., U.N.: a letter, a period, a letter, a period.
                        index += 2
                    } else if characters.isExactly(index, 0x2E),
                              start + 1 == index || (index >= 2 && characters.isExactly(index - 2, 0x2E)),
                              characters.isUppercase(start), index - start <= 3 {
                        // The final period of U.S. or of an initial like "J.".
                        index += 1
                        break
                    } else if characters.isApostrophe(index), index + 1 < count, characters.isLetter(index + 1),
                              !(characters.isExactly(index + 1, 0x73)
                                && (index + 2 >= count || !characters.isLetter(index + 2))) {
                        // won't, O'Brien, don't: the apostrophe belongs to the word.
                        index += 1
                    } else {
                        break
                    }
                }
                emit(start, index, .word)
            } else if characters.isNumber(index) {
                let start = index
                while index < count,
                      characters.isNumber(index)
                        || ((characters.isExactly(index, 0x2E) || characters.isExactly(index, 0x2C))
                            && index + 1 < count && characters.isNumber(index + 1)) {
                    index += 1
                }
                emit(start, index, .number)
            } else {
                emit(index, index + 1, .punctuation)
                index += 1
            }
        }
        return tokens
    }

    /// The same rules on an array of `Character`s: the definition the fast path
    /// above must match (see the tokenizer tests). Not used by the extractor.
    static func referenceTokenize(_ text: String) -> [Token] {
        let characters = Array(text)
        var tokens: [Token] = []
        var index = 0
        func emit(_ start: Int, _ end: Int, _ kind: Token.Kind) {
            let raw = String(characters[start..<end])
            let normalized = raw.lowercased().replacingApostrophes
            tokens.append(Token(text: raw, normalized: normalized, kind: kind, range: start..<end))
        }
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
            } else if isApostrophe(character), index + 1 < characters.count,
                      characters[index + 1] == "s" || characters[index + 1] == "S",
                      index + 2 >= characters.count || !characters[index + 2].isLetter,
                      index > 0, characters[index - 1].isLetter {
                emit(index, index + 2, .word)
                index += 2
            } else if character.isLetter {
                let start = index
                index += 1
                while index < characters.count {
                    let next = characters[index]
                    if next.isLetter || next.isNumber {
                        index += 1
                    } else if next == ".", index + 1 < characters.count, characters[index + 1].isLetter,
                              index + 2 < characters.count, characters[index + 2] == "." {
                        index += 2
                    } else if next == ".", start + 1 == index || (index >= 2 && characters[index - 2] == "."),
                              characters[start].isUppercase, index - start <= 3 {
                        index += 1
                        break
                    } else if isApostrophe(next), index + 1 < characters.count, characters[index + 1].isLetter,
                              !(characters[index + 1] == "s" && (index + 2 >= characters.count || !characters[index + 2].isLetter)) {
                        index += 1
                    } else {
                        break
                    }
                }
                emit(start, index, .word)
            } else if character.isNumber {
                let start = index
                while index < characters.count,
                      characters[index].isNumber || ((characters[index] == "." || characters[index] == ",")
                        && index + 1 < characters.count && characters[index + 1].isNumber) {
                    index += 1
                }
                emit(start, index, .number)
            } else {
                emit(index, index + 1, .punctuation)
                index += 1
            }
        }
        return tokens
    }

    private static func isApostrophe(_ character: Character) -> Bool {
        character == "'" || character == "’" || character == "ʼ"
    }
}

/// The characters of a sentence as the tokenizer sees them: for each `Character`,
/// its first Unicode scalar (which decides `isLetter`, `isNumber` and
/// `isWhitespace`, as in the standard library), whether it is that scalar alone,
/// and where it starts in the UTF-8.
private struct CharacterTable {
    /// First scalar of each character; bit 31 set when the character has more scalars.
    private var codes: [UInt32] = []
    /// `codes.count + 1` entries: the last is the UTF-8 length.
    private var utf8Offsets: [Int32] = []
    private let text: String

    private static let multiScalar: UInt32 = 1 << 31
    private static let letter: UInt8 = 1, number: UInt8 = 2, whitespace: UInt8 = 4, upper: UInt8 = 8

    /// `Character` properties of the ASCII characters, taken from `Character` itself.
    private static let ascii: [UInt8] = (0..<128).map { value -> UInt8 in
        let character = Character(Unicode.Scalar(UInt8(value)))
        var flags: UInt8 = 0
        if character.isLetter { flags |= letter }
        if character.isNumber { flags |= number }
        if character.isWhitespace { flags |= whitespace }
        if character.isUppercase { flags |= upper }
        return flags
    }

    init(_ text: String, utf8: UnsafeBufferPointer<UInt8>) {
        self.text = text
        let count = utf8.count
        precondition(count < Int(Int32.max), "Tokenizer handles sentences up to 2 GB")
        codes.reserveCapacity(count)
        utf8Offsets.reserveCapacity(count + 1)
        var offset = 0
        while offset < count {
            let (first, firstLength) = UTF8Decoding.decode(utf8, at: offset)
            utf8Offsets.append(Int32(offset))
            let next = offset + firstLength
            if next >= count {
                codes.append(first)
                offset = next
                break
            }
            let (second, _) = UTF8Decoding.decode(utf8, at: next)
            // Grapheme rules never join two of these "simple" scalars except CR LF,
            // so the common case needs no grapheme machinery. Anything else asks
            // String, starting from a known character boundary.
            if UTF8Decoding.isSimple(first) && UTF8Decoding.isSimple(second) && !(first == 0x0D && second == 0x0A) {
                codes.append(first)
                offset = next
            } else {
                let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
                let after = text.utf8.distance(from: text.utf8.startIndex, to: text.index(after: index))
                codes.append(after == next ? first : first | Self.multiScalar)
                offset = after
            }
        }
        utf8Offsets.append(Int32(count))
    }

    var count: Int { codes.count }

    @inline(__always)
    func offset(_ index: Int) -> Int { Int(utf8Offsets[index]) }

    @inline(__always)
    private func scalar(_ index: Int) -> UInt32 { codes[index] & ~Self.multiScalar }

    @inline(__always)
    private func flags(_ index: Int) -> UInt8? {
        let value = scalar(index)
        return value < 0x80 ? Self.ascii[Int(value)] : nil
    }

    /// Whether character `index` is exactly the one scalar `value` (`==` on `Character`).
    @inline(__always)
    func isExactly(_ index: Int, _ value: UInt32) -> Bool { codes[index] == value }

    func isApostrophe(_ index: Int) -> Bool {
        let code = codes[index]
        return code == 0x27 || code == 0x2019 || code == 0x2BC
    }

    func isLetter(_ index: Int) -> Bool {
        if let flags = flags(index) { return flags & Self.letter != 0 }
        return Unicode.Scalar(scalar(index))?.properties.isAlphabetic ?? false
    }

    func isNumber(_ index: Int) -> Bool {
        if let flags = flags(index) { return flags & Self.number != 0 }
        return Unicode.Scalar(scalar(index))?.properties.numericType != nil
    }

    func isWhitespace(_ index: Int) -> Bool {
        if let flags = flags(index) { return flags & Self.whitespace != 0 }
        return Unicode.Scalar(scalar(index))?.properties.isWhitespace ?? false
    }

    func isUppercase(_ index: Int) -> Bool {
        if codes[index] < 0x80 { return Self.ascii[Int(codes[index])] & Self.upper != 0 }
        return character(index).isUppercase
    }

    private func character(_ index: Int) -> Character {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: offset(index))
        return text[start]
    }
}

extension String {
    /// Curly apostrophes made straight, so "won’t" matches "won't".
    var replacingApostrophes: String {
        guard contains(where: { $0 == "’" || $0 == "ʼ" || $0 == "‘" }) else { return self }
        return String(map { $0 == "’" || $0 == "ʼ" || $0 == "‘" ? "'" : $0 })
    }
}

extension Token {
    /// The same as `isCapitalized`, without building a `Character` when the text
    /// starts with two ASCII bytes (the first character is then that one byte).
    /// The extractor asks it of nearly every word, mostly lowercase ones, for
    /// which `Character.isUppercase` takes its slow path.
    @inline(__always)
    var hasCapitalInitial: Bool {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next(), first < 0x80 else { return isCapitalized }
        if let second = bytes.next(), second >= 0x80 { return isCapitalized }
        return first >= 0x41 && first <= 0x5A
    }
}
