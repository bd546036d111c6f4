/// Times one piece of work on the monotonic clock, in milliseconds.
///
/// Why a wrapper: every measurement in the benchmark goes through the same clock
/// and the same unit, so the wrapper and the direct path are timed identically.
enum Stopwatch {
    private static let clock = ContinuousClock()

    /// Runs `body` once and returns its result and how long it took.
    static func measure<T>(_ body: () throws -> T) rethrows -> (result: T, milliseconds: Double) {
        let start = clock.now
        let result = try body()
        let elapsed = start.duration(to: clock.now)
        return (result, elapsed.milliseconds)
    }
}

extension Duration {
    var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1_000 + Double(attoseconds) / 1e15
    }
}
