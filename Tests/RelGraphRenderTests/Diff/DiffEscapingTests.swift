import Foundation
import RelGraph
@testable import RelGraphRender
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Names, titles and evidence are article text: they must come out as the same
/// text in every picture, never as markup, DOT syntax or a Graphviz escape.
final class DiffEscapingTests: XCTestCase {
    func testNastyTextIsDrawnVerbatim() throws {
        let picture = DiffFixtures.nasty()
        let renderer = DiffRenderer()
        let sides = try renderer.renderSideBySide(picture)
        for data in [try renderer.render(picture), sides.before, sides.after, sides.combined] {
            let root = try DiffSVG.root(data)
            XCTAssertTrue(root.descendants(named: "script").isEmpty)
            XCTAssertTrue(root.descendants(named: "b").isEmpty)
            XCTAssertTrue(root.descendants(named: "i").isEmpty)
            let ids: Set = ["actor-X_3c1_3e", "before-actor-X_3c1_3e", "after-actor-X_3c1_3e"]
            let actors = root.descendants(named: "g").filter { ids.contains($0.value(of: "id") ?? "") }
            XCTAssertEqual(actors.count, data == sides.combined ? 2 : 1)
            // The name wraps at spaces onto lines; joined, it is the name.
            for actor in actors {
                XCTAssertEqual(actor.drawnText, DiffFixtures.nastyName)
            }
        }
        let diff = try DiffSVG.root(renderer.render(picture)).groupsByID()
        let edge = try XCTUnwrap(diff["stance-X_3c1_3e-opposes-Y_262"])
        XCTAssertEqual(edge.drawnText, "meets -> opposes")
        let tooltip = try XCTUnwrap(edge.descendants(named: "a").first?.value(of: "xlink:title"))
        // Tooltips write a backslash Graphviz would expand as the look-alike U+29F5 (see DOTText.tooltip).
        let name = DiffFixtures.nastyName.replacingOccurrences(of: "\\N", with: "\u{29F5}N")
            .replacingOccurrences(of: "\\\\", with: "\u{29F5}\\")
        XCTAssertEqual(tooltip, "\(name) "
            + "meets -> opposes Y & </svg> \u{29F5}G: changed\nHe said \"<script>alert(1)</script>\" & left \u{29F5}N")
        XCTAssertEqual(try XCTUnwrap(diff["actor-Y_262"]).drawnText, "Y & </svg> \\G")
        let title = try DiffSVG.root(renderer.render(picture)).descendants(named: "title")
            .first { $0.value(of: "id") == "relgraph-title" }?.stringValue
        XCTAssertEqual(title, "<i>before</i> & \"after\" → back\\slash \\N")
        XCTAssertEqual(try DiffSVG.root(sides.after).groupsByID()["legend"]?.drawnText.hasPrefix("back\\slash \\N"), true)
        XCTAssertEqual(try DiffSVG.root(sides.combined).descendants(named: "title")
            .first { $0.value(of: "id") == "relgraph-title" }?.stringValue,
            "<i>before</i> & \"after\" | back\\slash \\N")
    }
}
