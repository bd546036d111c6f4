import Foundation
import RelGraph
@testable import RelGraphRender
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Article text reaches the SVG; it must come out as the same text, never as
/// markup, DOT syntax or a Graphviz escape sequence.
final class EscapingTests: XCTestCase {
    func testNastyNamesAreDrawnVerbatim() throws {
        let rendering = try Renderer().render(RenderFixtures.nastyGraph())
        let root = try XCTUnwrap(RenderFixtures.parseXML(rendering.data).rootElement())
        for (index, name) in RenderFixtures.nastyNames.enumerated() {
            let node = try XCTUnwrap(root.descendants(named: "g").first { $0.value(of: "id") == "actor-N\(index)" },
                                     "node for \(name)")
            let drawn = node.descendants(named: "text").compactMap(\.stringValue).joined(separator: " ")
            XCTAssertEqual(drawn, name)
            let tooltip = node.descendants(named: "a").first?.value(of: "xlink:title") ?? ""
            XCTAssertTrue(tooltip.hasPrefix(name.replacingOccurrences(of: "\\N", with: "\u{29F5}N")
                .replacingOccurrences(of: "\\G", with: "\u{29F5}G")), "tooltip of \(name): \(tooltip)")
        }
        XCTAssertTrue(root.descendants(named: "script").isEmpty)
        XCTAssertTrue(root.descendants(named: "b").isEmpty)
        let title = root.descendants(named: "title").first { $0.value(of: "id") == "relgraph-title" }
        XCTAssertEqual(title?.stringValue, "<i>Escaping</i> & \"title\"")
    }

    func testBackslashSequencesInLabelsAreNotExpanded() {
        XCTAssertEqual(DOTText.html("a\\Nb"), "a\\\\Nb")
        XCTAssertEqual(DOTText.html("<b>&"), "&lt;b&gt;&amp;")
        XCTAssertEqual(DOTText.quoted("say \"x\" \\ y"), "\"say \\\"x\\\" \\\\ y\"")
        XCTAssertEqual(DOTText.tooltip("p \\N q"), "\"p \u{29F5}N q\"")
    }

    func testIdentifiersAreSafeAndDistinct() {
        XCTAssertEqual(SVGIdentifier.make("actor", ["TUR"]), "actor-TUR")
        XCTAssertEqual(SVGIdentifier.make("stance", ["A-B", "meets", "C"]), "stance-A_2dB-meets-C")
        XCTAssertNotEqual(SVGIdentifier.encode("a b"), SVGIdentifier.encode("a_b"))
        XCTAssertEqual(SVGIdentifier.encode("\"><script>"), "_22_3e_3cscript_3e")
    }
}
