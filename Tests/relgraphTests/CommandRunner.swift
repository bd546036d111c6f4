import Foundation
import XCTest

/// Runs the built `relgraph` executable as a user would, capturing its output
/// and exit status.
struct CommandResult {
    var status: Int32
    var standardOutput: Data
    var standardError: String

    var outputText: String { String(decoding: standardOutput, as: UTF8.self) }
}

enum CommandRunner {
    /// The folder SwiftPM builds products into (the test bundle sits beside them).
    static var productsDirectory: URL {
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL
    }

    /// Runs `relgraph` with `arguments`. `standardOutput` replaces the pipe
    /// that captures standard output (a file such as /dev/full, to see what a
    /// failing output does); `standardOutput` of the result is then empty.
    static func run(_ arguments: [String], input: String? = nil, standardOutput: FileHandle? = nil) throws -> CommandResult {
        try run(executable: productsDirectory.appendingPathComponent("relgraph"), arguments, input: input,
                standardOutput: standardOutput)
    }

    /// Runs `relgraph` as the unprivileged user `nobody` (through `runuser`),
    /// so that file permissions apply: the tests run as root, whom `chmod`
    /// does not stop. Skips the test when not root or without `runuser`, or
    /// when `nobody` cannot reach the built executable.
    static func runAsNobody(_ arguments: [String]) throws -> CommandResult {
        guard getuid() == 0 else { throw XCTSkip("needs root, to run relgraph as nobody") }
        guard let runuser = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"]
            .first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("no runuser to run relgraph as nobody")
        }
        let relgraph = productsDirectory.appendingPathComponent("relgraph").path
        let probe = try run(executable: URL(fileURLWithPath: runuser), ["-u", "nobody", "--", relgraph, "--version"])
        guard probe.status == 0 else { throw XCTSkip("nobody cannot run \(relgraph): \(probe.standardError)") }
        return try run(executable: URL(fileURLWithPath: runuser), ["-u", "nobody", "--", relgraph] + arguments)
    }

    private static func run(executable: URL, _ arguments: [String], input: String? = nil,
                            standardOutput: FileHandle? = nil) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        let inputPipe = Pipe()
        process.standardOutput = standardOutput ?? output
        process.standardError = error
        process.standardInput = inputPipe
        try process.run()
        if let input { inputPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inputPipe.fileHandleForWriting.close()
        if standardOutput != nil { try output.fileHandleForWriting.close() }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, standardOutput: outputData,
                             standardError: String(decoding: errorData, as: UTF8.self))
    }

    /// A fresh empty folder for one test's files.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The repository's example graph.
    static var seedExample: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples/seed.rg").path
    }
}
