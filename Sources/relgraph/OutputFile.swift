import Foundation

/// Writes a command's result so that a failure never leaves a half-written file:
/// the bytes go to a temporary file in the target's folder, which is then renamed
/// over the target in one step. `-` or no path means standard output.
enum OutputFile {
    static func write(_ bytes: [UInt8], to path: String?) throws {
        try write(Data(bytes), to: path)
    }

    /// Writes `text` as UTF-8 without copying it first (a large graph's JSON
    /// would otherwise be held two or three times over).
    static func write(text: String, to path: String?) throws {
        var text = text
        try text.withUTF8 { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return try write(Data(), to: path) }
            try write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none), to: path)
        }
    }

    private static func write(_ data: Data, to path: String?) throws {
        guard let path, path != "-" else {
            try StandardOutput.write(data)
            return
        }
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError("\(path): the folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        if let reason = writeWhole(data, to: temporary.path) {
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError("\(path): cannot write (\(reason))")
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError("\(path): cannot write (\(reason))")
        }
    }

    /// Writes `data` to a new file at `path` with plain POSIX calls; the reason on
    /// failure. (Foundation's `Data.write` also syncs every file to disk, which
    /// made a batch of small graphs wait on the disk; the rename after a complete
    /// write is what keeps a failed run from leaving a half-written file.)
    private static func writeWhole(_ data: Data, to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        var failure = FileDescriptorWriter.writeAll(data, to: descriptor)
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        return failure
    }

    /// Whether standard output is a terminal, where binary output would be garbage.
    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}
