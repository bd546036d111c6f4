/// One lexical piece of a line in the text format, with the column it starts at.
struct TextToken: Equatable {
    enum Kind: Equatable {
        /// A run of characters without spaces, quotes or `#`.
        case word
        /// A double-quoted string, escapes already resolved.
        case quoted
        /// A comma, which separates aliases.
        case comma
    }

    var kind: Kind
    var text: String
    /// 1-based column of the token's first character.
    var column: Int

    var isWord: Bool { kind == .word }
}

/// Splits one line of the text format into tokens, stopping at a `#` comment.
///
/// The line is read as Unicode scalars, so that a quote, backslash or space that a
/// combining mark joins into one Character is still seen; columns count Characters.
/// Quoted strings take `\"`, `\\`, `\n`, `\r` and `\t` escapes; curly quotes inside them
/// are ordinary characters, so article quotes can be pasted as they are.
enum TextTokenizer {
    static func tokenize(_ line: Substring, lineNumber: Int, file: String) throws -> [TextToken] {
        var tokens: [TextToken] = []
        var characters: [Unicode.Scalar] = []
        var columns: [Int] = []
        for (offset, character) in line.enumerated() {
            for scalar in character.unicodeScalars {
                characters.append(scalar)
                columns.append(offset + 1)
            }
        }
        var index = 0
        func location(_ at: Int) -> SourceLocation {
            SourceLocation(file: file, line: lineNumber, column: columns[at])
        }
        while index < characters.count {
            let character = characters[index]
            if character.properties.isWhitespace {
                index += 1
            } else if character == "#" {
                break
            } else if character == "," {
                tokens.append(TextToken(kind: .comma, text: ",", column: columns[index]))
                index += 1
            } else if character == "\"" {
                let start = index
                index += 1
                var text = ""
                var closed = false
                while index < characters.count {
                    let next = characters[index]
                    if next == "\\" {
                        guard index + 1 < characters.count else { break }
                        let escaped = characters[index + 1]
                        switch escaped {
                        case "\"": text.append("\"")
                        case "\\": text.append("\\")
                        case "n": text.append("\n")
                        case "t": text.append("\t")
                        case "r": text.append("\r")
                        default:
                            throw FormatError(
                                "unknown escape '\\\(escaped)' in a quoted string; use \\\", \\\\, \\n, \\r or \\t",
                                at: location(index))
                        }
                        index += 2
                    } else if next == "\"" {
                        closed = true
                        index += 1
                        break
                    } else {
                        text.unicodeScalars.append(next)
                        index += 1
                    }
                }
                guard closed else {
                    throw FormatError("unterminated quoted string; expected a closing '\"' before the end of the line",
                                      at: location(start))
                }
                tokens.append(TextToken(kind: .quoted, text: text, column: columns[start]))
            } else {
                let start = index
                var text = ""
                while index < characters.count {
                    let next = characters[index]
                    if next.properties.isWhitespace || next == "\"" || next == "#" || next == "," { break }
                    text.unicodeScalars.append(next)
                    index += 1
                }
                tokens.append(TextToken(kind: .word, text: text, column: columns[start]))
            }
        }
        return tokens
    }
}
