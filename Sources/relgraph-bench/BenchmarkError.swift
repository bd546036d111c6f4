/// Failures that stop the benchmark (and make it exit non-zero). Missed
/// performance targets are not errors: they are reported in the table.
enum BenchmarkError: Error, CustomStringConvertible {
    case usage(String)
    case graphviz(String)
    case childProcess(String)

    var description: String {
        switch self {
        case .usage(let message): return "usage error: \(message)"
        case .graphviz(let message): return "Graphviz error: \(message)"
        case .childProcess(let message): return "child process error: \(message)"
        }
    }
}
