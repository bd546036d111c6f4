/// Walks JSON text to give errors a line and column, which Foundation's parser
/// does not report on Linux: it checks syntax ("expected ',' or ']'") and finds
/// where the value at a decoding path (`stances[3].kind`) starts.
///
/// It only scans; decoding is left to `JSONDecoder`.
struct JSONSourceScanner {
    /// One step of a path into the document: an object key or an array index.
    enum PathComponent: Equatable {
        case key(String)
        case index(Int)
    }

    struct SyntaxError: Error {
        var message: String
        var offset: Int
    }

    private let bytes: [UInt8]
    private var position = 0
    /// The path being looked for, and the offset once found.
    private var target: [PathComponent]?
    private(set) var foundOffset: Int?
    private var path: [PathComponent] = []

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Throws the first syntax error in the document.
    static func validate(_ text: String) throws(SyntaxError) {
        var scanner = JSONSourceScanner(text)
        try scanner.scanDocument()
    }

    /// The byte offset where the value at `path` starts, or the deepest enclosing
    /// value that exists; nil only for a document that is not valid JSON.
    static func offset(of path: [PathComponent], in text: String) -> Int? {
        var scanner = JSONSourceScanner(text)
        var remaining = path
        while true {
            scanner.target = remaining
            scanner.position = 0
            scanner.path = []
            scanner.foundOffset = nil
            do { try scanner.scanDocument() } catch { return nil }
            if let found = scanner.foundOffset { return found }
            guard !remaining.isEmpty else { return nil }
            remaining.removeLast()
        }
    }

