import Foundation

/// Writes a command's result so that a failure never leaves a half-written file:
/// the bytes go to a temporary file in the target's folder, which is then renamed
/// over the target in one step (several files that belong together: all or
/// none, `writeTogether`). `-` or no path means standard output.
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
        try writeTogether([(data, path)])
    }

    /// Writes several files all or nothing (the three pictures of `diff
    /// --side-by-side`): every file goes to a temporary file first; only when
    /// all are complete are they renamed into place, and if a rename fails the
    /// files already renamed in this run are taken back (a file that was there
    /// before is put back as it was) and the temporary files removed. The error
    /// names the file that could not be written.
    static func writeTogether(_ files: [(bytes: [UInt8], path: String)]) throws {
        try writeTogether(files.map { (Data($0.bytes), $0.path) })
    }

    private static func writeTogether(_ files: [(data: Data, path: String)]) throws {
        var temporaries: [String] = []
        func removeTemporaries() {
            for temporary in temporaries { unlink(temporary) }
        }
        for (data, path) in files {
            let target = URL(fileURLWithPath: path)
            let folder = target.deletingLastPathComponent()
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
                removeTemporaries()
                throw CLIError("\(path): the folder \(folder.path) does not exist")
            }
            let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
            if let reason = writeWhole(data, to: temporary) {
                unlink(temporary)
                removeTemporaries()
                throw CLIError("\(path): cannot write (\(reason))")
            }
            temporaries.append(temporary)
        }
        // Renamed so far, with the hard link that keeps what was there before (if anything).
        var renamed: [(path: String, backup: String?)] = []
        for (index, (_, path)) in files.enumerated() {
            let temporary = temporaries[index]
            let backup = temporary + ".old"
            let kept = files.count > 1 && link(path, backup) == 0
            guard rename(temporary, path) == 0 else {
                let reason = String(cString: strerror(errno))
                if kept { unlink(backup) }
                for earlier in renamed.reversed() {
                    if let backup = earlier.backup { rename(backup, earlier.path) } else { unlink(earlier.path) }
                }
                for later in temporaries[index...] { unlink(later) }
                throw CLIError("\(path): cannot write (\(reason))")
            }
            renamed.append((path, kept ? backup : nil))
        }
        for case let backup? in renamed.map(\.backup) { unlink(backup) }
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
