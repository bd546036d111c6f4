/// One line of a progress display, as text: what `ProgressReporter` redraws on
/// the terminal. Pure (counts and seconds in, a string out), so its formatting
/// is tested without a terminal or a clock.
///
/// With a known total (a folder's article count, or the byte size of the input
/// files) the line has a bar, a percentage and an ETA:
///
///     extracting [#######.............]  35%  3,500/10,000 articles  2,100 articles/s  4.2 MB/s  ETA 0:03
///
/// without one (standard input from a pipe), the count, the rates and the time
/// so far. Parts are dropped, least useful first, so the line never reaches the
/// terminal's last column (which would wrap it and break the `\r` redraw).
struct ProgressLine: Equatable {
    /// What is being done, as a present participle ("extracting").
    var verb: String
    /// Articles done.
    var articles: Int
    /// Input bytes done.
    var bytes: Int
    /// Seconds since the start.
    var seconds: Double
    /// Articles in all, when known (a folder).
    var totalArticles: Int?
    /// Input bytes in all, when known (files, or standard input redirected from one).
    var totalBytes: Int?

    /// How far along, 0...1, when a total is known: by articles if their number
    /// is known, else by bytes.
    var fraction: Double? {
        if let totalArticles, totalArticles > 0 { return min(1, Double(articles) / Double(totalArticles)) }
        if let totalBytes, totalBytes > 0 { return min(1, Double(bytes) / Double(totalBytes)) }
        return nil
    }

    /// Seconds left at the rate so far; nil without a total or before any progress.
    var secondsLeft: Double? {
        guard let fraction, fraction > 0, seconds > 0 else { return nil }
        return seconds * (1 - fraction) / fraction
    }

    /// The line, at most `width - 1` characters.
    func render(width: Int) -> String {
        let limit = max(1, width - 1)
        var count = "\(Self.grouped(articles))"
        if let totalArticles { count += "/\(Self.grouped(totalArticles))" }
        count += " articles"
        // In the order they are given up when the line is too long: last first.
        var parts = [count]
        var percent: String?
        if let fraction { percent = Self.padded("\(Int((fraction * 100).rounded(.down)))%", to: 4) }
        parts.append("\(Self.rate(Double(articles), seconds)) articles/s")
        parts.append("\(Self.rate(Double(bytes) / 1e6, seconds)) MB/s")
        if fraction != nil {
            parts.append("ETA " + (secondsLeft.map(Self.clock) ?? "--:--"))
        } else {
            parts.append(Self.clock(seconds) + " elapsed")
        }
        while true {
            var line = verb
            if let percent { line += " " + percent }
            line += "  " + parts.joined(separator: "  ")
            if line.count <= limit {
                // A bar in what room is left, between the verb and the rest.
                if let fraction {
                    let room = limit - line.count - 3
                    if room >= 10 {
                        let size = min(30, room)
                        let filled = Int((fraction * Double(size)).rounded(.down))
                        let bar = " [" + String(repeating: "#", count: filled) + String(repeating: ".", count: size - filled) + "]"
                        line.insert(contentsOf: bar, at: line.index(line.startIndex, offsetBy: verb.count))
                    }
                }
                return line
            }
            guard parts.count > 1 else { return String(line.prefix(limit)) }
            parts.removeLast()
        }
    }

    /// The line left when the work is done: what was done, in how long, how fast.
    func summary(done: String) -> String {
        "\(done) \(Self.grouped(articles)) article\(articles == 1 ? "" : "s") (\(Self.megabytes(bytes))) in "
            + "\(Self.duration(seconds)): \(Self.rate(Double(articles), seconds)) articles/s, "
            + "\(Self.rate(Double(bytes) / 1e6, seconds)) MB/s"
    }

    /// 1234567 as "1,234,567" (always commas: the line is not localised).
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    /// `amount / seconds` with as many decimals as are worth reading:
    /// "0.42", "4.2", "42", "4,200"; "0" before any time has passed.
    static func rate(_ amount: Double, _ seconds: Double) -> String {
        guard seconds > 0, amount > 0 else { return "0" }
        let rate = amount / seconds
        if rate < 1 { return fixed(rate, decimals: 2) }
        if rate < 10 { return fixed(rate, decimals: 1) }
        return grouped(Int(rate.rounded()))
    }

    /// Seconds as a clock: "0:07", "12:03", "1:02:03".
    static func clock(_ seconds: Double) -> String {
        let total = Int(max(0, seconds).rounded(.up))
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        let ss = rest < 10 ? "0\(rest)" : "\(rest)"
        if hours > 0 { return "\(hours):\(minutes < 10 ? "0" : "")\(minutes):\(ss)" }
        return "\(minutes):\(ss)"
    }

    /// A run's length: "0.42 s", "4.2 s", "42 s", then as a clock from a minute on.
    static func duration(_ seconds: Double) -> String {
        if seconds < 1 { return fixed(seconds, decimals: 2) + " s" }
        if seconds < 10 { return fixed(seconds, decimals: 1) + " s" }
        if seconds < 60 { return "\(Int(seconds.rounded())) s" }
        return clock(seconds)
    }

    /// Bytes as "512 B", "42.0 kB", "4.2 MB", "1.2 GB" (powers of 1000).
    static func megabytes(_ bytes: Int) -> String {
        let value = Double(bytes)
        if value < 1e3 { return "\(bytes) B" }
        if value < 1e6 { return fixed(value / 1e3, decimals: 1) + " kB" }
        if value < 1e9 { return fixed(value / 1e6, decimals: 1) + " MB" }
        return fixed(value / 1e9, decimals: 1) + " GB"
    }

    /// `value` with `decimals` decimals, rounded, without Foundation's locale.
    static func fixed(_ value: Double, decimals: Int) -> String {
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((value * Double(scale)).rounded())
        let whole = scaled / scale
        guard decimals > 0 else { return grouped(whole) }
        let fraction = String(scaled % scale)
        return grouped(whole) + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    private static func padded(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
