import Foundation
import XCTest

/// `relgraph timeline` end to end.
final class TimelineCommandTests: XCTestCase {
    func testTableOrderedByDate() throws {
        let folder = try CommandRunner.temporaryFolder()
        try "date 2016-03-01\nTurkey opposes Russia\n".write(to: folder.appendingPathComponent("a.rg"), atomically: true, encoding: .utf8)
        try "date 2016-02-05\nTurkey meets Russia\n".write(to: folder.appendingPathComponent("b.rg"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["timeline", folder.path, "--pair", "Turkey,Russia"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let lines = result.outputText.split(separator: "\n")
        XCTAssertTrue(lines[2].hasPrefix("2016-02-05  b"), result.outputText)
        XCTAssertTrue(lines[3].contains("+ Turkey opposes Russia"), result.outputText)
        let json = try CommandRunner.run(["timeline", folder.path, "--pair", "Turkey,Russia", "--format", "json"])
        XCTAssertTrue(json.outputText.contains("relgraph-timeline"))
    }

    /// Usage errors are trouble, status 2, as for diff and merge (64 is for the other commands).
    func testBadPairIsAUsageErrorWithStatusTwo() throws {
        let pair = try CommandRunner.run(["timeline", CommandRunner.seedExample, "--pair", "Turkey"])
        XCTAssertEqual(pair.status, 2)
        XCTAssertTrue(pair.standardError.contains("--pair needs two different actors"), pair.standardError)
        let missing = try CommandRunner.run(["timeline", CommandRunner.seedExample])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.standardError.contains("--pair"), missing.standardError)
        XCTAssertEqual(try CommandRunner.run(["timeline", "--pair", "Turkey,Russia"]).status, 2)
        XCTAssertEqual(try CommandRunner.run(["timeline", CommandRunner.seedExample, "--pair", "A,B", "--format", "pdf"]).status, 2)
        XCTAssertEqual(try CommandRunner.run(["timeline", "--help"]).status, 0)
    }

    func testSVGChartFromFormatOrExtension() throws {
        let folder = try CommandRunner.temporaryFolder()
        try "date 2016-03-01\nTurkey opposes Russia \"Ankara <condemned> Moscow.\"\nRussia threatens Turkey\n"
            .write(to: folder.appendingPathComponent("a.rg"), atomically: true, encoding: .utf8)
        try "date 2016-02-05\nTurkey meets Russia\n".write(to: folder.appendingPathComponent("b.rg"), atomically: true, encoding: .utf8)
        let svg = try CommandRunner.run(["timeline", folder.path, "--pair", "Turkey,Russia", "--format", "svg"])
        XCTAssertEqual(svg.status, 0, svg.standardError)
        XCTAssertTrue(svg.outputText.contains("relgraph-timeline"))
        XCTAssertTrue(svg.outputText.contains("Turkey ↔ Russia"))
        XCTAssertTrue(svg.outputText.contains("class=\"mark threatens conflictual reverse\""))
        XCTAssertFalse(svg.outputText.contains("condemned"), "no evidence in the chart")
        let target = folder.appendingPathComponent("t.svg").path
        let file = try CommandRunner.run(["timeline", folder.path, "--pair", "Turkey,Russia", "-o", target, "--title", "T/R"])
        XCTAssertEqual(file.status, 0, file.standardError)
        XCTAssertTrue(try String(contentsOfFile: target, encoding: .utf8).contains("<title id=\"relgraph-title\">T/R</title>"))
    }

    func testAMissingFileIsTroubleWithStatusTwo() throws {
        let result = try CommandRunner.run(["timeline", "/nonexistent/a.rg", "--pair", "Turkey,Russia"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.standardError.contains("/nonexistent/a.rg"), result.standardError)
    }

    /// `--pair Foo,Bar` that no input names exited 0 with a table of
    /// "(not both named)" rows; it is trouble (2) naming the actor(s), and
    /// nothing is written.
    func testAnActorNoInputNamesIsTrouble() throws {
        let folder = try CommandRunner.temporaryFolder()
        try "date 2016-03-01\nTurkey opposes Russia\n".write(to: folder.appendingPathComponent("a.rg"), atomically: true, encoding: .utf8)
        try "date 2016-02-05\nIran meets Russia\n".write(to: folder.appendingPathComponent("b.rg"), atomically: true, encoding: .utf8)
        let neither = try CommandRunner.run(["timeline", folder.path, "--pair", "Foo,Bar"])
        XCTAssertEqual(neither.status, 2)
        XCTAssertEqual(neither.outputText, "")
        XCTAssertTrue(neither.standardError.contains("Foo") && neither.standardError.contains("Bar"), neither.standardError)
        XCTAssertTrue(neither.standardError.contains("no input names"), neither.standardError)
        let target = folder.appendingPathComponent("t.svg").path
        let one = try CommandRunner.run(["timeline", folder.path, "--pair", "Turky,Russia", "-o", target])
        XCTAssertEqual(one.status, 2)
        XCTAssertTrue(one.standardError.contains("Turky") && !one.standardError.contains("Russia"), one.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target))
        // Named somewhere, if never together: a timeline, status 0.
        XCTAssertEqual(try CommandRunner.run(["timeline", folder.path, "--pair", "Turkey,Iran"]).status, 0)
    }

    /// As for diff: `-o t.png` names no timeline format (it was written as text).
    func testAnUnknownOutputExtensionIsAUsageError() throws {
        let folder = try CommandRunner.temporaryFolder()
        let target = folder.appendingPathComponent("t.png").path
        let result = try CommandRunner.run(["timeline", CommandRunner.seedExample, "--pair", "Turkey,Russia", "-o", target])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.standardError.contains(".svg") && result.standardError.contains(".md"), result.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target))
    }
}
