/// A small, fast pseudo-random generator (SplitMix64) with a fixed seed.
///
/// Why not `SystemRandomNumberGenerator`: the benchmark must measure the same
/// graphs on every run and every machine, so figures can be compared over time.
/// The helpers below do their own arithmetic instead of calling
/// `Int.random(in:using:)` or `shuffle(using:)`, whose algorithms the standard
/// library does not promise to keep, so the graphs stay the same across Swift
/// releases too.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range` (the modulo bias is negligible for small ranges).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % width)
    }

    /// A uniform index below `count`.
    mutating func index(below count: Int) -> Int {
        int(in: 0...(count - 1))
    }

    /// A uniform double in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[index(below: items.count)]
    }

    /// An index drawn with the given (non-negative, not all zero) weights.
    mutating func weightedIndex(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var remaining = unit() * total
        for (index, weight) in weights.enumerated() {
            remaining -= weight
            if remaining < 0 { return index }
        }
        return weights.count - 1
    }

    /// The elements in a random order (Fisher-Yates).
    mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        var index = result.count - 1
        while index > 0 {
            result.swapAt(index, int(in: 0...index))
            index -= 1
        }
        return result
    }
}

/// Draws indices with fixed weights many times: the cumulative sums are built once
/// and each draw is a binary search, so sampling thousands of stances over a
/// thousand actors stays cheap.
struct WeightedSampler {
    private let cumulative: [Double]

    init(weights: [Double]) {
        var running = 0.0
        cumulative = weights.map { weight in
            running += weight
            return running
        }
    }

    func draw(using generator: inout SeededGenerator) -> Int {
        draw(amongFirst: cumulative.count, using: &generator)
    }

    /// A draw restricted to the first `count` indices, with their weights.
    func draw(amongFirst count: Int, using generator: inout SeededGenerator) -> Int {
        let target = generator.unit() * cumulative[count - 1]
        var low = 0
        var high = count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] > target { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
