import XCTest
#if canImport(FoundationXML)
import FoundationXML
#else
import Foundation
#endif
@testable import RelGraph

final class GEXFWriterTests: XCTestCase {
    private typealias Fixture = ExchangeFixture

    /// Attribute id -> title, for one class (`node` or `edge`).
    private func declared(_ document: XMLDocument, class domain: String) -> [String: String] {
        var result: [String: String] = [:]
        for block in ExchangeXML.elements(named: "attributes", in: document)
        where ExchangeXML.attribute("class", of: block) == domain {
            for attribute in ExchangeXML.children(named: "attribute", of: block) {
                let id = ExchangeXML.attribute("id", of: attribute)
                let title = ExchangeXML.attribute("title", of: attribute)
                XCTAssertNotNil(id, "attribute declaration without id")
                XCTAssertNotNil(title, "attribute declaration without title")
                if let id, let title { result[id] = title }
            }
        }
        return result
    }

    /// The attvalues of a node or edge, by attribute title.
    private func attvalues(of element: XMLElement, declared: [String: String]) -> [String: String] {
        var result: [String: String] = [:]
        for block in ExchangeXML.children(named: "attvalues", of: element) {
            for value in ExchangeXML.children(named: "attvalue", of: block) {
                guard let id = ExchangeXML.attribute("for", of: value), let title = declared[id] else {
                    XCTFail("<attvalue> for an undeclared attribute: \(value)")
                    continue
                }
                result[title] = ExchangeXML.attribute("value", of: value)
            }
        }
        return result
    }

    func testDocumentStructureAndMeta() throws {
        let document = try ExchangeXML.parse(GEXFWriter.write(Fixture.graph()))
        let root = try XCTUnwrap(document.rootElement())
        XCTAssertEqual(root.localName ?? root.name, "gexf")
        XCTAssertEqual(ExchangeXML.attribute("version", of: root), "1.3")
        let meta = try XCTUnwrap(ExchangeXML.elements(named: "meta", in: document).first)
        XCTAssertEqual(ExchangeXML.attribute("lastmodifieddate", of: meta), "2015-10-01")
        XCTAssertEqual(ExchangeXML.children(named: "description", of: meta).first?.stringValue,
                       Fixture.metadata.title! + "\n" + Fixture.metadata.url!)
        let graph = try XCTUnwrap(ExchangeXML.elements(named: "graph", in: document).first)
        XCTAssertEqual(ExchangeXML.attribute("defaultedgetype", of: graph), "directed")
        XCTAssertEqual(Set(declared(document, class: "node").values), ["kind", "aliases"])
        XCTAssertEqual(Set(declared(document, class: "edge").values),
                       ["kind", "polarity", "symmetric", "count", "evidence", "article", "date"])
    }

    func testNodesRoundTripExactly() throws {
        let graph = Fixture.graph()
        let document = try ExchangeXML.parse(GEXFWriter.write(graph))
        let nodeAttributes = declared(document, class: "node")
        let nodes = ExchangeXML.elements(named: "node", in: document)
        XCTAssertEqual(nodes.count, graph.actors.count)
        for (node, actor) in zip(nodes, graph.actors) {
            XCTAssertEqual(ExchangeXML.attribute("id", of: node), actor.id)
            XCTAssertEqual(ExchangeXML.attribute("label", of: node), actor.name)
            let values = attvalues(of: node, declared: nodeAttributes)
            XCTAssertEqual(values["kind"], actor.kind.rawValue)
            XCTAssertEqual(values["aliases"], actor.aliases.isEmpty ? nil : actor.aliases.joined(separator: "; "))
        }
        XCTAssertEqual(nodes.map { ExchangeXML.attribute("label", of: $0) },
                       [Fixture.turkeyName, Fixture.scriptName, Fixture.russiaName, Fixture.hamasName])
    }

    func testEdgesRoundTripExactly() throws {
        let graph = Fixture.graph()
        let document = try ExchangeXML.parse(GEXFWriter.write(graph))
        let edgeAttributes = declared(document, class: "edge")
        let edges = ExchangeXML.elements(named: "edge", in: document)
        XCTAssertEqual(edges.count, graph.stances.count)
        for (edge, stance) in zip(edges, graph.stances) {
            XCTAssertEqual(ExchangeXML.attribute("source", of: edge), stance.source)
            XCTAssertEqual(ExchangeXML.attribute("target", of: edge), stance.target)
            XCTAssertEqual(ExchangeXML.attribute("label", of: edge), stance.kind.rawValue)
            XCTAssertEqual(ExchangeXML.attribute("kind", of: edge), stance.kind.rawValue)
            XCTAssertEqual(ExchangeXML.attribute("weight", of: edge), String(stance.count))
            XCTAssertEqual(ExchangeXML.attribute("type", of: edge), stance.kind.isSymmetric ? "undirected" : nil)
            let values = attvalues(of: edge, declared: edgeAttributes)
            XCTAssertEqual(values["kind"], stance.kind.rawValue)
            XCTAssertEqual(values["polarity"], stance.polarity.rawValue)
            XCTAssertEqual(values["symmetric"], stance.kind.isSymmetric ? "true" : "false")
            XCTAssertEqual(values["count"], String(stance.count))
            XCTAssertEqual(values["evidence"],
                           stance.evidence.isEmpty ? nil : stance.evidence.map(\.text).joined(separator: "\n\n"))
        }
        // Newlines, CR LF and tabs inside attribute values survive attribute-value normalisation.
        XCTAssertEqual(attvalues(of: edges[0], declared: edgeAttributes)["evidence"],
                       Fixture.opposesEvidence.joined(separator: "\n\n"))
        XCTAssertEqual(attvalues(of: edges[2], declared: edgeAttributes)["evidence"], Fixture.attacksEvidence[0])
        XCTAssertEqual(attvalues(of: edges[0], declared: edgeAttributes)["article"], "a-1")
        XCTAssertEqual(ExchangeXML.attribute("type", of: edges[1]), "undirected")
    }

    func testAllDirectedOption() throws {
        let document = try ExchangeXML.parse(GEXFWriter.write(Fixture.graph(), symmetricEdgesUndirected: false))
        let edges = ExchangeXML.elements(named: "edge", in: document)
        XCTAssertTrue(edges.allSatisfy { ExchangeXML.attribute("type", of: $0) == nil })
    }

    func testMetaLeftOutOrPartial() throws {
        XCTAssertFalse(GEXFWriter.write(StanceGraph()).contains("<meta"))
        let graph = StanceGraph(metadata: GraphMetadata(title: "T", date: "early 2015"))
        let document = try ExchangeXML.parse(GEXFWriter.write(graph))
        let meta = try XCTUnwrap(ExchangeXML.elements(named: "meta", in: document).first)
        XCTAssertNil(ExchangeXML.attribute("lastmodifieddate", of: meta), "not an xsd:date")
        XCTAssertEqual(ExchangeXML.children(named: "description", of: meta).first?.stringValue, "T")
        XCTAssertTrue(GEXFWriter.isXSDDate("2015-10-01"))
        XCTAssertFalse(GEXFWriter.isXSDDate("2015-13-01"))
        XCTAssertFalse(GEXFWriter.isXSDDate("2015-1-01"))
    }

    func testDeterministic() {
        XCTAssertEqual(GEXFWriter.write(Fixture.graph()), GEXFWriter.write(Fixture.graph()))
    }
}
