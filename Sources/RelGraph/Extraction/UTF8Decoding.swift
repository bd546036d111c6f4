/// The two pieces of UTF-8 work the sentence splitter and the tokenizer share:
/// decoding one scalar, and knowing when two scalars are certainly two
/// characters, so both can find character boundaries without asking `String`
/// for every character (the slow path is kept for the hard cases).
enum UTF8Decoding {
    /// Scalars with Grapheme_Cluster_Break = Other (or Control, below U+0300) that are
    /// neither Extended_Pictographic nor Prepend: a character boundary always falls
    /// between two of them (except CR LF).
    @inline(__always)
    static func isSimple(_ value: UInt32) -> Bool {
        if value < 0x300 { return true }
        switch value {
        case 0x0370...0x03FF, 0x0400...0x0482, 0x048A...0x052F, 0x05D0...0x05EA,
             0x0620...0x064A, 0x2010...0x2027, 0x2030...0x203B, 0x20A0...0x20C0,
             0x3001...0x3003, 0x3008...0x3011, 0x4E00...0x9FFF, 0xFF01...0xFF5E:
            return true
        default:
            return false
        }
    }

    /// The scalar starting at `offset` of valid UTF-8, and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[offset])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 {
            return (((b0 & 0x1F) << 6) | (UInt32(bytes[offset + 1]) & 0x3F), 2)
        }
        if b0 < 0xF0 {
            return (((b0 & 0x0F) << 12) | ((UInt32(bytes[offset + 1]) & 0x3F) << 6)
                    | (UInt32(bytes[offset + 2]) & 0x3F), 3)
        }
        return (((b0 & 0x07) << 18) | ((UInt32(bytes[offset + 1]) & 0x3F) << 12)
                | ((UInt32(bytes[offset + 2]) & 0x3F) << 6) | (UInt32(bytes[offset + 3]) & 0x3F), 4)
    }
}
