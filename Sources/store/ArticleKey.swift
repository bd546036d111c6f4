/// An article's identity in the store: the SHA-256 of its text with the
/// differences that no reader sees taken out.
///
/// Why normalise: the same article reaches the store as a file saved on
/// Windows (CRLF), as a file that ends in a newline, and as a JSON line whose
/// text does not; hashed verbatim these were three articles. The key is
/// computed from the text with a leading byte order mark dropped, CRLF and
/// lone CR made LF, spaces and tabs at the end of each line dropped, and
/// trailing line breaks and whitespace at the end dropped. The stored body
/// stays verbatim (evidence offsets count in it); only the key is normalised.
/// Databases keyed the earlier way are re-keyed by the migration
/// "v2-normalised-hash" (see `Schema`).
public enum ArticleKey {
    /// The key of an article whose body is `body`: 64 hex digits.
    public static func of(_ body: String) -> String {
        ContentHash.sha256(bytes: normalised(Array(body.utf8)))
    }

    /// `bytes` (UTF-8) as the key hashes them.
    static func normalised(_ bytes: [UInt8]) -> [UInt8] {
        var input = bytes[...]
        if input.starts(with: [0xEF, 0xBB, 0xBF]) { input = input.dropFirst(3) }
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        // Spaces and tabs seen since the last other byte: written only if the line goes on.
        var pendingBlanks = 0
        var index = input.startIndex
        while index < input.endIndex {
            let byte = input[index]
            index += 1
            switch byte {
            case 0x20, 0x09:
                pendingBlanks += 1
            case 0x0D, 0x0A:
                if byte == 0x0D, index < input.endIndex, input[index] == 0x0A { index += 1 }
                // The line's trailing blanks are dropped (they were never written).
                pendingBlanks = 0
                out.append(0x0A)
            default:
                if pendingBlanks > 0 {
                    // The blanks were inside the line: put them back as they were.
                    let start = index - 1 - pendingBlanks
                    out.append(contentsOf: input[start..<(index - 1)])
                    pendingBlanks = 0
                }
                out.append(byte)
            }
        }
        while let last = out.last, last == 0x0A || last == 0x20 || last == 0x09 { out.removeLast() }
        return out
    }
}
