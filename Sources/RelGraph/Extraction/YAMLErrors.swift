import Yams

/// Turns Yams' errors into `FormatError`s with the file, line and column, the
/// way every other input error in RelGraph is reported.
enum YAMLErrors {
    /// A Yams parse error at the line and column the parser reported.
    static func syntaxError(_ error: Error, in yaml: String, fileName: String) -> FormatError {
        func located(_ message: String, _ line: Int, _ column: Int) -> FormatError {
            FormatError(message, at: SourceLocation(file: fileName, line: max(line, 1), column: max(column, 1)))
        }
        func describe(_ problem: String, _ context: YamlError.Context?) -> String {
            guard let context else { return "invalid YAML: \(problem)" }
            return "invalid YAML: \(problem) (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
        }
        guard let yamlError = error as? YamlError else {
            return located("invalid YAML: \(error)", 1, 1)
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            return located(describe(problem, context), mark.line, mark.column)
        case let .reader(problem, offset, _, _):
            let (line, column) = lineAndColumn(ofCharacterOffset: offset ?? 0, in: yaml)
            return located("invalid YAML: \(problem)", line, column)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return located("key \(keys) appears more than once in the same mapping", context.mark.line, context.mark.column)
        default:
            return located("invalid YAML: \(yamlError)", 1, 1)
        }
    }

    static func lineAndColumn(ofCharacterOffset offset: Int, in text: String) -> (Int, Int) {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character.isNewline { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
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
