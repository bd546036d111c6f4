import Foundation

/// Writes a command's result so that a failure never leaves a half-written file:
/// the bytes go to a temporary file in the target's folder, which is then renamed
/// over the target in one step. `-` or no path means standard output.
enum OutputFile {
    static func write(_ bytes: [UInt8], to path: String?) throws {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError("\(path): the folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(bytes).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError("\(path): cannot write (\(error.localizedDescription))")
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError("\(path): cannot write (\(reason))")
        }
    }

    /// Whether standard output is a terminal, where binary output would be garbage.
    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
