/// A 64-bit FNV-1a hash of text, printed with the figures.
///
/// Why: two runs are only comparable if they measured the same input. The hash
/// of the DOT text the renderer built shows at a glance that the synthetic graphs
/// (and the DOT builder's output for them) did not change between runs. Swift's
/// own `Hasher` is seeded per process, so it cannot serve.
struct Fingerprint {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
    }

    static func of(_ text: String) -> Fingerprint {
        var fingerprint = Fingerprint()
        fingerprint.add(text)
        return fingerprint
    }

    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
