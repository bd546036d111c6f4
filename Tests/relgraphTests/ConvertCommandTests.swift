import Foundation
import XCTest

/// `relgraph convert` end to end: every output format, and round trips through
/// the formats that can be read back.
final class ConvertCommandTests: XCTestCase {
    func testRoundTripThroughJSONAndDOTGivesTheSameTextFormat() throws {
        let original = try CommandRunner.run(["convert", CommandRunner.seedExample, "--to", "rg"])
        XCTAssertEqual(original.status, 0, original.standardError)
        for format in ["json", "dot"] {
            let converted = try CommandRunner.run(["convert", CommandRunner.seedExample, "--to", format])
            XCTAssertEqual(converted.status, 0, converted.standardError)
            let back = try CommandRunner.run(["convert", "-", "--to", "rg"], input: converted.outputText)
            XCTAssertEqual(back.status, 0, back.standardError)
            XCTAssertEqual(back.outputText, original.outputText, "through \(format)")
        }
    }

    func testExportFormatsByExtension() throws {
        let folder = try CommandRunner.temporaryFolder()
        for (name, marker) in [("g.graphml", "<graphml"), ("g.gexf", "<gexf"), ("g.csv", "source,source_name,target")] {
            let path = folder.appendingPathComponent(name).path
            let result = try CommandRunner.run(["convert", CommandRunner.seedExample, "-o", path])
            XCTAssertEqual(result.status, 0, result.standardError)
            XCTAssertTrue(try String(contentsOfFile: path, encoding: .utf8).contains(marker), name)
        }
    }

    func testJSONErrorPointsAtTheUnknownKind() throws {
        let json = """
        {"actors": [{"id": "A"}, {"id": "B"}],
         "stances": [{"source": "A", "target": "B", "kind": "likes"}]}
        """
        let result = try CommandRunner.run(["convert", "-", "--from", "json"], input: json)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.hasPrefix("<stdin>:2:53: error: stances[0].kind: unknown kind"), result.standardError)
    }

    func testUnknownTargetFormatIsAUsageError() throws {
        let result = try CommandRunner.run(["convert", CommandRunner.seedExample, "--to", "xlsx"])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.standardError.contains("graphml"), result.standardError)
    }
}
