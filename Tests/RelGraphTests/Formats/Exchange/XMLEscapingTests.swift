import XCTest
#if canImport(FoundationXML)
import FoundationXML
#else
import Foundation
#endif
@testable import RelGraph

final class XMLEscapingTests: XCTestCase {
    func testEscapesMarkupCharacters() {
        XCTAssertEqual("<a href=\"x\">Tom & 'Jerry'</a>".xmlEscaped,
                       "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
    }

    func testLineBreaksAsReferencesUnlessKept() {
        XCTAssertEqual(XMLEscaping.escape("a\nb\r\nc\td"), "a&#10;b&#13;&#10;c&#9;d")
        XCTAssertEqual(XMLEscaping.escape("a\nb\r\nc\td", keepingLineBreaks: true), "a\nb&#13;\nc\td")
    }

    func testNonASCIIPassesThrough() {
        let text = "Россия حماس 🇷🇺🤝 Türkiye"
        XCTAssertEqual(text.xmlEscaped, text)
    }

    func testIllegalCharactersAreReplaced() {
        XCTAssertEqual(XMLEscaping.escape("a\u{0}b\u{8}c\u{B}d\u{C}e\u{1F}f\u{FFFE}g\u{FFFF}"),
                       "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}f\u{FFFD}g\u{FFFD}")
        XCTAssertTrue(XMLEscaping.isAllowed("\t"))
        XCTAssertTrue(XMLEscaping.isAllowed("\u{10FFFF}"))
        XCTAssertFalse(XMLEscaping.isAllowed("\u{1B}"))
    }

    func testRoundTripThroughParserInAttributeAndText() throws {
        let nasty = "<script>alert(1)</script> & \"q\" 'a' \\N\r\n\tline Россия 🇷🇺 حماس"
        let document = "<r a=\"\(nasty.xmlEscaped)\" b='\(nasty.xmlEscaped)'>\(XMLEscaping.escape(nasty, keepingLineBreaks: true))</r>"
        let parsed = try ExchangeXML.parse(document)
        let root = try XCTUnwrap(parsed.rootElement())
        XCTAssertEqual(ExchangeXML.attribute("a", of: root), nasty)
        XCTAssertEqual(ExchangeXML.attribute("b", of: root), nasty)
        XCTAssertEqual(root.stringValue, nasty)
    }

    func testOutputWithControlCharactersStillParses() throws {
        let text = "bell\u{7} escape\u{1B}[0m nul\u{0}"
        let parsed = try ExchangeXML.parse("<r a=\"\(text.xmlEscaped)\"/>")
        XCTAssertEqual(parsed.rootElement().flatMap { ExchangeXML.attribute("a", of: $0) },
                       "bell\u{FFFD} escape\u{FFFD}[0m nul\u{FFFD}")
    }
}
