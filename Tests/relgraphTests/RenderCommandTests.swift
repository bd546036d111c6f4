import Foundation
import XCTest

/// `relgraph render` end to end, as a user runs it.
final class RenderCommandTests: XCTestCase {
    func testRendersExampleToSVGFile() throws {
        let folder = try CommandRunner.temporaryFolder()
        let output = folder.appendingPathComponent("seed.svg").path
        let result = try CommandRunner.run(["render", CommandRunner.seedExample, "-o", output])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(result.standardError, "")
        let svg = try String(contentsOfFile: output, encoding: .utf8)
        XCTAssertTrue(svg.contains("id=\"stance-TUR-opposes-KURDS\""))
        XCTAssertTrue(svg.contains("role=\"img\""))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["seed.svg"], "no temporary files left")
    }

    func testStandardInputToStandardOutput() throws {
        let result = try CommandRunner.run(["render", "-", "--format", "svg"], input: "Russia backs SAA\nUS meets Turkey\n")
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.outputText.hasPrefix("<?xml"))
        XCTAssertTrue(result.outputText.contains("id=\"stance-Russia-supports-SAA\""))
    }

    func testFormatFromExtensionAndJSONInput() throws {
        let folder = try CommandRunner.temporaryFolder()
        let json = folder.appendingPathComponent("g.json").path
        XCTAssertEqual(try CommandRunner.run(["convert", CommandRunner.seedExample, "-o", json]).status, 0)
        let png = folder.appendingPathComponent("g.png").path
        let result = try CommandRunner.run(["render", json, "-o", png, "--layout", "neato"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
        XCTAssertEqual(Array(bytes.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
    }

    func testSyntaxErrorNamesFileLineColumnAndLeavesNoOutput() throws {
        let folder = try CommandRunner.temporaryFolder()
        let input = folder.appendingPathComponent("bad.rg")
        try "actor TUR \"Turkey\" state\nTurkey likes Kurds\n".write(to: input, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("out.svg").path
        let result = try CommandRunner.run(["render", input.path, "-o", output])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.hasPrefix("\(input.path):2:8: error: "), result.standardError)
        XCTAssertTrue(result.standardError.contains("supports, cooperates, meets, opposes, threatens, coerces, attacks"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    func testFailureKeepsAnExistingOutputFileIntact() throws {
        let folder = try CommandRunner.temporaryFolder()
        let output = folder.appendingPathComponent("out.svg")
        try "previous".write(to: output, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["render", "-", "-o", output.path], input: "{\"actors\": [,]}")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.hasPrefix("<stdin>:1:13: error: invalid JSON"), result.standardError)
        XCTAssertEqual(try String(contentsOf: output, encoding: .utf8), "previous")
    }

    func testUnknownLayoutAndFormatAreUsageErrors() throws {
        let layout = try CommandRunner.run(["render", CommandRunner.seedExample, "--layout", "spring"])
        XCTAssertEqual(layout.status, 64)
        XCTAssertTrue(layout.standardError.contains("dot"), layout.standardError)
        XCTAssertTrue(layout.standardError.contains("sfdp"), layout.standardError)
        let format = try CommandRunner.run(["render", CommandRunner.seedExample, "--format", "gif"])
        XCTAssertEqual(format.status, 64)
        XCTAssertTrue(format.standardError.contains("svg"), format.standardError)
        let byExtension = try CommandRunner.run(["render", CommandRunner.seedExample, "-o", "/tmp/x.bmp"])
        XCTAssertEqual(byExtension.status, 64)
    }

    func testMissingFileIsAClearError() throws {
        let result = try CommandRunner.run(["render", "/nonexistent/graph.rg"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.standardError, "relgraph: /nonexistent/graph.rg: no such file\n")
    }

    func testInvalidUTF8IsAClearError() throws {
        let folder = try CommandRunner.temporaryFolder()
        let input = folder.appendingPathComponent("binary.rg")
        try Data([0x41, 0xFF, 0xFE, 0x00, 0x80]).write(to: input)
        let result = try CommandRunner.run(["render", input.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("binary.rg:1:2: not valid UTF-8"), result.standardError)
        XCTAssertEqual(result.outputText, "")
    }

    func testABinaryFileIsNamedAsOneWithItsLine() throws {
        let folder = try CommandRunner.temporaryFolder()
        let input = folder.appendingPathComponent("article.txt")
        try Data(Array("Russia backs Syria.\n".utf8) + [0x00, 0x01, 0x02]).write(to: input)
        let output = folder.appendingPathComponent("article.json")
        let result = try CommandRunner.run(["extract", input.path, "-o", output.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("article.txt:2:1: a NUL byte"), result.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path), "nothing written")
    }

    func testAnEmptyFileIsAClearError() throws {
        let result = try CommandRunner.run(["render", "/dev/null"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("/dev/null: is empty; expected a graph"), result.standardError)
    }
}
