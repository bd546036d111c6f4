/// Stable element ids for SVG, made from actor ids and stance keys, so a report's
/// CSS, a script or a diff can find "the edge TUR opposes KURDS" in any picture.
///
/// ASCII letters and digits are kept; any other character becomes `_` plus its
/// hex code (`-` is `_2d`), so parts joined by `-` never run together and
/// distinct actor ids give distinct element ids.
enum SVGIdentifier {
    /// `id`, or `id-2`, `id-3` ... when a picture already uses it (two actors
    /// whose ids encode alike, a stance drawn twice), recorded in `used`.
    static func unique(_ id: String, _ used: inout Set<String>) -> String {
        var candidate = id
        var suffix = 2
        while used.contains(candidate) {
            candidate = "\(id)-\(suffix)"
            suffix += 1
        }
        used.insert(candidate)
        return candidate
    }

    static func make(_ prefix: String, _ parts: [String]) -> String {
        var id = prefix
        for part in parts {
            id += "-"
            id += encode(part)
        }
        return id
    }

    static func encode(_ raw: String) -> String {
        if !raw.isEmpty, raw.utf8.allSatisfy(isASCIIAlphanumeric) { return raw }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        for scalar in raw.unicodeScalars {
            let value = scalar.value
            if value < 0x80, isASCIIAlphanumeric(UInt8(value)) {
                bytes.append(UInt8(value))
            } else {
                bytes.append(UInt8(ascii: "_"))
                bytes += Array(String(value, radix: 16).utf8)
            }
        }
        return bytes.isEmpty ? "_" : String(decoding: bytes, as: UTF8.self)
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
