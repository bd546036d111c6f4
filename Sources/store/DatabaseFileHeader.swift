import Foundation

/// The first 100 bytes of a SQLite database file, read with plain file I/O.
///
/// Why read them ourselves: SQLite reports a file cut short, a page of random
/// bytes and a file that was never a database alike (`SQLITE_CORRUPT`,
/// `SQLITE_NOTADB`), but the user needs to hear different things: "this is not
/// a RelGraph database, give another file" or "this RelGraph database is
/// damaged, restore it". The header says which: SQLite's magic string, the
/// `application_id` RelGraph stamps on its files, and the page size and count,
/// against which the file's length shows a truncation. Reading it writes
/// nothing, so a refused file stays byte-identical.
struct DatabaseFileHeader: Sendable, Equatable {
    /// "SQLite format 3" and a zero byte: how every SQLite database begins.
    static let magic: [UInt8] = Array("SQLite format 3\u{0}".utf8)

    /// The file's length in bytes.
    var fileSize: Int
    /// Whether the file begins with SQLite's magic string (or, shorter than
    /// the magic, with its first bytes).
    var isSQLite: Bool
    /// `PRAGMA application_id` (bytes 68-71); 0 when unset or unread.
    var applicationID: Int32
    /// The page size in bytes (bytes 16-17, 1 meaning 65,536); 0 when unread.
    var pageSize: Int
    /// The database's size in pages as the header records it (bytes 28-31),
    /// when SQLite marks that figure valid (bytes 92-95 equal the change
    /// counter, bytes 24-27); nil otherwise.
    var pageCount: Int?

    /// Whether the header marks the file as RelGraph's.
    var isRelGraph: Bool { isSQLite && applicationID == Schema.applicationID }

    /// Bytes the header says the file holds, when it says.
    var expectedSize: Int? { pageCount.map { $0 * pageSize } }

    /// The header of the file at `path`; nil when there is no file or it is empty.
    static func read(_ path: String) -> DatabaseFileHeader? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), size > 0 else { return nil }
        try? handle.seek(toOffset: 0)
        let bytes = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        return DatabaseFileHeader(bytes: bytes, fileSize: Int(size))
    }

    /// The header in `bytes` (the file's first bytes, up to 100) of a file of `fileSize` bytes.
    init(bytes: [UInt8], fileSize: Int) {
        self.fileSize = fileSize
        let prefix = min(bytes.count, Self.magic.count)
        isSQLite = prefix > 0 && Array(bytes[0..<prefix]) == Array(Self.magic[0..<prefix])
        func integer(_ offset: Int, _ length: Int) -> UInt32? {
            guard bytes.count >= offset + length else { return nil }
            return bytes[offset..<offset + length].reduce(0) { $0 << 8 | UInt32($1) }
        }
        applicationID = isSQLite ? Int32(bitPattern: integer(68, 4) ?? 0) : 0
        let rawPageSize = integer(16, 2) ?? 0
        pageSize = rawPageSize == 1 ? 65_536 : Int(rawPageSize)
        if isSQLite, let count = integer(28, 4), count > 0, integer(92, 4) == integer(24, 4) {
            pageCount = Int(count)
        } else {
            pageCount = nil
        }
    }

    /// Why a SQLite file of RelGraph's is cut short, when it is: shorter than
    /// the 100-byte header, or than the pages the header counts. `hasLog`: a
    /// write-ahead log with frames sits beside it, which may hold pages the file
    /// does not have yet (a checkpoint was interrupted), so the file's length
    /// then proves nothing.
    func truncation(hasLog: Bool) -> String? {
        guard isSQLite else { return nil }
        if fileSize < 100 {
            return "truncated: \(fileSize) bytes, shorter than SQLite's 100-byte header"
        }
        guard isRelGraph, !hasLog, let expectedSize, fileSize < expectedSize else { return nil }
        return "truncated: \(fileSize) of \(expectedSize) bytes"
    }

    /// Whether a write-ahead log with frames (not just its 32-byte header, or
    /// an emptied one) sits beside the database at `path`.
    static func hasLog(beside path: String) -> Bool {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path + "-wal")
        return ((attributes?[.size] as? Int) ?? 0) > 32
    }
}
