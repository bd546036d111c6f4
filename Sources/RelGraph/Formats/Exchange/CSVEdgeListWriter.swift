/// Writes a stance graph as a CSV edge list (RFC 4180), one row per stance, for
/// spreadsheets, pandas, R and any tool that loads a table of edges.
///
/// Format:
///
/// - Header row: `source,source_name,target,target_name,kind,polarity,symmetric,count,evidence`
///   (see `header`), then one row per stance in graph order. Actors without
///   stances do not appear.
/// - `source` / `target` are actor ids, `*_name` their display names; `symmetric`
///   is `true` or `false`; `count` is a decimal integer; `evidence` is every quote
///   joined by `" | "` (empty when there is none).
/// - Fields are quoted when they contain a comma, a double quote, CR or LF; double
///   quotes inside are doubled. Other fields are written bare.
/// - Lines end in LF (`\n`), including the last one, not the CRLF RFC 4180
///   prescribes: every spreadsheet and CSV library reads LF, it diffs cleanly, and
///   line breaks inside quoted evidence are LF as well. The text is UTF-8 without
///   a byte-order mark.
///
/// Formula-injection guard: a spreadsheet treats a cell that starts with `=`, `+`,
/// `-` or `@` (and, in some programs, tab or CR) as a formula, so an actor named
/// `=HYPERLINK(…)` in an article could run in the user's spreadsheet. Every such
/// cell gets a leading apostrophe (`'=HYPERLINK(…)`), which spreadsheets show as
/// text. To keep the guard reversible, a cell that itself starts with an
/// apostrophe gets one more. A program reading the file exactly can therefore
/// undo the guard by removing one leading apostrophe from every cell that has one.
public enum CSVEdgeListWriter {
    /// The header row's fields, in column order.
    public static let header = [
        "source", "source_name", "target", "target_name",
        "kind", "polarity", "symmetric", "count", "evidence",
    ]
    /// Separator between evidence quotes in the `evidence` column.
    public static let evidenceSeparator = " | "
    /// First characters that make a spreadsheet evaluate a cell as a formula.
    public static let formulaTriggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// Returns the CSV text for `graph`: the header, then one row per stance,
    /// each line ending in LF.
    public static func write(_ graph: StanceGraph) -> String {
        var out = row(header)
        for stance in graph.stances {
            let source = graph.actor(id: stance.source)
            let target = graph.actor(id: stance.target)
            out += row([
                stance.source,
                source?.name ?? stance.source,
                stance.target,
                target?.name ?? stance.target,
                stance.kind.rawValue,
                stance.polarity.rawValue,
                stance.kind.isSymmetric ? "true" : "false",
                String(stance.count),
                stance.evidence.map(\.text).joined(separator: evidenceSeparator),
            ])
        }
        return out
    }

    /// Applies the formula-injection guard to one cell's value: a leading
    /// apostrophe when it starts with a formula trigger or an apostrophe.
    public static func guardFormula(_ value: String) -> String {
        guard let first = value.unicodeScalars.first else { return value }
        if first == "'" || formulaTriggers.contains(Character(first)) {
            return "'" + value
        }
        return value
    }

    /// One cell as written: guarded, then quoted when RFC 4180 requires it.
    public static func field(_ value: String) -> String {
        let guarded = guardFormula(value)
        let needsQuotes = guarded.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return guarded }
        return "\"" + guarded.replacingAll("\"", with: "\"\"") + "\""
    }

    private static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }
}

private extension String {
    /// Replaces every occurrence of one scalar, without Foundation. Works on
    /// scalars, not characters, so a quote followed by a combining mark is still
    /// doubled.
    func replacingAll(_ scalar: Unicode.Scalar, with replacement: String) -> String {
        var result = String.UnicodeScalarView()
        for s in unicodeScalars {
            if s == scalar { result.append(contentsOf: replacement.unicodeScalars) } else { result.append(s) }
        }
        return String(result)
    }
}
