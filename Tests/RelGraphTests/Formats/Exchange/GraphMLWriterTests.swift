import XCTest
#if canImport(FoundationXML)
import FoundationXML
#else
import Foundation
#endif
@testable import RelGraph

final class GraphMLWriterTests: XCTestCase {
    private typealias Fixture = ExchangeFixture

    /// Key id -> attr.name for one domain (`graph`, `node`, `edge`).
    private func keys(_ document: XMLDocument, for domain: String) -> [String: String] {
        var result: [String: String] = [:]
        for key in ExchangeXML.elements(named: "key", in: document)
        where ExchangeXML.attribute("for", of: key) == domain {
            let id = ExchangeXML.attribute("id", of: key)
            let name = ExchangeXML.attribute("attr.name", of: key)
            XCTAssertNotNil(id, "<key> without id")
            XCTAssertNotNil(name, "<key> without attr.name")
            if let id, let name { result[id] = name }
        }
        return result
    }

    /// The `<data>` children of `element`, by attribute name.
    private func data(of element: XMLElement, keys: [String: String]) -> [String: String] {
        var result: [String: String] = [:]
        for item in ExchangeXML.children(named: "data", of: element) {
            guard let key = ExchangeXML.attribute("key", of: item), let name = keys[key] else {
                XCTFail("<data> without a declared key: \(item)")
                continue
            }
            result[name] = item.stringValue ?? ""
        }
        return result
    }

    func testParsesAndPreservesGraphMetadata() throws {
        let document = try ExchangeXML.parse(GraphMLWriter.write(Fixture.graph()))
        let root = try XCTUnwrap(document.rootElement())
        XCTAssertEqual(root.localName ?? root.name, "graphml")
        let graph = try XCTUnwrap(ExchangeXML.elements(named: "graph", in: document).first)
        XCTAssertEqual(ExchangeXML.attribute("edgedefault", of: graph), "directed")
        let values = data(of: graph, keys: keys(document, for: "graph"))
        XCTAssertEqual(values, [
            "title": Fixture.metadata.title!,
            "url": Fixture.metadata.url!,
            "date": Fixture.metadata.date!,
            "extra.cluster": "syria",
            "extra.source": "wire, \"AP\"",
        ])
    }

    func testNodesRoundTripExactly() throws {
        let graph = Fixture.graph()
        let document = try ExchangeXML.parse(GraphMLWriter.write(graph))
        let nodeKeys = keys(document, for: "node")
        XCTAssertEqual(Set(nodeKeys.values), ["name", "kind", "aliases"])
        let nodes = ExchangeXML.elements(named: "node", in: document)
        XCTAssertEqual(nodes.map { ExchangeXML.attribute("id", of: $0) }, graph.actors.map(\.id))
        for (node, actor) in zip(nodes, graph.actors) {
            let values = data(of: node, keys: nodeKeys)
            XCTAssertEqual(values["name"], actor.name)
            XCTAssertEqual(values["kind"], actor.kind.rawValue)
            XCTAssertEqual(values["aliases"], actor.aliases.isEmpty ? nil : actor.aliases.joined(separator: "; "))
        }
        XCTAssertEqual(data(of: nodes[0], keys: nodeKeys)["name"], Fixture.turkeyName)
        XCTAssertEqual(data(of: nodes[1], keys: nodeKeys)["name"], Fixture.scriptName)
        XCTAssertEqual(data(of: nodes[2], keys: nodeKeys)["name"], Fixture.russiaName)
        XCTAssertEqual(data(of: nodes[3], keys: nodeKeys)["name"], Fixture.hamasName)
    }

    func testEdgesRoundTripExactly() throws {
        let graph = Fixture.graph()
        let document = try ExchangeXML.parse(GraphMLWriter.write(graph))
        let edgeKeys = keys(document, for: "edge")
        let edges = ExchangeXML.elements(named: "edge", in: document)
        XCTAssertEqual(edges.count, 4)
        XCTAssertEqual(edges.map { ExchangeXML.attribute("id", of: $0) }, ["e0", "e1", "e2", "e3"])
        for (edge, stance) in zip(edges, graph.stances) {
            XCTAssertEqual(ExchangeXML.attribute("source", of: edge), stance.source)
            XCTAssertEqual(ExchangeXML.attribute("target", of: edge), stance.target)
            let values = data(of: edge, keys: edgeKeys)
            XCTAssertEqual(values["kind"], stance.kind.rawValue)
            XCTAssertEqual(values["polarity"], stance.polarity.rawValue)
            XCTAssertEqual(values["symmetric"], stance.kind.isSymmetric ? "true" : "false")
            XCTAssertEqual(values["count"], String(stance.count))
        }
        let opposes = data(of: edges[0], keys: edgeKeys)
        XCTAssertEqual(opposes["evidence"], Fixture.opposesEvidence.joined(separator: "\n\n"))
        XCTAssertEqual(opposes["article"], "a-1")
        XCTAssertEqual(opposes["date"], "2015-10-01")
        let meets = data(of: edges[1], keys: edgeKeys)
        XCTAssertEqual(meets["symmetric"], "true")
        XCTAssertEqual(meets["count"], "3")
        XCTAssertEqual(meets["evidence"], Fixture.meetsEvidence[0])
        XCTAssertNil(meets["article"])
        // CR LF and tab inside evidence survive the parser's line-end normalisation.
        XCTAssertEqual(data(of: edges[2], keys: edgeKeys)["evidence"], Fixture.attacksEvidence[0])
        XCTAssertNil(data(of: edges[3], keys: edgeKeys)["evidence"])
    }

    func testKeyTypes() throws {
        let document = try ExchangeXML.parse(GraphMLWriter.write(Fixture.graph()))
        var types: [String: String] = [:]
        for key in ExchangeXML.elements(named: "key", in: document) {
            types[ExchangeXML.attribute("id", of: key) ?? "?"] = ExchangeXML.attribute("attr.type", of: key)
        }
        XCTAssertEqual(types["e_count"], "int")
        XCTAssertEqual(types["e_symmetric"], "boolean")
        XCTAssertEqual(types["n_name"], "string")
    }

    func testDeterministic() throws {
        let first = GraphMLWriter.write(Fixture.graph())
        XCTAssertEqual(first, GraphMLWriter.write(Fixture.graph()))
        XCTAssertTrue(first.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"))
        XCTAssertTrue(first.hasSuffix("</graphml>\n"))
    }

    func testEmptyGraphAndIllegalCharactersStillParse() throws {
        _ = try ExchangeXML.parse(GraphMLWriter.write(StanceGraph()))
        var graph = StanceGraph()
        try graph.addActor(Actor(id: "A", name: "bad\u{0}\u{1B}name"))
        let document = try ExchangeXML.parse(GraphMLWriter.write(graph))
        let node = try XCTUnwrap(ExchangeXML.elements(named: "node", in: document).first)
        XCTAssertEqual(data(of: node, keys: keys(document, for: "node"))["name"], "bad\u{FFFD}\u{FFFD}name")
    }
}
