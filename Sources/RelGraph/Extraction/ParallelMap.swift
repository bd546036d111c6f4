import Dispatch
import Foundation

/// Runs `count` independent pieces of work on at most `width` threads and
/// returns their results in index order; how batches of articles are extracted
/// on all cores (the CLI's folders and JSON-lines streams, the benchmark). Workers take the next index from a
/// shared counter, so a slow piece does not hold up the others.
public enum ParallelMap {
    public static func run<Result: Sendable>(_ count: Int, width: Int, _ body: @escaping @Sendable (Int) -> Result) -> [Result] {
        guard count > 0 else { return [] }
        let slots = Slots<Result>(count)
        let workers = max(1, min(width, count))
        if workers == 1 {
            for index in 0..<count { slots.store(body(index), at: index) }
        } else {
            let next = Counter()
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let index = next.take(below: count) {
                    slots.store(body(index), at: index)
                }
            }
        }
        return slots.values()
    }

    /// The shared "next index" counter.
    private final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()

        func take(below limit: Int) -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard value < limit else { return nil }
            value += 1
            return value - 1
        }
    }

    /// One slot per result; each is written by exactly one worker.
    private final class Slots<Value>: @unchecked Sendable {
        private var storage: [Value?]
        private let lock = NSLock()

        init(_ count: Int) { storage = Array(repeating: nil, count: count) }

        func store(_ value: Value, at index: Int) {
            lock.lock()
            storage[index] = value
            lock.unlock()
        }

        func values() -> [Value] {
            lock.lock()
            defer { lock.unlock() }
            return storage.map { $0! }
        }
    }
}
