import Foundation
import XCTest

/// The progress bar of `extract`, `ingest` and `reindex`: never on standard output, never
/// when standard error is piped, gone with `--quiet`, and drawn on a terminal.
final class ProgressCommandTests: XCTestCase {
    private func jsonLines(_ count: Int) -> String {
        (0..<count).map { "{\"id\": \"p\($0)\", \"text\": \"Turkey condemned Russia on day \($0). Iran backs Syria.\"}\n" }.joined()
    }

    /// Piped (as in every test here), standard error carries no redraws and no
    /// summary line, and standard output only the graphs; `--quiet` is accepted.
    func testPipedOutputHasNoProgressBar() throws {
        let folder = try CommandRunner.temporaryFolder()
        for quiet in [false, true] {
            let extract = try CommandRunner.run(["extract", "--jsonl"] + (quiet ? ["--quiet"] : []), input: jsonLines(300))
            XCTAssertEqual(extract.status, 0, extract.standardError)
            XCTAssertEqual(extract.standardError, "")
            let lines = extract.outputText.split(separator: "\n")
            XCTAssertEqual(lines.count, 300)
            XCTAssertTrue(lines.allSatisfy { $0.hasPrefix("{") && $0.hasSuffix("}") })
            XCTAssertFalse(extract.outputText.contains("\r"))

            let db = folder.appendingPathComponent("progress-\(quiet).sqlite").path
            let ingest = try CommandRunner.run(["ingest", "--jsonl", "--db", db] + (quiet ? ["--quiet"] : []), input: jsonLines(300))
            XCTAssertEqual(ingest.status, 0, ingest.standardError)
            XCTAssertEqual(ingest.standardError, "")
            XCTAssertTrue(ingest.outputText.hasPrefix("\(db): stored 300 new article(s) with "), ingest.outputText)
            XCTAssertFalse(ingest.outputText.contains("\r"))

            let reindex = try CommandRunner.run(["reindex", "--all", "--db", db] + (quiet ? ["--quiet"] : []))
            XCTAssertEqual(reindex.status, 0, reindex.standardError)
            XCTAssertEqual(reindex.standardError, "")
            XCTAssertTrue(reindex.outputText.hasPrefix("\(db): re-extracted 300 article(s)"), reindex.outputText)
        }
    }

    /// On a terminal (a pseudo-terminal from util-linux's `script`), standard
    /// error shows the bar, redrawn with `\r`, and ends with the summary line;
    /// `--quiet` leaves it out. Skipped where `script` is missing.
    func testATerminalShowsTheBarUnlessQuiet() throws {
        let script = "/usr/bin/script"
        guard FileManager.default.isExecutableFile(atPath: script) else { throw XCTSkip("no \(script) for a pseudo-terminal") }
        let folder = try CommandRunner.temporaryFolder()
        let input = folder.appendingPathComponent("in.jsonl")
        try jsonLines(300).write(to: input, atomically: true, encoding: .utf8)
        let relgraph = CommandRunner.productsDirectory.appendingPathComponent("relgraph").path
        func onTerminal(_ arguments: String) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: script)
            // Standard output goes to a file, so what the terminal shows is standard error.
            process.arguments = ["-qec", "\(relgraph) \(arguments) > \(folder.path)/out.jsonl", "/dev/null"]
            let output = Pipe()
            process.standardOutput = output
            process.standardInput = Pipe()
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0)
            return String(decoding: data, as: UTF8.self)
        }
        let shown = try onTerminal("extract --jsonl \(input.path)")
        XCTAssertTrue(shown.contains("\r"), shown)
        XCTAssertTrue(shown.contains("extracted 300 articles ("), shown)
        XCTAssertTrue(shown.contains("articles/s"), shown)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("out.jsonl"), encoding: .utf8)
            .split(separator: "\n").count, 300)
        XCTAssertEqual(try onTerminal("extract --jsonl --quiet \(input.path)"), "")
        let ingest = try onTerminal("ingest --jsonl \(input.path) --db \(folder.path)/t.sqlite")
        XCTAssertTrue(ingest.contains("ingested 300 articles ("), ingest)
        let reindex = try onTerminal("reindex --all --db \(folder.path)/t.sqlite")
        XCTAssertTrue(reindex.contains("re-extracted 300 articles ("), reindex)
        XCTAssertTrue(reindex.contains("articles/s"), reindex)
        XCTAssertEqual(try onTerminal("reindex --all --quiet --db \(folder.path)/t.sqlite"), "")
    }
}
