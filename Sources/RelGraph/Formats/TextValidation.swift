/// Where a file that should be text is not: the first byte that is not valid
/// UTF-8, or a NUL (which valid UTF-8 may hold but no article or graph does),
/// so an error can name the line a user has to look at.
public enum TextValidation {
    /// What is wrong with the bytes, and where (1-based line and column, the
    /// column counted in bytes).
    public struct Problem: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            /// A byte that starts no UTF-8 sequence, or a sequence cut short.
            case invalidUTF8
            /// A NUL byte: a binary file, or text in UTF-16.
            case nulByte
        }

        public var kind: Kind
        public var line: Int
        public var column: Int

        /// What a user reads after the file name and position.
        public var message: String {
            switch kind {
            case .invalidUTF8: return "not valid UTF-8"
            case .nulByte: return "a NUL byte: a binary file, or text in UTF-16"
            }
        }
    }

    /// The first problem in `bytes`, or nil for valid UTF-8 text without NULs.
    /// One pass, no allocation: files of any size are checked in linear time.
    public static func firstProblem<Bytes: Collection>(in bytes: Bytes) -> Problem? where Bytes.Element == UInt8 {
        var line = 1
        var column = 1
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte == 0 { return Problem(kind: .nulByte, line: line, column: column) }
            if byte < 0x80 {
                if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
                index = bytes.index(after: index)
                continue
            }
            let length: Int
            let minimum: UInt32
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(byte & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(byte & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(byte & 0x07)
            default: return Problem(kind: .invalidUTF8, line: line, column: column)
            }
            var next = bytes.index(after: index)
            for _ in 1..<length {
                guard next != bytes.endIndex, bytes[next] & 0xC0 == 0x80 else {
                    return Problem(kind: .invalidUTF8, line: line, column: column)
                }
                scalar = (scalar << 6) | UInt32(bytes[next] & 0x3F)
                next = bytes.index(after: next)
            }
            // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
            if scalar < minimum || (0xD800...0xDFFF).contains(scalar) || scalar > 0x10FFFF {
                return Problem(kind: .invalidUTF8, line: line, column: column)
            }
            column += length
            index = next
        }
        return nil
    }
}
