import XCTest
@testable import RelGraph

/// Asserts that `body` throws a `FormatError` at exactly `file:line:column` whose
/// message equals `message` (or, with `containing`, includes each fragment).
/// Returns the error for further checks.
@discardableResult
func assertFormatError<T>(
    _ body: @autoclosure () throws -> T,
    file fileName: String = "<input>", line: Int, column: Int,
    message: String? = nil, containing fragments: [String] = [],
    sourceFile: StaticString = #filePath, sourceLine: UInt = #line
) -> FormatError? {
    var caught: FormatError?
    XCTAssertThrowsError(try body(), file: sourceFile, line: sourceLine) { error in
        guard let formatError = error as? FormatError else {
            XCTFail("expected a FormatError, got \(type(of: error)): \(error)", file: sourceFile, line: sourceLine)
            return
        }
        caught = formatError
        XCTAssertEqual(formatError.location, SourceLocation(file: fileName, line: line, column: column),
                       "location of: \(formatError.message)", file: sourceFile, line: sourceLine)
        if let message {
            XCTAssertEqual(formatError.message, message, file: sourceFile, line: sourceLine)
        }
        for fragment in fragments {
            XCTAssertTrue(formatError.message.contains(fragment),
                          "'\(formatError.message)' lacks '\(fragment)'", file: sourceFile, line: sourceLine)
        }
        XCTAssertEqual(formatError.description, "\(fileName):\(line):\(column): error: \(formatError.message)",
                       file: sourceFile, line: sourceLine)
    }
    return caught
}
