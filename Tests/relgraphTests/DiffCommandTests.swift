import Foundation
import XCTest

/// `relgraph diff` end to end: output formats, diff(1)'s exit statuses, errors.
final class DiffCommandTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try CommandRunner.temporaryFolder()
    }

    private func file(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    private func pair() throws -> (String, String) {
        (try file("a.rg", "title \"Before\"\nTurkey meets Russia \"They met.\"\nUS supports Kurds\n"),
         try file("b.rg", "title \"After\"\nTurkey opposes Russia \"Ankara condemned Moscow.\"\nUS supports Kurds\n"))
    }

    func testDifferencesExitOneAndArePlainWhenPiped() throws {
        let (a, b) = try pair()
        let result = try CommandRunner.run(["diff", a, b])
        XCTAssertEqual(result.status, 1, result.standardError)
        XCTAssertTrue(result.outputText.contains("~ Turkey meets Russia -> Turkey opposes Russia"), result.outputText)
        XCTAssertFalse(result.outputText.contains("\u{1B}"))
    }

    func testSameGraphExitsZero() throws {
        let (a, _) = try pair()
        let result = try CommandRunner.run(["diff", a, a, "--unchanged"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.outputText.contains("  US supports Kurds"), result.outputText)
    }

    func testJSONAndMarkdownToFiles() throws {
        let (a, b) = try pair()
        let json = folder.appendingPathComponent("d.json").path
        XCTAssertEqual(try CommandRunner.run(["diff", a, b, "-o", json]).status, 1)
        XCTAssertTrue(try String(contentsOfFile: json, encoding: .utf8).contains("\"format\" : \"relgraph-diff\""))
        let markdown = try CommandRunner.run(["diff", a, b, "--format", "markdown"])
        XCTAssertTrue(markdown.outputText.hasPrefix("# Stance diff:"), markdown.outputText)
    }

    func testTroubleExitsTwoAndNamesTheFile() throws {
        let (a, _) = try pair()
        let missing = try CommandRunner.run(["diff", a, folder.appendingPathComponent("nope.rg").path])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.standardError.contains("nope.rg: no such file"), missing.standardError)

        let broken = try file("broken.json", "{\"actors\": [}")
        let parse = try CommandRunner.run(["diff", a, broken])
        XCTAssertEqual(parse.status, 2)
        XCTAssertTrue(parse.standardError.hasPrefix("\(broken):1:"), parse.standardError)
    }

    func testADiffIsNotAGraph() throws {
        let (a, b) = try pair()
        let diffFile = folder.appendingPathComponent("d.json").path
        _ = try CommandRunner.run(["diff", a, b, "-o", diffFile])
        let graph = try CommandRunner.run(["convert", a, "--to", "json"]).outputText
        let graphFile = try file("g.json", graph)
        let result = try CommandRunner.run(["diff", graphFile, diffFile])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.standardError.contains("'relgraph-diff' document, not a RelGraph graph"), result.standardError)
    }

    func testUsageErrorsExitTwoForDiff() throws {
        let (a, b) = try pair()
        XCTAssertEqual(try CommandRunner.run(["diff", a, b, "--bogus"]).status, 2)
        XCTAssertEqual(try CommandRunner.run(["diff", a]).status, 2)
        XCTAssertEqual(try CommandRunner.run(["diff", a, b, "--format", "pdf"]).status, 2)
        XCTAssertEqual(try CommandRunner.run(["diff", "--help"]).status, 0)
    }

    func testSVGIsReservedWithAClearMessageAndNoFile() throws {
        let (a, b) = try pair()
        let target = folder.appendingPathComponent("d.svg").path
        let result = try CommandRunner.run(["diff", a, b, "-o", target])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.standardError.contains("not available yet"), result.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target))
    }
}
