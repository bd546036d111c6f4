import Foundation
import XCTest
@testable import RelGraph

final class JSONStringLiteralTests: XCTestCase {
    func testAnyTextReadsBackExactly() throws {
        for text in ["plain", "quote \" and \\ backslash", "line\nbreak\ttab\r", "bell \u{07} and nul \u{00}", "Erdoğan “quoted” 😀", ""] {
            let literal = JSONStringLiteral.quoted(text)
            let decoded = try JSONDecoder().decode(String.self, from: Data(literal.utf8))
            XCTAssertEqual(decoded, text, literal)
        }
    }

    func testControlCharactersAreEscapedWithFourHexDigits() {
        XCTAssertEqual(JSONStringLiteral.quoted("\u{01}"), "\"\\u0001\"")
        XCTAssertEqual(JSONStringLiteral.quoted("\u{1f}"), "\"\\u001f\"")
    }
}
