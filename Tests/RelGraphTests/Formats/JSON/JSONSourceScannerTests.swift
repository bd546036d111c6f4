import XCTest
@testable import RelGraph

final class JSONSourceScannerTests: XCTestCase {
    private typealias Scanner = JSONSourceScanner

    /// Asserts that validation fails with `message` at byte `offset`.
    private func assertSyntaxError(_ text: String, _ message: String, at offset: Int,
                                   file: StaticString = #filePath, line: UInt = #line) {
        do {
            try Scanner.validate(text)
            XCTFail("expected a syntax error in \(text.debugDescription)", file: file, line: line)
        } catch {
            XCTAssertEqual(error.message, message, text.debugDescription, file: file, line: line)
            XCTAssertEqual(error.offset, offset, text.debugDescription, file: file, line: line)
        }
    }

    // MARK: Validation

    func testValidDocuments() {
        let documents = [
            "{}", "[]", "\"text\"", "42", "-0", "0", "0.5", "-1.25e+10", "2E-3", "1e5", "true", "false", "null",
            #"{"a": [1, -0, 0.5, true, false, null, {}, [], {"b": [[]]}]}"#,
            #""\u00e9\u00E9\/\"\\\b\f\n\r\t \uD83D\uDE00""#,
            " \t\r\n{ \"a\" : 1 ,\r\n \"b\" : [ 1 , 2 ] }\n\n",
            "\u{FEFF}{\"a\": 1}",
            "\"😀 é Россия\"",
        ]
        for document in documents {
            XCTAssertNoThrow(try Scanner.validate(document), document.debugDescription)
            // Foundation agrees that these are JSON.
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(document.utf8), options: .fragmentsAllowed),
                             document.debugDescription)
        }
    }

    func testStructureErrors() {
        let value = "expected a value (object, array, string, number, true, false or null)"
        assertSyntaxError("", "expected a value, found the end of the document", at: 0)
        assertSyntaxError("  \n", "expected a value, found the end of the document", at: 3)
        assertSyntaxError("[1,]", value, at: 3)
        assertSyntaxError("[1 2]", "expected ',' or ']' after an array element", at: 3)
        assertSyntaxError("[1", "expected ',' or ']' after an array element", at: 2)
        assertSyntaxError(#"{"a": 1,}"#, "expected a quoted key", at: 8)
        assertSyntaxError("{1: 2}", "expected a quoted key", at: 1)
        assertSyntaxError(#"{"a" 1}"#, #"expected ':' after the key "a""#, at: 5)
        assertSyntaxError(#"{"a": 1 "b": 2}"#, "expected ',' or '}' after an object member", at: 8)
        assertSyntaxError(#"{"a": }"#, value, at: 6)
        assertSyntaxError("{} {}", "expected the end of the document after the top-level value", at: 3)
        assertSyntaxError("truex", "expected the end of the document after the top-level value", at: 4)
        assertSyntaxError("tru", value, at: 0)
        assertSyntaxError("[nul]", value, at: 1)
        assertSyntaxError("'a'", value, at: 0)
        assertSyntaxError("\u{FEFF}x", value, at: 3)
    }

    func testStringErrors() {
        assertSyntaxError(#""abc"#, "unterminated string", at: 0)
        assertSyntaxError(#"["ok", "abc\"#, "unterminated string", at: 7)
        assertSyntaxError("[\"a\nb\"]", "unterminated string", at: 1)
        assertSyntaxError("[\"a\rb\"]", "unterminated string", at: 1)
        assertSyntaxError("\"a\u{1}\"", "control character in a string; escape it (\\n, \\t, \\u0000)", at: 2)
        assertSyntaxError("\"a\tb\"", "control character in a string; escape it (\\n, \\t, \\u0000)", at: 2)
        assertSyntaxError(#"{"a": "\q"}"#, "invalid escape in a string", at: 7)
        assertSyntaxError(#""\u12G4""#, "expected four hex digits after \\u", at: 1)
        assertSyntaxError(#""\u12""#, "expected four hex digits after \\u", at: 1)
        assertSyntaxError(#""é\uD800""#, "\\u escape with a lone surrogate", at: 3)
        assertSyntaxError(#""\uDE00x""#, "\\u escape with a lone surrogate", at: 1)
        assertSyntaxError(#""\uD83D\u0041""#, "\\u escape with a lone surrogate", at: 1)
    }

    func testNumberErrors() {
        assertSyntaxError("-", "expected digits in a number", at: 0)
        assertSyntaxError("[-a]", "expected digits in a number", at: 1)
        assertSyntaxError("1.", "expected digits after '.'", at: 2)
        assertSyntaxError("1.e3", "expected digits after '.'", at: 2)
        assertSyntaxError("1e+", "expected digits in an exponent", at: 3)
        assertSyntaxError("01", "a number must not have a leading zero", at: 0)
        assertSyntaxError("[1, -007]", "a number must not have a leading zero", at: 4)
        assertSyntaxError("+1", "expected a value (object, array, string, number, true, false or null)", at: 0)
        assertSyntaxError(".5", "expected a value (object, array, string, number, true, false or null)", at: 0)
    }

    func testEverySyntaxErrorIsOneFoundationRejects() {
        // (Foundation on Linux lets a trailing comma pass; the scanner follows RFC 8259.)
        for document in ["{\"a\" 1}", "\"abc", "01", "-", "1.", "{} {}", "\"\\q\"", "\"\\uD800\"", "[\"a\nb\"]"] {
            XCTAssertThrowsError(try Scanner.validate(document))
            XCTAssertThrowsError(try JSONSerialization.jsonObject(with: Data(document.utf8), options: .fragmentsAllowed),
                                 document.debugDescription)
        }
    }

    // MARK: Paths

    func testOffsetOfPath() throws {
        let text = #"{"a": {"b": [10, {"c": "x"}]}, "d": null, "a": 2}"#
        func offset(_ path: [Scanner.PathComponent]) -> Int? { Scanner.offset(of: path, in: text) }
        func at(_ fragment: String) -> Int { text.utf8.count - text[text.range(of: fragment)!.lowerBound...].utf8.count }
        XCTAssertEqual(offset([]), 0)
        XCTAssertEqual(offset([.key("a")]), at(#"{"b""#), "the first of two equal keys")
        XCTAssertEqual(offset([.key("a"), .key("b")]), at("[10"))
        XCTAssertEqual(offset([.key("a"), .key("b"), .index(0)]), at("10"))
        XCTAssertEqual(offset([.key("a"), .key("b"), .index(1), .key("c")]), at(#""x""#))
        XCTAssertEqual(offset([.key("d")]), at("null"))
        // A path that does not exist gives the deepest value on it that does.
        XCTAssertEqual(offset([.key("a"), .key("b"), .index(5), .key("c")]), at("[10"))
        XCTAssertEqual(offset([.key("zz")]), 0)
        XCTAssertEqual(Scanner.offset(of: [], in: "  \n [1]"), 4)
        XCTAssertEqual(Scanner.offset(of: [.index(0)], in: "\u{FEFF}[1]"), 4)
        XCTAssertNil(Scanner.offset(of: [], in: "[1,"))
    }

    func testKeysWithEscapesMatchDecodedNames() {
        // The decoder reports the key "a\nb"; the scanner must find it under that name.
        let text = #"{"a\nb": 1, "\u0063ount": 2, "\"q\"": 3, "\uD83D\uDE00": 4}"#
        XCTAssertEqual(Scanner.offset(of: [.key("a\nb")], in: text), 9)
        XCTAssertEqual(Scanner.offset(of: [.key("count")], in: text), 26)
        XCTAssertEqual(Scanner.offset(of: [.key("\"q\"")], in: text), 38)
        XCTAssertEqual(Scanner.offset(of: [.key("😀")], in: text), 57)
        XCTAssertEqual(Array(text.utf8)[57], UInt8(ascii: "4"))
    }

    func testDecodeErrorInAnEscapedExtraKeyPointsAtTheValue() {
        let text = "{\"metadata\": {\"extra\": {\"a\\nb\": 5}}}"
        assertFormatError(try JSONGraphFormat().decode(text), line: 1, column: 33,
                          message: "metadata.extra.a\nb: expected a string")
    }

    // MARK: Lines and columns

    func testLineAndColumn() {
        let text = "ab\ncd\r\né🇷🇺👨‍👩‍👧e\u{301}x\n\n"
        func position(_ offset: Int) -> [Int] {
            let result = Scanner.lineAndColumn(ofOffset: offset, in: text)
            return [result.line, result.column]
        }
        XCTAssertEqual(position(0), [1, 1])
        XCTAssertEqual(position(1), [1, 2])
        XCTAssertEqual(position(2), [1, 3], "the line break itself")
        XCTAssertEqual(position(3), [2, 1])
        XCTAssertEqual(position(5), [2, 3], "CR of a CRLF")
        XCTAssertEqual(position(7), [3, 1])
        // é (2 bytes), flag (8), family (18), e + U+0301 (3): one column each.
        XCTAssertEqual(position(7 + 2), [3, 2])
        XCTAssertEqual(position(7 + 2 + 8), [3, 3])
        XCTAssertEqual(position(7 + 2 + 8 + 18), [3, 4])
        XCTAssertEqual(position(7 + 2 + 8 + 18 + 3), [3, 5], "x")
        XCTAssertEqual(position(text.utf8.count), [5, 1])
        XCTAssertEqual(position(10_000), [5, 1], "past the end clamps to the end")
        XCTAssertEqual(Scanner.lineAndColumn(ofOffset: 3, in: "\u{FEFF}{}").column, 1, "a BOM takes no column")
        XCTAssertEqual(Scanner.lineAndColumn(ofOffset: 4, in: "\u{FEFF}{}").column, 2)
    }
}
