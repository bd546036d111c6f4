import XCTest
@testable import RelGraph

final class TextValidationTests: XCTestCase {
    private func problem(_ bytes: [UInt8]) -> TextValidation.Problem? {
        TextValidation.firstProblem(in: bytes)
    }

    func testValidTextHasNoProblem() {
        XCTAssertNil(problem(Array("Türkiye backs the “SDF” — 🇹🇷\nline two\n".utf8)))
        XCTAssertNil(problem([]))
    }

    func testInvalidByteIsFoundWithItsLineAndColumn() {
        let bytes = Array("first\nab".utf8) + [0xFF] + Array(" rest".utf8)
        XCTAssertEqual(problem(bytes), .init(kind: .invalidUTF8, line: 2, column: 3))
    }

    func testTruncatedOverlongAndSurrogateSequencesAreInvalid() {
        XCTAssertEqual(problem([0x41, 0xE2, 0x82])?.kind, .invalidUTF8, "cut short at the end")
        XCTAssertEqual(problem([0xC0, 0xAF]), .init(kind: .invalidUTF8, line: 1, column: 1), "overlong")
        XCTAssertEqual(problem([0xE0, 0x80, 0xAF])?.kind, .invalidUTF8, "overlong, three bytes")
        XCTAssertEqual(problem([0xED, 0xA0, 0x80])?.kind, .invalidUTF8, "a UTF-16 surrogate")
        XCTAssertEqual(problem([0xF4, 0x90, 0x80, 0x80])?.kind, .invalidUTF8, "past U+10FFFF")
    }

    func testColumnsCountBytesOfEarlierCharacters() {
        // "é" is two bytes: the bad byte after it is at column 4.
        XCTAssertEqual(problem(Array("aé".utf8) + [0x80]), .init(kind: .invalidUTF8, line: 1, column: 4))
    }

    func testNulByteMarksABinaryFile() {
        XCTAssertEqual(problem([0x61, 0x0A, 0x00, 0x62]), .init(kind: .nulByte, line: 2, column: 1))
    }

    /// The validator agrees with Foundation's decoder on what is UTF-8.
    func testAgreesWithFoundationOnRandomBytes() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<12 {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                var byte = UInt8(truncatingIfNeeded: seed >> 56)
                if byte == 0 { byte = 0x20 }
                bytes.append(byte)
            }
            let foundation = String(bytes: bytes, encoding: .utf8) != nil
            XCTAssertEqual(problem(bytes) == nil, foundation, "\(bytes)")
        }
    }
}
