import Foundation

/// Runs this same executable again with other arguments and a time limit.
///
/// Why: two measurements need a process of their own. A layout that runs for
/// minutes cannot be interrupted in-process (see `AlternativeLayouts`), and the
/// stock libgvc floor must be taken where the renderer has never run, because
/// the renderer installs process-wide cgraph disciplines (see `StockFloor`).
/// The child's standard output goes to a temporary file, so a long output can
/// never fill a pipe and stall it. On timeout only this child is stopped, by its
/// process id.
enum ChildProcess {
    enum Outcome {
        case finished(status: Int32, output: String)
        case timedOut
    }

    static func run(_ arguments: [String], timeout: Double) throws -> Outcome {
        let outputFile = temporaryFile(suffix: "out")
        _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outputFile) }
        let handle = try FileHandle(forWritingTo: outputFile)
        defer { try? handle.close() }

        let process = Process()
        process.executableURL = executableURL
        process.arguments = arguments
        process.standardOutput = handle
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()  // SIGTERM to this child only
            process.waitUntilExit()
            return .timedOut
        }
        process.waitUntilExit()
        let output = try String(contentsOf: outputFile, encoding: .utf8)
        return .finished(status: process.terminationStatus, output: output)
    }

    /// A fresh path in the temporary directory, named after this process.
    static func temporaryFile(suffix: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent(
            "relgraph-bench-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).\(suffix)")
    }

    /// This executable's path, so the child is the same build.
    private static var executableURL: URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    }
}
