/// A string written as a JSON string literal, by hand: for the few places that
/// write small JSON texts themselves (the store's alias lists, the benchmarks'
/// JSON-lines streams) where `JSONEncoder` costs more than the work around it.
public enum JSONStringLiteral {
    /// `text` quoted and escaped (quotes, backslashes, control characters), so
    /// any JSON reader gives back `text` exactly.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
