/// Escaping of user text (actor names, evidence quotes, titles) for XML and HTML,
/// shared by the GraphML and GEXF writers and by the HTML/SVG pictures.
///
/// The output of `escape(_:)` is safe both inside a double- or single-quoted
/// attribute value and in element text content, and an XML 1.0 parser gives back
/// the original string exactly, with two deliberate exceptions:
///
/// - Characters that XML 1.0 forbids outright (U+0000–U+0008, U+000B, U+000C,
///   U+000E–U+001F, U+FFFE, U+FFFF) cannot be written at all, not even as
///   character references, so each is replaced by U+FFFD REPLACEMENT CHARACTER.
///   The document always parses, and the reader can see that something was there.
/// - Nothing else is altered: emoji, Arabic, Cyrillic and every other legal
///   character pass through as UTF-8.
///
/// `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`
/// (`&#39;` rather than `&apos;` so that the same text is valid HTML 4 as well).
/// Carriage return is always written as `&#13;`, because parsers turn a literal CR
/// into LF. Line feed and tab are written as `&#10;` and `&#9;` by default, because
/// attribute-value normalisation turns literal ones into spaces; text content may
/// keep them literal (`keepingLineBreaks: true`) for readability.
public enum XMLEscaping {
    /// What replaces a character that XML 1.0 does not allow.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether XML 1.0 allows `scalar` in a document (the `Char` production).
    /// Swift strings never contain surrogates, so only C0 controls and the two
    /// non-characters U+FFFE and U+FFFF are excluded.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00...0x1F: return false
        case 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// Escapes `text` for an XML (or HTML) attribute value or text content.
    ///
    /// - Parameters:
    ///   - text: User data, written verbatim after parsing.
    ///   - keepingLineBreaks: When true, line feeds and tabs are written literally,
    ///     which is only correct in text content (`<data>…</data>`), never in an
    ///     attribute value. Carriage returns are escaped either way.
    /// - Returns: The escaped text.
    public static func escape(_ text: String, keepingLineBreaks: Bool = false) -> String {
        var output = String.UnicodeScalarView()
        output.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output.append(contentsOf: "&amp;".unicodeScalars)
            case "<": output.append(contentsOf: "&lt;".unicodeScalars)
            case ">": output.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": output.append(contentsOf: "&quot;".unicodeScalars)
            case "'": output.append(contentsOf: "&#39;".unicodeScalars)
            case "\r": output.append(contentsOf: "&#13;".unicodeScalars)
            case "\n":
                if keepingLineBreaks { output.append(scalar) } else { output.append(contentsOf: "&#10;".unicodeScalars) }
            case "\t":
                if keepingLineBreaks { output.append(scalar) } else { output.append(contentsOf: "&#9;".unicodeScalars) }
            default:
                output.append(isAllowed(scalar) ? scalar : replacement)
            }
        }
        return String(output)
    }
}

extension String {
    /// This string escaped for an XML or HTML attribute value or text content;
    /// see `XMLEscaping.escape(_:keepingLineBreaks:)`.
    public var xmlEscaped: String { XMLEscaping.escape(self) }
}
