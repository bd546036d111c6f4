import RelGraph
import RelGraphRender
import XCTest

/// DOT in: what `DOTWriter` writes reads back equal, and foreign DOT works when
/// its edges name a stance.
final class DOTGraphReaderTests: XCTestCase {
    func testWriterOutputReadsBackEqual() throws {
        let graph = try RenderFixtures.nastyGraph()
        let read = try DOTGraphReader(fileName: "g.dot").read(DOTWriter.write(graph))
        XCTAssertEqual(read.actors, graph.actors)
        XCTAssertEqual(read.stances, graph.stances)
        XCTAssertEqual(read.metadata, graph.metadata)
    }

    func testForeignDOTWithStanceLabels() throws {
        let graph = try DOTGraphReader().read("digraph { Russia -> SAA [label=\"backs\"]; Turkey -> Kurds [label=\"fights\"] }")
        XCTAssertEqual(graph.stances.map(\.key.description), ["Russia supports SAA", "Turkey attacks Kurds"])
    }

    func testEdgeWithoutKindIsAnErrorAtItsLine() {
        XCTAssertThrowsError(try DOTGraphReader(fileName: "x.dot").read("digraph {\n  a -> b\n}")) { error in
            let failure = error as? FormatError
            XCTAssertEqual(failure?.location, SourceLocation(file: "x.dot", line: 2, column: 2))
            XCTAssertTrue(failure?.message.contains("no kind or label") == true)
        }
    }

    func testSyntaxErrorNamesTheLine() {
        XCTAssertThrowsError(try DOTGraphReader(fileName: "x.dot").read("digraph {\n a -> b [kind=opposes]\n c -> ;\n}")) { error in
            let failure = error as? FormatError
            XCTAssertEqual(failure?.location.line, 3)
            XCTAssertTrue(failure?.message.hasPrefix("invalid DOT") == true)
        }
    }
}
