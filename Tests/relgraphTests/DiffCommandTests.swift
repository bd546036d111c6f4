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

    func testSVGFromTheExtensionExitsOneAndIsAPicture() throws {
        let (a, b) = try pair()
        let target = folder.appendingPathComponent("d.svg").path
        let result = try CommandRunner.run(["diff", a, b, "-o", target])
        XCTAssertEqual(result.status, 1, result.standardError)
        let svg = try String(contentsOfFile: target, encoding: .utf8)
        XCTAssertTrue(svg.contains("<svg"))
        XCTAssertTrue(svg.contains("diff-changed"))
        XCTAssertTrue(svg.contains("diff-unchanged"), "shared stances are drawn grey")
        XCTAssertTrue(svg.contains("Ankara condemned Moscow."), "evidence on hover by default")
        // The same graph twice: exit 0, still a picture (on standard output).
        let same = try CommandRunner.run(["diff", a, a, "--format", "svg"])
        XCTAssertEqual(same.status, 0, same.standardError)
        XCTAssertTrue(same.outputText.contains("<svg"))
    }

    func testNoEvidenceLayoutAndTitle() throws {
        let (a, b) = try pair()
        let result = try CommandRunner.run(["diff", a, b, "--format", "svg", "--no-evidence", "--layout", "neato",
                                            "--title", "Turkey & Russia <2016>"])
        XCTAssertEqual(result.status, 1, result.standardError)
        XCTAssertFalse(result.outputText.contains("Ankara condemned"))
        XCTAssertFalse(result.outputText.contains("They met."))
        XCTAssertTrue(result.outputText.contains("Turkey &amp; Russia &lt;2016&gt;"))
        // Picture options without a picture, and a bad engine, are usage errors (2).
        XCTAssertEqual(try CommandRunner.run(["diff", a, b, "--no-evidence"]).status, 2)
        XCTAssertEqual(try CommandRunner.run(["diff", a, b, "--format", "svg", "--layout", "bogus"]).status, 2)
        XCTAssertEqual(try CommandRunner.run(["diff", a, b, "--side-by-side", "--format", "json"]).status, 2)
    }

    func testSideBySideWritesThreeFilesOrTheCombinedOnStdout() throws {
        let (a, b) = try pair()
        let target = folder.appendingPathComponent("s.svg").path
        let result = try CommandRunner.run(["diff", a, b, "--side-by-side", "-o", target])
        XCTAssertEqual(result.status, 1, result.standardError)
        for name in ["s.svg", "s.before.svg", "s.after.svg"] {
            let text = try String(contentsOfFile: folder.appendingPathComponent(name).path, encoding: .utf8)
            XCTAssertTrue(text.contains("<svg"), name)
        }
        let combined = try String(contentsOfFile: target, encoding: .utf8)
        XCTAssertTrue(combined.contains("before-") && combined.contains("after-"))
        // No temporary files left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        XCTAssertFalse(names.contains { $0.hasSuffix(".tmp") }, "\(names)")

        let piped = try CommandRunner.run(["diff", a, b, "--side-by-side"])
        XCTAssertEqual(piped.status, 1, piped.standardError)
        XCTAssertTrue(piped.outputText.contains("before-") && piped.outputText.contains("after-"))
    }

    func testPNGAndTroubleWithPictures() throws {
        let (a, b) = try pair()
        let target = folder.appendingPathComponent("d.png").path
        XCTAssertEqual(try CommandRunner.run(["diff", a, b, "-o", target]).status, 1)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: target))
        XCTAssertEqual(Array(bytes.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        // A missing input: 2, and no picture written.
        let missing = folder.appendingPathComponent("m.svg").path
        let result = try CommandRunner.run(["diff", a, folder.appendingPathComponent("nope.rg").path, "-o", missing])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.standardError.contains("nope.rg"), result.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing))
    }

    /// The three side-by-side files are written all or nothing: when one cannot
    /// be written (here a folder stands where `x.after.svg` should go), none of
    /// them is left behind, no temporary file either, and files that were there
    /// before the run are as they were.
    func testSideBySideWritesAllThreeFilesOrNone() throws {
        let (a, b) = try pair()
        for blocked in ["x.before.svg", "x.after.svg", "x.svg"] {
            let run = folder.appendingPathComponent("run-\(blocked)")
            try FileManager.default.createDirectory(at: run, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: run.appendingPathComponent(blocked), withIntermediateDirectories: false)
            // An older picture of another run is kept whole.
            let older = blocked == "x.svg" ? "x.before.svg" : "x.svg"
            try "old picture".write(to: run.appendingPathComponent(older), atomically: true, encoding: .utf8)
            let result = try CommandRunner.run(["diff", a, b, "--side-by-side", "-o", run.appendingPathComponent("x.svg").path])
            XCTAssertEqual(result.status, 2, result.standardError)
            XCTAssertTrue(result.standardError.contains(blocked), result.standardError)
            let names = try FileManager.default.contentsOfDirectory(atPath: run.path).sorted()
            XCTAssertEqual(names, [blocked, older].sorted(), "nothing written, nothing left over when \(blocked) is blocked")
            XCTAssertEqual(try String(contentsOf: run.appendingPathComponent(older), encoding: .utf8), "old picture")
        }
    }

    /// An empty input is not a graph: `/dev/null` was "cannot be read (check its
    /// permissions)", an empty .rg an empty graph, an empty .json a JSON error.
    /// Now each says the file is empty, with status 2. A graph of nothing is
    /// still possible, written on purpose (a comment line in the text format).
    /// An empty article names no one: an empty graph, as `extract` gives.
    func testAnEmptyInputIsTroubleNamingTheFile() throws {
        let (a, _) = try pair()
        for empty in ["/dev/null", try file("e.rg", ""), try file("e.json", " \n")] {
            let result = try CommandRunner.run(["diff", a, empty])
            XCTAssertEqual(result.status, 2, "\(empty): \(result.standardError)")
            XCTAssertEqual(result.standardError, "relgraph: \(empty): is empty; expected a graph (.rg, .json, .dot) or an article (.txt)\n")
            XCTAssertEqual(result.outputText, "")
        }
        let stdin = try CommandRunner.run(["diff", a, "-"], input: "")
        XCTAssertEqual(stdin.status, 2)
        XCTAssertTrue(stdin.standardError.contains("<stdin>: is empty"), stdin.standardError)
        for nothing in [try file("nothing.rg", "# no stances in this one\n"), try file("e.txt", "")] {
            let result = try CommandRunner.run(["diff", a, nothing])
            XCTAssertEqual(result.status, 1, result.standardError)
            XCTAssertTrue(result.outputText.contains("- Turkey meets Russia"), result.outputText)
        }
    }

    /// A pipe (bash's `<(...)`) is read like a file.
    func testAPipeIsReadAsAnInput() throws {
        let (a, b) = try pair()
        let relgraph = CommandRunner.productsDirectory.appendingPathComponent("relgraph").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", "'\(relgraph)' diff '\(a)' <(cat '\(b)') > /dev/null 2>&1; echo $?"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(text, "1\n", "differences, read through a pipe")
    }

    /// `-o x.xyz` wrote text silently; an extension that names no format is a
    /// usage error (2) that lists the ones there are. `--format` still writes
    /// any name, and a name without an extension is text.
    func testAnUnknownOutputExtensionIsAUsageError() throws {
        let (a, b) = try pair()
        let target = folder.appendingPathComponent("x.xyz").path
        let result = try CommandRunner.run(["diff", a, b, "-o", target])
        XCTAssertEqual(result.status, 2)
        for named in [".xyz", ".txt", ".json", ".md", ".svg", ".png", "--format"] {
            XCTAssertTrue(result.standardError.contains(named), "\(named): \(result.standardError)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: target))
        XCTAssertEqual(try CommandRunner.run(["diff", a, b, "-o", target, "--side-by-side"]).status, 2)
        XCTAssertEqual(try CommandRunner.run(["diff", a, b, "-o", target, "--format", "json"]).status, 1)
        XCTAssertTrue(try String(contentsOfFile: target, encoding: .utf8).contains("relgraph-diff"))
        let plain = folder.appendingPathComponent("plain").path
        XCTAssertEqual(try CommandRunner.run(["diff", a, b, "-o", plain]).status, 1)
        XCTAssertTrue(try String(contentsOfFile: plain, encoding: .utf8).hasPrefix("--- "))
    }
}
