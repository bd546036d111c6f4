/// An article's date as RelGraph keeps it: ISO `YYYY-MM-DD`, `YYYY-MM` or
/// `YYYY`, read from the forms dates come in.
///
/// Why more than ISO: headers and feeds write "24 August 2016" and "August
/// 24, 2016" as often as 2016-08-24, and a date that is not read leaves the
/// article out of every date window. What is read: ISO (`2016-08-24`,
/// `2016-08`, `2016`, a time after the day dropped: `2016-08-24T10:00Z`), ISO's
/// compact `20160824`, a day and month name (`24 August 2016`, `24 Aug. 2016`,
/// `August 24, 2016`, `Aug 24th 2016`, optionally after a weekday: `Wednesday,
/// 24 August 2016`) and a month name and year (`August 2016`). Every date is
/// checked against the calendar (no 2016-13-45, no 2015-02-29); anything else
/// is not a date, and the caller keeps the text (an article header's
/// `extra["date"]`) and says so.
public enum ArticleDate {
    /// The ISO form of `value`, or nil when it is not a date.
    public static func iso(_ value: String) -> String? {
        let text = String(value.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
        guard let first = text.utf8.first else { return nil }
        if first >= 0x30 && first <= 0x39, let date = numeric(Array(text.utf8)) { return date }
        return written(text)
    }

    /// Days in `month` (1-12) of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` from its parts, or nil when they make no date.
    static func format(year: Int, month: Int?, day: Int?) -> String? {
        guard (0...9999).contains(year) else { return nil }
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        let yearText = String(repeating: "0", count: 4 - String(year).count) + String(year)
        guard let month else { return day == nil ? yearText : nil }
        guard (1...12).contains(month) else { return nil }
        guard let day else { return "\(yearText)-\(two(month))" }
        guard (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        return "\(yearText)-\(two(month))-\(two(day))"
    }

    /// ISO's extended and compact forms.
    private static func numeric(_ bytes: [UInt8]) -> String? {
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var number = 0
            for byte in bytes[range] {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                number = number * 10 + Int(byte - 0x30)
            }
            return number
        }
        guard let year = digits(0..<4) else { return nil }
        if bytes.count == 4 { return format(year: year, month: nil, day: nil) }
        if bytes.count == 8, let month = digits(4..<6), let day = digits(6..<8) {
            return format(year: year, month: month, day: day)
        }
        guard bytes[4] == 0x2D, bytes.count >= 7, let month = digits(5..<7) else { return nil }
        if bytes.count == 7 { return format(year: year, month: month, day: nil) }
        guard bytes[7] == 0x2D, let day = digits(8..<10) else { return nil }
        // A time may follow the day (`T10:00Z`, ` 10:00`); it is dropped.
        guard bytes.count == 10 || bytes[10] == 0x54 || bytes[10] == 0x20 else { return nil }
        return format(year: year, month: month, day: day)
    }

    private static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    private static let weekdays: Set<String> = {
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        return Set(names + names.map { String($0.prefix(3)) })
    }()

    /// `24 August 2016`, `August 24, 2016`, `August 2016`, after an optional weekday.
    private static func written(_ text: String) -> String? {
        var words = text.lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
            .map { $0.hasSuffix(".") ? String($0.dropLast()) : String($0) }
        if let first = words.first, weekdays.contains(first) { words.removeFirst() }
        func day(_ word: String) -> Int? {
            var digits = word
            for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
                digits = String(digits.dropLast(2))
                break
            }
            guard (1...2).contains(digits.count) else { return nil }
            return Int(digits)
        }
        func year(_ word: String) -> Int? { word.count == 4 ? Int(word) : nil }
        switch words.count {
        case 2:
            guard let month = months[words[0]], let year = year(words[1]) else { return nil }
            return format(year: year, month: month, day: nil)
        case 3:
            guard let year = year(words[2]) else { return nil }
            if let month = months[words[1]], let day = day(words[0]) {
                return format(year: year, month: month, day: day)
            }
            if let month = months[words[0]], let day = day(words[1]) {
                return format(year: year, month: month, day: day)
            }
            return nil
        default:
            return nil
        }
    }
}
