/// How wide a line of text will be drawn, estimated without a font.
///
/// Why an estimate: the timeline chart is written in pure Swift, and the
/// viewer (a browser, rsvg-convert) picks the font, so the real width cannot
/// be measured. The estimate errs wide: each character counts by its class,
/// with widths at or above DejaVu Sans's (the chart's first font, and one of
/// the widest common sans faces; Verdana is close), so text sized to it is not
/// cut off. DejaVu Sans takes about 0.52 em a character in running text and
/// 0.59 em in bold; this gives about 0.6 and 0.66.
enum TextWidthEstimate {
    /// The width in user units of `text` drawn at `fontSize`.
    static func width(_ text: String, fontSize: Double, bold: Bool = false) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            ems += em(scalar)
        }
        return ems * fontSize * (bold ? 1.1 : 1)
    }

    /// One character's advance in ems, by class.
    private static func em(_ scalar: Unicode.Scalar) -> Double {
        let value = scalar.value
        switch value {
        case 0x0300...0x036F, 0x200B...0x200F: return 0  // combining marks, zero-width
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
            return 1.0  // East Asian wide and emoji
        default: break
        }
        switch scalar {
        case " ": return 0.32
        case "i", "l", "j", "I", "!", "|", ".", ",", ":", ";", "'", "`", "(", ")", "[", "]", "f", "t", "r": return 0.4
        case "m", "w", "M", "W", "@", "%": return 0.95
        case "A"..."Z", "—", "→", "↔", "×": return 0.78
        case "0"..."9": return 0.64
        default: return 0.62
        }
    }
}
