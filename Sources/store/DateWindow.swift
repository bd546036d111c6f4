import RelGraph

/// A range of article dates, both ends inclusive and either open: what
/// `--since`/`--until` and a diff's `2016-08-01..2016-08-15` select.
///
/// Dates are ISO (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). A bound names a period:
/// `since` starts on its first day, `until` ends on its last, so `until
/// 2016-08` takes in every day of August. An article dated only by month or
/// year counts as the first day of that period (`2016-08` as 2016-08-01,
/// `2016` as 2016-01-01), which is also where it sorts among dated articles.
///
/// Why the first day, not "any overlap": with one rule for both bounds an
/// article is in or out whichever bound decides (before, `2016-08` fell out of
/// `--since 2016-08-01` but stayed in `--until 2016-08-01`), and consecutive
/// windows (a diff's `2016-08-01..2016-08-15` and `2016-08-16..2016-08-31`)
/// never share an article. Undated articles fall outside any window that has a
/// bound.
public struct DateWindow: Sendable, Hashable, CustomStringConvertible {
    public var since: String?
    public var until: String?

    public init(since: String? = nil, until: String? = nil) throws {
        for bound in [since, until].compactMap({ $0 }) where !DateWindow.isISODate(bound) {
            throw DateWindowError(text: bound)
        }
        if let since, let until, Self.firstDay(since) >= until + "~" {
            throw DateWindowError(text: "\(since)..\(until)", reversed: true)
        }
        self.since = since
        self.until = until
    }

    /// Every article, dated or not.
    public static let all = try! DateWindow()

    /// Reads `A..B`, `A..`, `..B`, or a single date or month `A` (the window of that day or month).
    public init(parsing text: String) throws {
        if let range = text.range(of: "..") {
            let since = String(text[..<range.lowerBound])
            let until = String(text[range.upperBound...])
            try self.init(since: since.isEmpty ? nil : since, until: until.isEmpty ? nil : until)
        } else {
            try self.init(since: text, until: text)
        }
        guard since != nil || until != nil else { throw DateWindowError(text: text) }
    }

    /// Whether an article dated `date` is inside.
    public func contains(_ date: String?) -> Bool {
        if since == nil && until == nil { return true }
        guard let date else { return false }
        let day = Self.firstDay(date)
        if let since, day < Self.firstDay(since) { return false }
        if let until, day >= until + "~" { return false }
        return true
    }

    /// The first day of the period `date` names: `2016-08` -> `2016-08-01`,
    /// `2016` -> `2016-01-01`, a day itself.
    static func firstDay(_ date: String) -> String {
        switch date.utf8.count {
        case 4: return date + "-01-01"
        case 7: return date + "-01"
        default: return date
        }
    }

    /// The SQL condition on the column `column` and its arguments: the same
    /// test as `contains`. A first condition on the column itself lets SQLite
    /// range over the `article_date` index (an article's date is at least the
    /// year of `since`, and below `until` + "~" whenever its first day is); the
    /// second is exact, on the date's first day.
    var sqlCondition: (sql: String, arguments: [String]) {
        var clauses: [String] = []
        var arguments: [String] = []
        let firstDay = "(CASE length(\(column)) WHEN 4 THEN \(column) || '-01-01' WHEN 7 THEN \(column) || '-01' ELSE \(column) END)"
        if let since {
            clauses.append("\(column) >= ? AND \(firstDay) >= ?")
            arguments += [String(since.prefix(4)), Self.firstDay(since)]
        }
        if let until {
            // "~" sorts after digits and "-": until 2016-08 takes in 2016-08-31.
            clauses.append("\(column) < ? AND \(firstDay) < ?")
            arguments += [until + "~", until + "~"]
        }
        return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), arguments)
    }

    private var column: String { "article.date" }

    public var description: String { "\(since ?? "")..\(until ?? "")" }

    /// Whether `text` is exactly `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and a day,
    /// month or year of the calendar (no 2016-13, no 2016-02-30).
    static func isISODate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard [4, 7, 10].contains(bytes.count) else { return false }
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 7 {
                guard byte == UInt8(ascii: "-") else { return false }
            } else {
                guard byte >= 0x30 && byte <= 0x39 else { return false }
            }
        }
        return ArticleDate.iso(text) == text
    }
}

/// A date bound that is not an ISO date of the calendar, or a window that
/// ends before it starts.
public struct DateWindowError: Error, Sendable, CustomStringConvertible {
    /// The bound, or the whole window when `reversed`.
    public var text: String
    /// Both ends are dates, but the window ends before it starts.
    public var reversed = false

    public var description: String {
        if reversed {
            return "the date window \(text) ends before it starts; write the earlier date first"
        }
        return "'\(text)' is not a date or date window; write YYYY-MM-DD, YYYY-MM or YYYY (a day or month of the "
            + "calendar), or FROM..TO (either end may be left out)"
    }
}
