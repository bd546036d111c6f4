import Foundation
import RelGraph
@testable import RelGraphRender
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The SVG is what users embed in reports: it must parse, scale, be accessible
/// and let CSS and scripts find actors and stances by stable ids and classes.
final class SVGStructureTests: XCTestCase {
    func testRootScalesByViewBoxAndIsAccessible() throws {
        let rendering = try Renderer().render(RenderFixtures.smallGraph())
        let root = try XCTUnwrap(RenderFixtures.parseXML(rendering.data).rootElement())
        XCTAssertEqual(root.localName, "svg")
        XCTAssertNotNil(root.value(of: "viewBox"))
        XCTAssertNil(root.value(of: "width"), "no fixed size unless asked")
        XCTAssertNil(root.value(of: "height"))
        XCTAssertEqual(root.value(of: "role"), "img")
        XCTAssertEqual(root.value(of: "aria-labelledby"), "relgraph-title relgraph-desc")
        let title = try XCTUnwrap(root.descendants(named: "title").first { $0.value(of: "id") == "relgraph-title" })
        XCTAssertEqual(title.stringValue, "Border tensions")
        let desc = try XCTUnwrap(root.descendants(named: "desc").first)
        XCTAssertEqual(desc.stringValue, "Stance graph of 4 actors and 3 stances: 1 supports, 1 meets, 1 opposes.")
        XCTAssertFalse(rendering.text.contains("<!--"), "no comments: they carry the Graphviz version")
    }

    func testFixedSizeKeepsPointDimensions() throws {
        let rendering = try Renderer().render(RenderFixtures.smallGraph(), options: RenderOptions(fixedSize: true))
        let root = try XCTUnwrap(RenderFixtures.parseXML(rendering.data).rootElement())
        XCTAssertTrue(root.value(of: "width")?.hasSuffix("pt") == true)
    }

    func testActorsAndStancesHaveStableIDsAndClasses() throws {
        let rendering = try Renderer().render(RenderFixtures.smallGraph())
        let groups = try XCTUnwrap(RenderFixtures.parseXML(rendering.data).rootElement()).descendants(named: "g")
        let byID = Dictionary(groups.compactMap { group in group.value(of: "id").map { ($0, group) } },
                              uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(byID["actor-TUR"]?.value(of: "class"), "node actor state")
        XCTAssertEqual(byID["actor-KURDS"]?.value(of: "class"), "node actor armed-group")
        XCTAssertEqual(byID["actor-NATO"]?.value(of: "class"), "node actor organisation")
        XCTAssertEqual(byID["stance-TUR-opposes-KURDS"]?.value(of: "class"), "edge stance opposes conflictual")
        XCTAssertEqual(byID["stance-NATO-supports-TUR"]?.value(of: "class"), "edge stance supports cooperative")
        // A symmetric kind has one key whichever way it was written: RUS meets TUR.
        XCTAssertEqual(byID["stance-RUS-meets-TUR"]?.value(of: "class"), "edge stance meets neutral")
        XCTAssertFalse(rendering.text.contains("&#45;"), "hyphens are written plainly so selectors match")
    }

    func testRepeatedStanceIsDrawnOnceWithCountAndEvidenceTooltip() throws {
        let rendering = try Renderer().render(RenderFixtures.smallGraph())
        let document = try RenderFixtures.parseXML(rendering.data)
        let edges = try XCTUnwrap(document.rootElement()).descendants(named: "g").filter { $0.value(of: "id") == "stance-TUR-opposes-KURDS" }
        XCTAssertEqual(edges.count, 1)
        let texts = edges[0].descendants(named: "text").compactMap(\.stringValue)
        XCTAssertEqual(texts, ["opposes ×2"])
        let tooltip = try XCTUnwrap(edges[0].descendants(named: "a").first?.value(of: "xlink:title"))
        XCTAssertEqual(tooltip, "Turkey opposes Kurds (×2)\n“Turkey considers Kurdish militias terrorists.”\n“Ankara will not tolerate them.”")
    }

    func testLegendListsOnlyKindsPresent() throws {
        let rendering = try Renderer().render(RenderFixtures.smallGraph())
        let graphGroup = try XCTUnwrap(RenderFixtures.parseXML(rendering.data).rootElement()?
            .descendants(named: "g").first { $0.value(of: "id") == "relgraph" })
        // The legend is the graph's own label: text directly in the graph group.
        let legend = (graphGroup.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.localName == "text" }.compactMap(\.stringValue)
        XCTAssertTrue(legend.contains("Border tensions"))
        for kind in ["supports", "meets", "opposes"] { XCTAssertTrue(legend.contains(kind), "legend has \(kind)") }
        for kind in ["attacks", "threatens", "coerces", "cooperates"] { XCTAssertFalse(legend.contains(kind), "legend lacks \(kind)") }
        XCTAssertTrue(legend.contains("armed-group"), "actor kinds are explained when there are several")
    }

    func testNoLegendOption() throws {
        var graph = try RenderFixtures.smallGraph()
        graph.metadata.title = nil
        let rendering = try Renderer().render(graph, options: RenderOptions(legend: false))
        XCTAssertFalse(rendering.text.contains(StanceStyle.of(.supports).legendGlyph))
        XCTAssertFalse(rendering.text.contains(">armed-group</text>"))
    }

    func testEdgeStylesFollowKindAndPolarity() throws {
        let dot = Renderer().dotSource(for: try RenderFixtures.smallGraph())
        let meets = try XCTUnwrap(dot.split(separator: "\n").first { $0.contains("stance-RUS-meets-TUR") })
        XCTAssertTrue(meets.contains("dir=\"none\""), "symmetric kinds have no direction")
        XCTAssertTrue(meets.contains(StanceStyle.neutralColor))
        let opposes = try XCTUnwrap(dot.split(separator: "\n").first { $0.contains("stance-TUR-opposes-KURDS") })
        XCTAssertTrue(opposes.contains("arrowhead=\"tee\""))
        XCTAssertTrue(opposes.contains(StanceStyle.conflictualColor))
        XCTAssertTrue(opposes.contains("penwidth=2.4"), "two statements draw a thicker line")
    }
}
