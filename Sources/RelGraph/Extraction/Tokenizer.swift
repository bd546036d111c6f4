/// Splits a sentence into tokens the extractor and the actor dictionary share:
/// words (with internal periods kept, as in "U.S."), numbers, and punctuation.
/// Hyphens and the possessive "'s" are tokens of their own, so "Iran-backed" is
/// `Iran - backed` and "Qatar's" is `Qatar 's`; dictionary forms are split the
/// same way, so "al-Nusra" still matches.
public enum Tokenizer {
    public static func tokenize(_ text: String) -> [Token] {
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
                        // U.S., U.N.: a letter, a period, a letter, a period.
                        index += 2
                    } else if next == ".", start + 1 == index || (index >= 2 && characters[index - 2] == "."),
                              characters[start].isUppercase, index - start <= 3 {
                        // The final period of U.S. or of an initial like "J.".
                        index += 1
                        break
                    } else if isApostrophe(next), index + 1 < characters.count, characters[index + 1].isLetter,
                              !(characters[index + 1] == "s" && (index + 2 >= characters.count || !characters[index + 2].isLetter)) {
                        // won't, O'Brien, don't: the apostrophe belongs to the word.
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

extension String {
    /// Curly apostrophes made straight, so "won’t" matches "won't".
    var replacingApostrophes: String {
        guard contains(where: { $0 == "’" || $0 == "ʼ" || $0 == "‘" }) else { return self }
        return String(map { $0 == "’" || $0 == "ʼ" || $0 == "‘" ? "'" : $0 })
    }
}
