import Foundation

/// Walks the benchmark's command-line arguments: the flag parsers of the render
/// and extraction benchmarks share how a flag's value is taken and checked.
struct ArgumentCursor {
    private var rest: ArraySlice<String>

    init(_ arguments: [String]) {
        rest = arguments[...]
    }

    /// The next flag, or nil at the end.
    mutating func next() -> String? {
        rest.popFirst()
    }

    /// The value after `flag`.
    mutating func value(for flag: String) throws -> String {
        guard let next = rest.popFirst() else { throw BenchmarkError.usage("\(flag) needs a value") }
        return next
    }

    /// The value after `flag`, which must be a positive integer.
    mutating func positive(for flag: String) throws -> Int {
        try Self.positive(value(for: flag), flag)
    }

    /// The value after `flag`, which must be an unsigned integer (a seed).
    mutating func unsigned(for flag: String) throws -> UInt64 {
        let text = try value(for: flag)
        guard let number = UInt64(text) else { throw BenchmarkError.usage("\(flag) needs an unsigned integer, got '\(text)'") }
        return number
    }

    /// What a flag no parser knows ends in: the usage for `--help`/`-h` (exit 0),
    /// else a usage error naming the argument.
    static func unknown(_ argument: String, usage: String) throws -> Never {
        if argument == "--help" || argument == "-h" {
            print(usage)
            exit(0)
        }
        throw BenchmarkError.usage("unknown argument '\(argument)'\n\n\(usage)")
    }

    static func positive(_ text: String, _ flag: String) throws -> Int {
        guard let number = Int(text), number > 0 else {
            throw BenchmarkError.usage("\(flag) needs a positive integer, got '\(text)'")
        }
        return number
    }
}
