import RelGraphStore
import XCTest

/// The article id is SHA-256; checked against the standard's test vectors.
final class ContentHashTests: XCTestCase {
    func testKnownVectors() {
        XCTAssertEqual(ContentHash.sha256(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(ContentHash.sha256("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(ContentHash.sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(ContentHash.sha256(String(repeating: "a", count: 1000)),
                       "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    func testExtractorVersionDependsOnEveryDictionary() {
        let base = ExtractorVersion(release: "1", dictionaries: ["ab", "c"])
        XCTAssertNotEqual(base, ExtractorVersion(release: "1", dictionaries: ["a", "bc"]))
        XCTAssertNotEqual(base, ExtractorVersion(release: "2", dictionaries: ["ab", "c"]))
        XCTAssertEqual(base, ExtractorVersion(release: "1", dictionaries: ["ab", "c"]))
        XCTAssertTrue(base.string.hasPrefix("1+"))
    }
}
