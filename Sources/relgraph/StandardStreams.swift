import Foundation

/// Writing to the process's standard output and error with plain POSIX calls.
///
/// Why not `FileHandle.standardOutput.write(_:)`: swift-corelibs-foundation
/// implements it with a `try!`, so a standard output that cannot take the
/// bytes (a full disk, `> /dev/full`, a closed descriptor) ended the tool with
/// a fatal error and a stack trace instead of a message. Here a failed write of
/// the result is an error naming the reason, which each command turns into one
/// line on stderr and its trouble status (2 for diff, merge and timeline).
enum StandardOutput {
    /// Writes all of `data`, retrying short and interrupted writes.
    static func write(_ data: Data) throws {
        if let reason = FileDescriptorWriter.writeAll(data, to: STDOUT_FILENO) {
            throw CLIError("cannot write to standard output: \(reason)")
        }
    }

    /// Writes `text` as UTF-8.
    static func write(text: String) throws {
        try write(Data(text.utf8))
    }
}

/// Messages on standard error. A message that cannot be written is dropped:
/// there is nowhere left to report it, and a diagnostic must never crash the
/// tool (as `FileHandle.standardError.write` does on a full or closed stderr).
enum StandardError {
    static func write(_ text: String) {
        _ = FileDescriptorWriter.writeAll(Data(text.utf8), to: STDERR_FILENO)
    }
}
