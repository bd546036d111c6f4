import Foundation
import RelGraph
@testable import RelGraphRender
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A merged graph joins many articles: one pair often has stances of several
/// kinds (they met and they fought), and stances stated many times. Every
/// stance must stay visible as a line of its own, and repetition must show.
final class MergedPictureTests: XCTestCase {
    /// Turkey and Russia meet (a symmetric kind: keyed `RUS meets TUR`), Turkey attacks Russia (4 times), Russia opposes
    /// Turkey: three edges on one pair, two of them the same way.
    private func mergedGraph() throws -> StanceGraph {
        var graph = StanceGraph(metadata: GraphMetadata(title: "Merged"))
        try graph.addActor(Actor(id: "TUR", name: "Turkey", kind: .state))
        try graph.addActor(Actor(id: "RUS", name: "Russia", kind: .state))
        try graph.addActor(Actor(id: "SYR", name: "Syria", kind: .state))
        try graph.addStance(Stance(source: "TUR", target: "RUS", kind: .meets))
        for index in 0..<4 {
            try graph.addStance(Stance(source: "TUR", target: "RUS", kind: .attacks,
                                       evidence: [Evidence(text: "Strike \(index).")]))
        }
        try graph.addStance(Stance(source: "RUS", target: "TUR", kind: .opposes))
        try graph.addStance(Stance(source: "RUS", target: "SYR", kind: .supports))
        return graph
    }