    /// 1-based line and column (in characters, as the text format counts them) of a
    /// byte offset. A leading byte order mark takes no column.
    static func lineAndColumn(ofOffset offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        let utf8 = text.utf8
        let end = utf8.index(utf8.startIndex, offsetBy: max(0, min(offset, utf8.count)))
        var prefix = text[..<end]
        if prefix.first == "\u{FEFF}" { prefix = prefix.dropFirst() }
        for character in prefix {
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    // MARK: Scanning

    private mutating func scanDocument() throws(SyntaxError) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        skipWhitespace()
        try scanValue()
        skipWhitespace()
        if position < bytes.count {
            throw SyntaxError(message: "expected the end of the document after the top-level value", offset: position)
        }
    }

    private mutating func scanValue() throws(SyntaxError) {
        if let target, foundOffset == nil, path == target { foundOffset = position }
        guard position < bytes.count else {
            throw SyntaxError(message: "expected a value, found the end of the document", offset: position)
        }
        switch bytes[position] {
        case UInt8(ascii: "{"): try scanObject()
        case UInt8(ascii: "["): try scanArray()
        case UInt8(ascii: "\""): _ = try scanString()
        case UInt8(ascii: "t"): try scanLiteral("true")
        case UInt8(ascii: "f"): try scanLiteral("false")
        case UInt8(ascii: "n"): try scanLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try scanNumber()
        default:
            throw SyntaxError(message: "expected a value (object, array, string, number, true, false or null)",
                              offset: position)
        }
    }

    private mutating func scanObject() throws(SyntaxError) {
        position += 1
        skipWhitespace()
        if peek(UInt8(ascii: "}")) { position += 1; return }
        while true {
            skipWhitespace()
            guard peek(UInt8(ascii: "\"")) else {
                throw SyntaxError(message: "expected a quoted key", offset: position)
            }
            let key = try scanString()
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else {
                throw SyntaxError(message: "expected ':' after the key \"\(key)\"", offset: position)
            }
            position += 1
            skipWhitespace()
            path.append(.key(key))
            try scanValue()
            path.removeLast()
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { position += 1; continue }
            if peek(UInt8(ascii: "}")) { position += 1; return }
            throw SyntaxError(message: "expected ',' or '}' after an object member", offset: position)
        }
    }

    private mutating func scanArray() throws(SyntaxError) {
        position += 1
        skipWhitespace()
        if peek(UInt8(ascii: "]")) { position += 1; return }
        var index = 0
        while true {
            skipWhitespace()
            path.append(.index(index))
            try scanValue()
            path.removeLast()
            index += 1
            skipWhitespace()
            if peek(UInt8(ascii: ",")) { position += 1; continue }
            if peek(UInt8(ascii: "]")) { position += 1; return }
            throw SyntaxError(message: "expected ',' or ']' after an array element", offset: position)
        }
    }

    private mutating func scanString() throws(SyntaxError) -> String {
        let start = position
        position += 1
        var raw: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                return String(decoding: raw, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard position + 1 < bytes.count else { throw SyntaxError(message: "unterminated string", offset: start) }
                let escaped = bytes[position + 1]
                if escaped == UInt8(ascii: "u") {
                    // Decoded, so that keys match the decoder's coding paths.
                    let escapeStart = position
                    var unit = try hexUnit(at: position)
                    position += 6
                    if (0xD800..<0xDC00).contains(unit), peek(UInt8(ascii: "\\")),
                       position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "u") {
                        let low = try hexUnit(at: position)
                        if (0xDC00..<0xE000).contains(low) {
                            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                            position += 6
                        }
                    }
                    guard let scalar = Unicode.Scalar(unit) else {
                        throw SyntaxError(message: "\\u escape with a lone surrogate", offset: escapeStart)
                    }
                    raw.append(contentsOf: Array(String(scalar).utf8))
                } else {
                    switch escaped {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): raw.append(escaped)
                    case UInt8(ascii: "b"): raw.append(0x08)
                    case UInt8(ascii: "f"): raw.append(0x0C)
                    case UInt8(ascii: "n"): raw.append(0x0A)
                    case UInt8(ascii: "r"): raw.append(0x0D)
                    case UInt8(ascii: "t"): raw.append(0x09)
                    default: throw SyntaxError(message: "invalid escape in a string", offset: position)
                    }
                    position += 2
                }
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                throw SyntaxError(message: "unterminated string", offset: start)
            case 0..<0x20:
                throw SyntaxError(message: "control character in a string; escape it (\\n, \\t, \\u0000)", offset: position)
            default:
                raw.append(byte)
                position += 1
            }
        }
        throw SyntaxError(message: "unterminated string", offset: start)
    }

    /// The UTF-16 code unit of the `\uXXXX` escape at `offset`.
    private func hexUnit(at offset: Int) throws(SyntaxError) -> UInt32 {
        let hex = bytes[min(offset + 2, bytes.count)..<min(offset + 6, bytes.count)]
        guard hex.count == 4, hex.allSatisfy(Self.isHexDigit),
              let unit = UInt32(String(decoding: hex, as: UTF8.self), radix: 16) else {
            throw SyntaxError(message: "expected four hex digits after \\u", offset: offset)
        }
        return unit
    }

    private mutating func scanLiteral(_ word: String) throws(SyntaxError) {
        let expected = Array(word.utf8)
        guard bytes.count - position >= expected.count,
              Array(bytes[position..<position + expected.count]) == expected else {
            throw SyntaxError(message: "expected a value (object, array, string, number, true, false or null)",
                              offset: position)
        }
        position += expected.count
    }

    private mutating func scanNumber() throws(SyntaxError) {
        let start = position
        if peek(UInt8(ascii: "-")) { position += 1 }
        let digitsStart = position
        while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
        guard position > digitsStart else { throw SyntaxError(message: "expected digits in a number", offset: start) }
        if position - digitsStart > 1, bytes[digitsStart] == UInt8(ascii: "0") {
            throw SyntaxError(message: "a number must not have a leading zero", offset: start)
        }
        if peek(UInt8(ascii: ".")) {
            position += 1
            let fraction = position
            while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
            guard position > fraction else { throw SyntaxError(message: "expected digits after '.'", offset: position) }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            position += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { position += 1 }
            let exponent = position
            while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
            guard position > exponent else { throw SyntaxError(message: "expected digits in an exponent", offset: position) }
        }
    }

    private mutating func skipWhitespace() {
        while position < bytes.count,
              [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t")].contains(bytes[position]) {
            position += 1
        }
    }

    private func peek(_ byte: UInt8) -> Bool {
        position < bytes.count && bytes[position] == byte
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "f"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "F"))
    }
}
