import Foundation
import RelGraphStore
import XCTest

/// `relgraph ingest` killed with SIGKILL in the middle of a run: the database
/// is sound, every stored article has all its stances, and the next run stores
/// the rest, each article exactly once.
final class IngestKillTests: XCTestCase {
    func testKilledIngestLeavesWholeArticlesAndResumes() throws {
        let total = 1_500
        let folder = try CommandRunner.temporaryFolder()
        let db = folder.appendingPathComponent("killed.sqlite").path
        let input = folder.appendingPathComponent("many.jsonl")
        try StoreCorpus.jsonLines(count: total, sentences: 6).write(to: input, atomically: true, encoding: .utf8)
        // Create the database first, so it can be watched from the start.
        XCTAssertEqual(try CommandRunner.run(["ingest", "--jsonl", "--db", db], input: "").status, 0)

        let process = Process()
        process.executableURL = CommandRunner.productsDirectory.appendingPathComponent("relgraph")
        process.arguments = ["ingest", "--jsonl", input.path, "--db", db, "--jobs", "1"]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        // Kill as soon as some articles are committed; the run takes seconds, polling milliseconds.
        let deadline = Date().addingTimeInterval(120)
        var seen = 0
        while process.isRunning && Date() < deadline {
            seen = (try? StoreCorpus.storedCount(db)) ?? 0
            if seen > 0 { break }
            usleep(2_000)
        }
        XCTAssertTrue(process.isRunning, "the ingest finished before it could be killed (\(seen) stored)")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)

        let store = try Store(path: db, mode: .readOnly)
        let report = try store.checkIntegrity()
        XCTAssertEqual(report.sqlite, ["ok"])
        XCTAssertEqual(report.foreignKeyViolations, 0)
        XCTAssertEqual(report.incompleteArticles, [])
        let stored = report.articles
        XCTAssertGreaterThan(stored, 0)
        XCTAssertLessThan(stored, total)

        let rerun = try CommandRunner.run(["ingest", "--jsonl", input.path, "--db", db])
        XCTAssertEqual(rerun.status, 0, rerun.standardError)
        XCTAssertTrue(rerun.outputText.contains("stored \(total - stored) new article(s)"), rerun.outputText)
        XCTAssertTrue(rerun.outputText.contains("\(stored) already stored"), rerun.outputText)

        let final = try Store(path: db, mode: .readOnly)
        XCTAssertTrue(try final.checkIntegrity().isSound)
        let names = try final.articles().map(\.name)
        XCTAssertEqual(names.count, total)
        XCTAssertEqual(Set(names), Set((0..<total).map { "gen-\($0)" }))
    }
}
