import Foundation
import RelGraph
@testable import RelGraphRender
import XCTest

/// Graphviz's own failures become Swift errors with its messages, and nothing
/// is printed on stderr.
final class GraphvizContextTests: XCTestCase {
    func testSyntaxErrorIsCaughtWithGraphvizMessage() throws {
        let stderrText = try capturingStandardError {
            XCTAssertThrowsError(try GraphvizContext.shared.layout(dot: "digraph { a -> ; }", engine: "dot", format: "svg")) { error in
                guard case GraphvizError.invalidDOT(let messages) = error else { return XCTFail("\(error)") }
                XCTAssertTrue(messages.joined().contains("syntax error in line 1"), "\(messages)")
            }
        }
        XCTAssertEqual(stderrText, "")
    }

    func testUnknownEngineIsCaught() throws {
        let stderrText = try capturingStandardError {
            XCTAssertThrowsError(try GraphvizContext.shared.layout(dot: "digraph { a }", engine: "nosuch", format: "svg")) { error in
                guard case GraphvizError.layoutFailed(let engine, let messages) = error else { return XCTFail("\(error)") }
                XCTAssertEqual(engine, "nosuch")
                XCTAssertTrue(messages.joined().contains("not recognized"), "\(messages)")
            }
        }
        XCTAssertEqual(stderrText, "")
        // The context keeps working afterwards.
        XCTAssertNoThrow(try GraphvizContext.shared.layout(dot: "digraph { a }", engine: "dot", format: "svg"))
    }

    func testUnknownFormatIsCaught() {
        XCTAssertThrowsError(try GraphvizContext.shared.layout(dot: "digraph { a }", engine: "dot", format: "nosuch")) { error in
            guard case GraphvizError.unsupportedFormat(let format, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(format, "nosuch")
        }
    }

    func testBinaryAndTextFormats() throws {
        let graph = try RenderFixtures.smallGraph()
        let png = try Renderer().render(graph, options: RenderOptions(format: .png)).data
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try Renderer().render(graph, options: RenderOptions(format: .pdf)).data
        XCTAssertEqual(String(decoding: pdf.prefix(5), as: UTF8.self), "%PDF-")
        let dot = try Renderer().render(graph, options: RenderOptions(format: .dot)).text
        XCTAssertTrue(dot.contains("pos=\""), "laid-out DOT carries positions")
        let json = try Renderer().render(graph, options: RenderOptions(format: .json)).data
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(json)))
    }

    func testParseReadsNodesEdgesAndAttributesInFileOrder() throws {
        let parsed = try GraphvizContext.shared.parse(dot: #"digraph { title="T"; b [kind="state"]; a; b -> a [kind="opposes"]; a -> b [label="backs"] }"#)
        XCTAssertEqual(parsed.graphAttributes["title"], "T")
        XCTAssertEqual(parsed.nodes.map(\.name), ["b", "a"])
        XCTAssertEqual(parsed.nodes[0].attributes["kind"], "state")
        XCTAssertEqual(parsed.edges.map { "\($0.tail)>\($0.head)" }, ["b>a", "a>b"])
        XCTAssertEqual(parsed.edges[1].attributes["label"], "backs")
    }

    /// Runs `body` with file descriptor 2 redirected to a file, returning what was written.
    private func capturingStandardError(_ body: () throws -> Void) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let file = try FileHandle(forWritingTo: url)
        let saved = dup(STDERR_FILENO)
        dup2(file.fileDescriptor, STDERR_FILENO)
        defer {
            dup2(saved, STDERR_FILENO)
            close(saved)
            try? file.close()
            try? FileManager.default.removeItem(at: url)
        }
        try body()
        fflush(nil)
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }
}
