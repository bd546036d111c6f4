import Foundation

/// A progress bar on standard error for long runs (`extract` over folders and
/// JSON lines, `ingest`): redrawn in place with `\r`, at most ten times a
/// second, cleared at the end and replaced by a one-line summary.
///
/// Why standard error, and only on a terminal: standard output carries the
/// graphs (JSON lines) or the command's result, and a log file or a pipe (Spark,
/// Hadoop, GNU parallel collect standard error) must not fill with redraws. So
/// it is silent when standard error is not a terminal, with `--quiet`, or with
/// `TERM=dumb`. What it prints comes from the pure `ProgressLine`.
///
/// Thread-safe: the workers of a folder extraction advance it as they finish.
final class ProgressReporter: @unchecked Sendable {
    private let lock = NSLock()
    private var line: ProgressLine
    private let done: String
    private let enabled: Bool
    private let sink: (String) -> Void
    private let now: () -> Double
    private let width: () -> Int
    private let start: Double
    private var lastDraw = -Double.infinity
    private var drawn = false

    /// Redraws at most this often, in seconds.
    static let interval = 0.1

    /// A reporter; `verb` is shown while working ("extracting"), `done` in the
    /// summary ("extracted"). `sink`, `now` and `width` are for tests.
    init(verb: String, done: String, enabled: Bool, totalArticles: Int? = nil, totalBytes: Int? = nil,
         sink: @escaping (String) -> Void = { StandardError.write($0) },
         now: @escaping () -> Double = ProgressReporter.monotonicSeconds,
         width: @escaping () -> Int = ProgressReporter.terminalWidth) {
        line = ProgressLine(verb: verb, articles: 0, bytes: 0, seconds: 0,
                            totalArticles: totalArticles, totalBytes: totalBytes)
        self.done = done
        self.enabled = enabled
        self.sink = sink
        self.now = now
        self.width = width
        start = now()
    }

    /// A reporter on standard error, enabled when it is a terminal and not `quiet`.
    static func standardError(verb: String, done: String, quiet: Bool,
                              totalArticles: Int? = nil, totalBytes: Int? = nil) -> ProgressReporter {
        ProgressReporter(verb: verb, done: done, enabled: !quiet && isEnabledOnStandardError,
                         totalArticles: totalArticles, totalBytes: totalBytes)
    }

    /// Whether standard error is a terminal that can redraw a line.
    static var isEnabledOnStandardError: Bool {
        isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// Adds `articles` articles of `bytes` input bytes; redraws if the last
    /// redraw is more than `interval` old.
    func advance(articles: Int, bytes: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        line.articles += articles
        line.bytes += bytes
        let time = now()
        guard time - lastDraw >= Self.interval else { return }
        lastDraw = time
        line.seconds = time - start
        sink("\r" + line.render(width: width()) + "\u{1B}[K")
        drawn = true
    }

    /// Clears the bar and prints the summary line.
    func finish() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        line.seconds = now() - start
        sink((drawn ? "\r\u{1B}[K" : "") + line.summary(done: done) + "\n")
        drawn = false
    }

    /// Clears the bar without a summary (before an error message, say).
    func clear() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        if drawn { sink("\r\u{1B}[K") }
        drawn = false
    }

    static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Standard error's columns, 80 when it does not say.
    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    /// The byte size of the JSON-lines inputs when all are regular files
    /// (standard input included when redirected from one), else nil.
    static func totalBytes(ofInputs inputs: [String]) -> Int? {
        var total = 0
        for input in inputs.isEmpty ? ["-"] : inputs {
            var info = stat()
            let result = input == "-" ? fstat(STDIN_FILENO, &info) : stat(input, &info)
            guard result == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            var size = Int(info.st_size)
            if input == "-" { size -= max(0, Int(lseek(STDIN_FILENO, 0, SEEK_CUR))) }
            total += size
        }
        return total
    }
}
