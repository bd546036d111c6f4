import Foundation

/// Writes bytes to an open file descriptor with plain POSIX calls, for the
/// standard streams and the temporary files of `OutputFile`: a short or
/// interrupted write is retried, and a failure gives its reason instead of
/// trapping, as Foundation's `FileHandle.write(_:)` does on Linux.
enum FileDescriptorWriter {
    /// Writes all of `data` to `descriptor`; the reason on failure (`strerror`).
    static func writeAll(_ data: Data, to descriptor: Int32) -> String? {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> String? in
            guard let base = bytes.baseAddress else { return nil }
            var offset = 0
            while offset < bytes.count {
                let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }
}
