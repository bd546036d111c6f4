/// A range of article dates, both ends inclusive and either open: what
/// `--since`/`--until` and a diff's `2016-08-01..2016-08-15` select.
///
/// Dates are ISO (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) and compare as text, so a
/// bound of `2016-08` as `until` takes in every day of August. Undated articles
/// fall outside any window that has a bound.
public struct DateWindow: Sendable, Hashable, CustomStringConvertible {
    public var since: String?
    public var until: String?

    public init(since: String? = nil, until: String? = nil) throws {
        for bound in [since, until].compactMap({ $0 }) where !DateWindow.isISODate(bound) {
            throw DateWindowError(text: bound)
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
        if let since, date < since { return false }
        if let until, date >= until + "~" { return false }
        return true
    }

    /// The SQL condition on the column `column` and its arguments.
    var sqlCondition: (sql: String, arguments: [String]) {
        var clauses: [String] = []
        var arguments: [String] = []
        if let since {
            clauses.append("\(column) >= ?")
            arguments.append(since)
        }
        if let until {
            // "~" sorts after digits and "-": until 2016-08 takes in 2016-08-31.
            clauses.append("\(column) < ?")
            arguments.append(until + "~")
        }
        return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), arguments)
    }

    private var column: String { "article.date" }

    public var description: String { "\(since ?? "")..\(until ?? "")" }

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
        return true
    }
}

/// A date bound that is not ISO.
public struct DateWindowError: Error, Sendable, CustomStringConvertible {
    public var text: String
    public var description: String {
        "'\(text)' is not a date or date window; write YYYY-MM-DD, YYYY-MM or YYYY, or FROM..TO (either end may be left out)"
    }
}
