/// Text made safe and readable for a terminal, and the ANSI styles the diff and
/// timeline views use.
///
/// Why: evidence quotes come from arbitrary articles and files; a stray escape
/// character in one could recolour or rewrite the user's terminal, and a line
/// break inside a quote would break the view's layout.
public enum TerminalText {
    /// `text` on one line: line breaks and tabs become spaces, other control
    /// characters (C0, DEL, C1, including ESC) are shown as `\u{..}`.
    public static func sanitized(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A, 0x0D, 0x09, 0x2028, 0x2029: result.unicodeScalars.append(" ")
            case 0x00..<0x20, 0x7F..<0xA0: result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` sanitized and cut to at most `limit` characters, with `…` when cut.
    public static func quote(_ text: String, limit: Int = 160) -> String {
        let clean = sanitized(text)
        guard clean.count > limit else { return clean }
        return String(clean.prefix(limit - 1)) + "…"
    }

    /// The styles of the views; `apply` leaves text plain when colour is off.
    public enum Style: String, Sendable {
        case added = "32"
        case removed = "31"
        case changed = "33"
        case header = "1"
        case dim = "2"
        case alert = "1;35"

        /// `text` wrapped in this style's escape codes when `enabled`.
        public func apply(_ text: String, enabled: Bool) -> String {
            enabled ? "\u{1B}[\(rawValue)m\(text)\u{1B}[0m" : text
        }
    }
}
