import Foundation
import XCTest

/// A standard output that cannot be written (a full disk, /dev/full) is trouble
/// the user must hear about: one line on stderr and the command's trouble
/// status, never a crash with a stack trace.
final class StandardStreamsTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = try CommandRunner.temporaryFolder()
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full")
    }

    private func file(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    private func runToFullDevice(_ arguments: [String]) throws -> CommandResult {
        let full = try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full"))
        defer { try? full.close() }
        return try CommandRunner.run(arguments, standardOutput: full)
    }

    private func assertCleanFailure(_ result: CommandResult, status: Int32, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(result.status, status, result.standardError, file: file, line: line)
        XCTAssertTrue(result.standardError.hasPrefix("relgraph: cannot write to standard output: No space left on device"),
                      result.standardError, file: file, line: line)
        XCTAssertFalse(result.standardError.contains("Fatal error"), result.standardError, file: file, line: line)
        XCTAssertEqual(result.standardError.split(separator: "\n").count, 1, result.standardError, file: file, line: line)
    }

    func testDiffMergeAndTimelineSayStandardOutputIsFullAndExitTwo() throws {
        let a = try file("a.rg", "date 2016-01-05\nTurkey meets Russia\n")
        let b = try file("b.rg", "date 2016-02-05\nTurkey opposes Russia\n")
        assertCleanFailure(try runToFullDevice(["diff", a, b]), status: 2)
        assertCleanFailure(try runToFullDevice(["diff", a, b, "--format", "svg"]), status: 2)
        assertCleanFailure(try runToFullDevice(["diff", a, b, "--side-by-side"]), status: 2)
        assertCleanFailure(try runToFullDevice(["merge", a, b]), status: 2)
        assertCleanFailure(try runToFullDevice(["timeline", a, b, "--pair", "Turkey,Russia"]), status: 2)
        assertCleanFailure(try runToFullDevice(["timeline", a, b, "--pair", "Turkey,Russia", "--format", "svg"]), status: 2)
    }

    func testOtherCommandsExitOne() throws {
        let a = try file("a.rg", "Turkey meets Russia\n")
        assertCleanFailure(try runToFullDevice(["render", a]), status: 1)
        assertCleanFailure(try runToFullDevice(["convert", a, "--to", "json"]), status: 1)
        let full = try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/full"))
        defer { try? full.close() }
        let stream = try CommandRunner.run(["extract", "--jsonl"], input: "{\"id\": \"x\", \"text\": \"Turkey attacked the Kurds.\"}\n",
                                           standardOutput: full)
        assertCleanFailure(stream, status: 1)
    }

    /// Standard input that cannot be read (here a folder) trapped in
    /// FileHandle.readDataToEndOfFile; it is trouble with a message.
    func testAnUnreadableStandardInputIsAClearError() throws {
        let a = try file("a.rg", "Turkey meets Russia\n")
        let process = Process()
        process.executableURL = CommandRunner.productsDirectory.appendingPathComponent("relgraph")
        process.arguments = ["diff", a, "-"]
        process.standardInput = try XCTUnwrap(FileHandle(forReadingAtPath: folder.path))
        let error = Pipe()
        process.standardError = error
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 2, message)
        XCTAssertEqual(message, "relgraph: cannot read standard input: Is a directory\n")
    }
}
