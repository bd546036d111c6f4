import Yams

/// Turns Yams' errors into `FormatError`s with the file, line and column, the
/// way every other input error in RelGraph is reported.
enum YAMLErrors {
    static func formatError(_ error: YamlError, fileName: String) -> FormatError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return FormatError("invalid YAML: \(problem)", at: SourceLocation(file: fileName, line: mark.line, column: mark.column))
        default:
            return FormatError("invalid YAML: \(error)", at: SourceLocation(file: fileName, line: 1, column: 1))
        }
    }

    static func formatError(_ error: DecodingError, in yaml: String, fileName: String) -> FormatError {
        let path: [CodingKey]
        let message: String
        switch error {
        case .typeMismatch(let type, let context):
            path = context.codingPath
            message = "expected \(type == String.self ? "a string" : "a value of type \(type)")"
        case .valueNotFound(_, let context):
            path = context.codingPath
            message = "a value is missing"
        case .keyNotFound(let key, let context):
            path = context.codingPath
            message = "missing field '\(key.stringValue)'"
        case .dataCorrupted(let context):
            path = context.codingPath
            message = context.debugDescription
        @unknown default:
            path = []
            message = "\(error)"
        }
        let field = path.last(where: { $0.intValue == nil })?.stringValue
        let where_ = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        let place = field.map { Self.location(of: "\($0):", in: yaml, fileName: fileName) }
            ?? SourceLocation(file: fileName, line: 1, column: 1)
        return FormatError("\(where_.isEmpty ? "document" : String(where_.dropFirst())): \(message)", at: place)
    }

    /// The first line containing `needle`, as a location; line 1 when absent.
    static func location(of needle: String, in text: String, fileName: String) -> SourceLocation {
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: needle) {
                return SourceLocation(file: fileName, line: offset + 1, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return SourceLocation(file: fileName, line: 1, column: 1)
    }
}
