import Foundation
import XCTest

/// `relgraph merge` end to end.
final class MergeCommandTests: XCTestCase {
    func testMergesAFolderInNameOrderWithProvenance() throws {
        let folder = try CommandRunner.temporaryFolder()
        try "date 2016-02-05\nTurkey opposes Kurds \"one\"\n".write(to: folder.appendingPathComponent("a.rg"), atomically: true, encoding: .utf8)
        try "date 2016-03-01\nTurkey opposes Kurds \"two\"\nTurkey attacks Kurds\n".write(to: folder.appendingPathComponent("b.rg"), atomically: true, encoding: .utf8)
        try "not a graph".write(to: folder.appendingPathComponent("notes.md"), atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("all.json").path
        let result = try CommandRunner.run(["merge", folder.path, "-o", output])
        XCTAssertEqual(result.status, 0, result.standardError)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        XCTAssertTrue(text.contains("\"articles\" : 2"), text)
        XCTAssertTrue(text.contains("\"first_date\" : \"2016-02-05\""), text)
        XCTAssertTrue(text.contains("\"last_date\" : \"2016-03-01\""), text)
        XCTAssertTrue(text.contains("\"kind\" : \"attacks\""), text)
    }

    func testABrokenInputNamesTheFileAndWritesNothing() throws {
        let folder = try CommandRunner.temporaryFolder()
        let good = folder.appendingPathComponent("a.rg")
        try "Turkey opposes Kurds\n".write(to: good, atomically: true, encoding: .utf8)
        let bad = folder.appendingPathComponent("b.json")
        try "{\"stances\": 3}".write(to: bad, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("all.json").path
        let result = try CommandRunner.run(["merge", good.path, bad.path, "-o", output])
        XCTAssertEqual(result.status, 2, "trouble is 2 across diff, merge and timeline")
        XCTAssertTrue(result.standardError.contains("b.json"), result.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    /// Usage errors are trouble, status 2, as for diff and timeline (64 is for the other commands).
    func testUsageErrorsExitTwo() throws {
        let noInput = try CommandRunner.run(["merge"])
        XCTAssertEqual(noInput.status, 2)
        XCTAssertTrue(noInput.standardError.contains("give at least one article"), noInput.standardError)
        XCTAssertEqual(try CommandRunner.run(["merge", CommandRunner.seedExample, "--bogus"]).status, 2)
        XCTAssertEqual(try CommandRunner.run(["merge", CommandRunner.seedExample, "--evidence", "-1"]).status, 2)
        XCTAssertEqual(try CommandRunner.run(["merge", CommandRunner.seedExample, "--format", "pdf"]).status, 2)
        XCTAssertEqual(try CommandRunner.run(["merge", "--help"]).status, 0)
        // Other commands keep ArgumentParser's 64.
        XCTAssertEqual(try CommandRunner.run(["render", CommandRunner.seedExample, "--layout", "bogus"]).status, 64)
    }

    /// The text format has no place for a stance's provenance: writing rg says
    /// so on stderr (and still writes the graph); JSON keeps it and says nothing.
    func testRGOutputWarnsThatProvenanceIsDropped() throws {
        let folder = try CommandRunner.temporaryFolder()
        try "date 2016-02-05\nTurkey opposes Kurds\n".write(to: folder.appendingPathComponent("a.rg"), atomically: true, encoding: .utf8)
        try "date 2016-03-01\nTurkey opposes Kurds\n".write(to: folder.appendingPathComponent("b.rg"), atomically: true, encoding: .utf8)
        let target = folder.appendingPathComponent("all.rg").path
        let rg = try CommandRunner.run(["merge", folder.path, "-o", target])
        XCTAssertEqual(rg.status, 0, rg.standardError)
        XCTAssertTrue(rg.standardError.hasPrefix("relgraph: warning: the text format (rg) cannot carry provenance"), rg.standardError)
        XCTAssertTrue(rg.standardError.contains(".json"), "says how to keep it: \(rg.standardError)")
        XCTAssertTrue(try String(contentsOfFile: target, encoding: .utf8).contains("Turkey opposes Kurds x2"))
        let piped = try CommandRunner.run(["merge", folder.path, "--format", "rg"])
        XCTAssertTrue(piped.standardError.contains("warning"), piped.standardError)
        let json = try CommandRunner.run(["merge", folder.path])
        XCTAssertEqual(json.standardError, "")
    }

    /// As for diff: `-o all.graph` names no format (it was written as JSON).
    func testAnUnknownOutputExtensionIsAUsageError() throws {
        let folder = try CommandRunner.temporaryFolder()
        let target = folder.appendingPathComponent("all.graph").path
        let result = try CommandRunner.run(["merge", CommandRunner.seedExample, "-o", target])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.standardError.contains(".json") && result.standardError.contains(".rg"), result.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target))
        XCTAssertEqual(try CommandRunner.run(["merge", CommandRunner.seedExample, "-o", target, "--format", "json"]).status, 0)
    }

    /// A file given twice (a folder and one of its files) is one article: its
    /// stances and its article are counted once, and stderr says which was skipped.
    func testTheSameArticleGivenTwiceIsCountedOnce() throws {
        let folder = try CommandRunner.temporaryFolder()
        let a = folder.appendingPathComponent("a.rg")
        try "date 2016-02-05\nTurkey opposes Kurds \"one\"\n".write(to: a, atomically: true, encoding: .utf8)
        try "date 2016-03-01\nTurkey opposes Kurds \"two\"\n".write(to: folder.appendingPathComponent("b.rg"), atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["merge", folder.path, a.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.outputText.contains("\"articles\" : 2"), result.outputText)
        XCTAssertTrue(result.outputText.contains("\"count\" : 2"), result.outputText)
        XCTAssertTrue(result.outputText.contains("\"articles\" : \"2\""), "metadata counts merged articles: \(result.outputText)")
        XCTAssertTrue(result.standardError.contains("\(a.path): the same article as a (same url, id or content); merged once"),
                      result.standardError)
    }
}