    func testStancesOfDifferentKindsOnOnePairAreSeparateLines() throws {
        let graph = try mergedGraph()
        for options in [RenderOptions(), RenderOptions(engine: .neato), RenderOptions(engine: .sfdp),
                        RenderOptions(engine: .dot, edgeLabels: .off)] {
            let root = try XCTUnwrap(RenderFixtures.parseXML(Renderer().render(graph, options: options).data).rootElement())
            let ids = ["stance-RUS-meets-TUR", "stance-TUR-attacks-RUS", "stance-RUS-opposes-TUR"]
            var middles: [(Double, Double)] = []
            for id in ids {
                let group = try XCTUnwrap(root.descendants(named: "g").first { $0.value(of: "id") == id }, "\(id) drawn")
                let path = try XCTUnwrap(group.descendants(named: "path").first?.value(of: "d"))
                let numbers = path.split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) }
                let points = stride(from: 0, to: numbers.count - 1, by: 2).map { (numbers[$0], numbers[$0 + 1]) }
                middles.append(points[points.count / 2])
            }
            for first in middles.indices {
                for second in middles.indices where second > first {
                    let distance = ((middles[first].0 - middles[second].0) * (middles[first].0 - middles[second].0)
                        + (middles[first].1 - middles[second].1) * (middles[first].1 - middles[second].1)).squareRoot()
                    XCTAssertGreaterThan(distance, 4, "\(ids[first]) and \(ids[second]) overlap with \(options.engine?.rawValue ?? "dot")")
                }
            }
        }
    }

    func testRepeatedStanceIsThickerAndCounted() throws {
        let rendering = try Renderer().render(mergedGraph())
        let root = try XCTUnwrap(RenderFixtures.parseXML(rendering.data).rootElement())
        func group(_ id: String) throws -> XMLElement {
            try XCTUnwrap(root.descendants(named: "g").first { $0.value(of: "id") == id })
        }
        let repeated = try group("stance-TUR-attacks-RUS")
        let once = try group("stance-RUS-supports-SYR")
        let repeatedWidth = try XCTUnwrap(repeated.descendants(named: "path").first?.value(of: "stroke-width").flatMap(Double.init))
        XCTAssertEqual(repeatedWidth, StanceStyle.of(.attacks).penwidth(count: 4), accuracy: 0.01)
        XCTAssertGreaterThan(repeatedWidth, StanceStyle.of(.attacks).penwidth)
        XCTAssertNotNil(once.descendants(named: "path").first)
        let label = repeated.descendants(named: "text").compactMap(\.stringValue).joined()
        XCTAssertEqual(label, "attacks ×4")
    }

    /// dot sets a label right against its line: a thick line must not cross
    /// its own label's text.
    func testThickLinesKeepClearOfTheirLabels() throws {
        let root = try XCTUnwrap(RenderFixtures.parseXML(Renderer().render(mergedGraph()).data).rootElement())
        let group = try XCTUnwrap(root.descendants(named: "g").first { $0.value(of: "id") == "stance-TUR-attacks-RUS" })
        let width = try XCTUnwrap(group.descendants(named: "path").first?.value(of: "stroke-width").flatMap(Double.init))
        let path = try XCTUnwrap(group.descendants(named: "path").first?.value(of: "d"))
        let numbers = path.split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) }
        let text = try XCTUnwrap(group.descendants(named: "text").first)
        let baseline = try XCTUnwrap(text.value(of: "y").flatMap(Double.init))
        let size = try XCTUnwrap(text.value(of: "font-size").flatMap(Double.init))
        let middle = try XCTUnwrap(text.value(of: "x").flatMap(Double.init))
        let halfWidth = Double(text.stringValue?.count ?? 0) * size * 0.3
        // Points of the line under the label (control points, close enough for a nearly straight line).
        let ys = stride(from: 0, to: numbers.count - 1, by: 2)
            .filter { abs(numbers[$0] - middle) <= halfWidth }.map { numbers[$0 + 1] }
        XCTAssertFalse(ys.isEmpty)
        // The text spans [baseline - size, baseline + size / 4]; the line's edge must stay outside it.
        let textBox = (baseline - size)...(baseline + size / 4)
        for y in ys {
            XCTAssertFalse(textBox.overlaps((y - width / 2)...(y + width / 2)), "line at \(y) crosses the label at \(baseline)")
        }
    }

    /// A graph from `relgraph merge`: stances carry a provenance. "Often" means
    /// in many articles: a stance stated ten times by one article is thinner than
    /// one stated by three articles, the label counts articles, and the tooltip
    /// says how often, in how many articles and from when to when.
    private func provenanceGraph() throws -> StanceGraph {
        try StanceGraph(
            metadata: GraphMetadata(title: "Merged graph of 3 articles", extra: ["articles": "3"]),
            actors: [Actor(id: "TUR", name: "Turkey", kind: .state), Actor(id: "RUS", name: "Russia", kind: .state),
                     Actor(id: "SYR", name: "Syria", kind: .state)],
            stances: [
                Stance(source: "TUR", target: "RUS", kind: .opposes, count: 10,
                       provenance: Provenance(articles: 1, firstDate: "2016-02-05", lastDate: "2016-02-05")),
                Stance(source: "RUS", target: "SYR", kind: .supports, evidence: [Evidence(text: "Moscow backs Damascus.")], count: 4,
                       provenance: Provenance(articles: 3, firstDate: "2016-01-10", lastDate: "2016-09-02")),
                Stance(source: "TUR", target: "SYR", kind: .opposes, count: 2,
                       provenance: Provenance(articles: 2)),
            ])
    }

    func testMergedStancesAreWeighedByTheirArticles() throws {
        let root = try XCTUnwrap(RenderFixtures.parseXML(Renderer().render(provenanceGraph()).data).rootElement())
        func group(_ id: String) throws -> XMLElement {
            try XCTUnwrap(root.descendants(named: "g").first { $0.value(of: "id") == id }, id)
        }
        func width(_ id: String) throws -> Double {
            try XCTUnwrap(group(id).descendants(named: "path").first?.value(of: "stroke-width").flatMap(Double.init), id)
        }
        func text(_ id: String) throws -> String {
            try group(id).descendants(named: "text").compactMap(\.stringValue).joined()
        }
        // Ten mentions in one article: the width of a stance stated once.
        XCTAssertEqual(try width("stance-TUR-opposes-RUS"), StanceStyle.of(.opposes).penwidth, accuracy: 0.01)
        XCTAssertEqual(try width("stance-RUS-supports-SYR"), StanceStyle.of(.supports).penwidth(count: 3), accuracy: 0.01)
        XCTAssertGreaterThan(try width("stance-TUR-opposes-SYR"), try width("stance-TUR-opposes-RUS"))
        XCTAssertEqual(try text("stance-TUR-opposes-RUS"), "opposes")
        XCTAssertEqual(try text("stance-RUS-supports-SYR"), "supports, 3 articles")
        XCTAssertEqual(try text("stance-TUR-opposes-SYR"), "opposes, 2 articles")
        let svg = String(decoding: try Renderer().render(provenanceGraph()).data, as: UTF8.self)
        XCTAssertTrue(svg.contains("Russia supports Syria (×4 in 3 articles, 2016-01-10 to 2016-09-02)"), svg)
        XCTAssertTrue(svg.contains("Turkey opposes Russia (×10 in 1 article, 2016-02-05)"), svg)
        XCTAssertTrue(svg.contains("Turkey opposes Syria (×2 in 2 articles)"), svg)
        // A graph of one article (no provenance) still counts mentions.
        XCTAssertTrue(try XCTUnwrap(RenderFixtures.parseXML(Renderer().render(mergedGraph()).data).rootElement())
            .descendants(named: "text").contains { $0.stringValue == "attacks ×4" })
    }
}
