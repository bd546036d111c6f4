/// Order statistics of a set of timings.
///
/// Why medians and percentiles rather than means: a layout occasionally takes
/// much longer because of the machine (scheduling, page faults, another build),
/// and one such outlier should not move the headline figures.
struct Summary {
    let count: Int
    let minimum: Double
    let median: Double
    let p95: Double
    let mean: Double
    let maximum: Double
    let total: Double

    init(_ samples: [Double]) {
        precondition(!samples.isEmpty, "no samples")
        let sorted = samples.sorted()
        count = sorted.count
        minimum = sorted.first!
        maximum = sorted.last!
        median = Self.percentile(sorted, 0.5)
        p95 = Self.percentile(sorted, 0.95)
        total = sorted.reduce(0, +)
        mean = total / Double(sorted.count)
    }

    /// The `fraction` quantile of sorted samples, interpolating linearly between ranks.
    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        guard sorted.count > 1 else { return sorted[0] }
        let position = fraction * Double(sorted.count - 1)
        let lower = Int(position)
        let upper = min(lower + 1, sorted.count - 1)
        let weight = position - Double(lower)
        return sorted[lower] * (1 - weight) + sorted[upper] * weight
    }
}

/// The median of samples; the figure most comparisons use.
func median(_ samples: [Double]) -> Double {
    Summary(samples).median
}
