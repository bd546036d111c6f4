import Foundation
import GRDB
import RelGraph

/// A RelGraph corpus database: stored articles, the stances extracted from
/// them with their evidence, and the extractor version behind each.
///
/// Why one owner: every write goes through this object's single serial
/// connection (a GRDB `DatabaseQueue`), one transaction per article, so
/// extraction can run on all cores while writes stay serialised and a process
/// killed at any moment leaves whole articles or nothing. The database uses
/// write-ahead logging, so another process can read (`query`, an integrity
/// check) while an ingest runs.
public final class Store: Sendable {
    /// How a store is opened.
    public enum Mode: Sendable {
        /// For reading only: the database must exist and is never changed.
        case readOnly
        /// For writing: created when missing, its layout migrated to this version.
        case readWrite
    }

    /// The database file as the user named it (used in every message).
    public let path: String
    let queue: DatabaseQueue
    /// A second, read-only connection for look-ups made while the writer is in
    /// a transaction (an ingest checking which articles are stored while the
    /// previous batch is written): in WAL mode it reads the last commit without
    /// waiting for the writer. Nil for a store opened read-only.
    private let lookupQueue: DatabaseQueue?

    /// Opens (or, in `.readWrite`, creates) the database at `path`. `maxPageCount`
    /// caps the file's size in pages (SQLite's `max_page_count`): how tests
    /// simulate a full disk.
    public init(path: String, mode: Mode, maxPageCount: Int? = nil) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if isDirectory.boolValue { throw StoreError.cannotOpen(path: path, reason: "it is a folder") }
        if mode == .readOnly && !exists { throw StoreError.missing(path: path) }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !exists {
            var folderIsDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &folderIsDirectory),
                  folderIsDirectory.boolValue else {
                throw StoreError.cannotOpen(path: path, reason: "the folder \(folder) does not exist")
            }
        }
        if exists && access(path, R_OK) != 0 {
            throw StoreError.cannotOpen(path: path, reason: "it cannot be read; check its permissions")
        }
        // Writing creates the database, or its -wal and -shm files, beside it.
        let folderIsWritable = access(folder, W_OK) == 0
        if mode == .readWrite {
            guard folderIsWritable else { throw StoreError.folderNotWritable(path: path, folder: folder) }
            if exists && access(path, W_OK) != 0 { throw StoreError.readOnly(path: path) }
        }
        // What the file is, read before SQLite opens it: a file cut short is
        // damaged, one without SQLite's magic string is not ours.
        let header = DatabaseFileHeader.read(path)
        if let header {
            if let truncation = header.truncation(hasLog: DatabaseFileHeader.hasLog(beside: path)) {
                throw StoreError.damaged(path: path, detail: truncation)
            }
            guard header.isSQLite else { throw StoreError.notRelGraphDatabase(path: path) }
        }
        // Who the file belongs to, and for writing whether it is sound, is
        // asked on a read-only connection: nothing (not even the switch to
        // write-ahead logging) touches a file before it is known to be a
        // sound RelGraph database.
        var inspection = Configuration()
        inspection.readonly = true
        inspection.busyMode = .timeout(10)
        inspection.label = "RelGraphStore"
        var state = OpeningState.fresh
        var reader: DatabaseQueue?
        if header != nil {
            // A reader in a folder it cannot write cannot create the -shm file
            // that a write-ahead-logged database needs even for reading; with no
            // log beside it the file is the whole database, which no one can be
            // changing (a writer would need that folder too), so it is opened
            // immutable: SQLite then reads it without locks or -shm.
            let immutable = mode == .readOnly && !folderIsWritable && !DatabaseFileHeader.hasLog(beside: path)
            let inspector: DatabaseQueue
            do {
                inspector = try DatabaseQueue(path: immutable ? Self.immutableURI(path) : path, configuration: inspection)
            } catch {
                throw Self.translate(error, path: path)
            }
            state = try Self.inspect(inspector, path: path, quickCheck: mode == .readWrite)
            if mode == .readOnly { reader = inspector } else { try? inspector.close() }
        }
        try Self.accept(state, path: path, mode: mode)
        if let reader {
            queue = reader
            lookupQueue = nil
            return
        }
        var configuration = Configuration()
        configuration.journalMode = .wal
        // Wait for another writer (a concurrent ingest) rather than fail at once.
        configuration.busyMode = .timeout(10)
        configuration.label = "RelGraphStore"
        configuration.prepareDatabase { db in
            if let maxPageCount { try db.execute(sql: "PRAGMA max_page_count = \(maxPageCount)") }
            // In WAL mode NORMAL keeps every commit atomic and durable against a
            // process crash (kill -9); only a power loss may drop the last commits.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Ingest inserts into two indexes at random places (the unique
            // content hash of each article, the ids of its actors): a 16 MiB page cache (SQLite's default is 2 MiB)
            // keeps them in memory instead of re-reading them from the file,
            // and checkpoints every 10,000 pages of log (~40 MB) instead of
            // every 1,000 copy each hot page to the database file less often.
            try db.execute(sql: "PRAGMA cache_size = -16384")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try Schema.migrator.migrate(queue)
        } catch {
            throw Self.translate(error, path: path)
        }
        var lookup = Configuration()
        lookup.readonly = true
        lookup.busyMode = .timeout(10)
        lookup.label = "RelGraphStore.lookup"
        do {
            lookupQueue = try DatabaseQueue(path: path, configuration: lookup)
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// `path` as a SQLite URI that opens it immutable (read-only, no locks, no
    /// -shm). Falls back to the plain path where this SQLite takes no URIs
    /// (Debian's and Apple's do).
    private static func immutableURI(_ path: String) -> String {
        guard sqliteTakesURIs else { return path }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#%")
        return "file:\(absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute)?immutable=1"
    }

    /// Whether file names given to SQLite are read as URIs (`SQLITE_USE_URI`).
    private static let sqliteTakesURIs: Bool = {
        (try? DatabaseQueue().read { try Bool.fetchOne($0, sql: "SELECT sqlite_compileoption_used('USE_URI')") }) == true
    }()

    /// What opening found in an existing file.
    private struct OpeningState {
        var applicationID: Int32
        var objects: Int
        /// It has a migration of a layout this RelGraph no longer reads.
        var retired: Bool
        /// It has migrations this RelGraph does not know (a newer one wrote it).
        var superseded: Bool
        /// Every migration this RelGraph knows has been applied.
        var complete: Bool

        /// A new or empty file: no application id, no tables.
        static let fresh = OpeningState(applicationID: 0, objects: 0, retired: false, superseded: false, complete: false)
        var isFresh: Bool { applicationID == 0 && objects == 0 }
    }

    /// Reads who the file belongs to and which migrations it has, on a
    /// read-only connection; with `quickCheck`, also runs SQLite's
    /// `PRAGMA quick_check` on a RelGraph file (every page's structure, without
    /// matching indexes to tables: about 0.05 s for a 30 MB store) and refuses
    /// it as damaged when the check finds anything.
    private static func inspect(_ queue: DatabaseQueue, path: String, quickCheck: Bool) throws -> OpeningState {
        let migrator = Schema.migrator
        do {
            return try queue.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                let ours = applicationID == Schema.applicationID
                if ours && quickCheck {
                    let problems = try String.fetchAll(db, sql: "PRAGMA quick_check")
                        .filter { $0 != "ok" && !$0.hasPrefix("*** ") }
                    if let first = problems.first {
                        let more = problems.count > 1 ? " and \(problems.count - 1) more problem(s)" : ""
                        throw StoreError.damaged(path: path, detail: "SQLite's quick check found: \(first)\(more)")
                    }
                }
                let applied = ours ? try migrator.appliedIdentifiers(db) : []
                return OpeningState(applicationID: applicationID, objects: objects,
                                    retired: !applied.isDisjoint(with: Schema.retiredMigrations),
                                    superseded: ours ? try migrator.hasBeenSuperseded(db) : false,
                                    complete: ours ? try migrator.hasCompletedMigrations(db) : false)
            }
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// Refuses files that are not RelGraph's, of a retired or newer layout, or
    /// (for reading) not yet brought up to date.
    private static func accept(_ state: OpeningState, path: String, mode: Mode) throws {
        guard state.applicationID == Schema.applicationID || state.isFresh else {
            throw StoreError.notRelGraphDatabase(path: path)
        }
        if state.retired { throw StoreError.outdatedLayout(path: path) }
        if state.superseded { throw StoreError.newerSchema(path: path) }
        if mode == .readOnly {
            if state.isFresh { throw StoreError.notRelGraphDatabase(path: path) }
            if !state.complete { throw StoreError.needsUpgrade(path: path) }
        }
    }

    /// Runs `body` in one write transaction, SQLite errors made `StoreError`s.
    func write<T>(committed: Int = 0, _ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.write(body)
        } catch {
            throw Self.translate(error, path: path, committed: committed)
        }
    }

    /// Runs `body` in one read transaction, SQLite errors made `StoreError`s.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// Runs `body` in one read transaction on the look-up connection, which
    /// does not wait for a write transaction in progress (see `lookupQueue`).
    func lookup<T>(_ body: (Database) throws -> T) throws -> T {
        guard let lookupQueue else { return try read(body) }
        do {
            return try lookupQueue.read(body)
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// Copies the write-ahead log into the database file and empties it, so the
    /// file is whole and compact when a large write ends (with checkpoints every
    /// 10,000 pages the log can hold tens of megabytes). Best effort: a reader
    /// in another process may hold the log, which is then left for later.
    public func checkpoint() {
        _ = try? queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }

    /// How many articles are stored.
    public func articleCount() throws -> Int {
        try read { db in try ArticleRecord.fetchCount(db) }
    }

    /// How many stances are stored, over all articles.
    public func stanceCount() throws -> Int {
        try read { db in try StanceRecord.fetchCount(db) }
    }

    /// A SQLite failure in the user's terms.
    static func translate(_ error: Error, path: String, committed: Int = 0) -> Error {
        if error is StoreError { return error }
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            // The header tells a damaged RelGraph file from someone else's (or no database at all).
            guard DatabaseFileHeader.read(path)?.isRelGraph == true else { return StoreError.notRelGraphDatabase(path: path) }
            return StoreError.damaged(path: path, detail: error.message ?? "SQLite reports it malformed")
        case .SQLITE_FULL: return StoreError.full(path: path, committed: committed)
        case .SQLITE_READONLY: return StoreError.readOnly(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError.busy(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        case .SQLITE_IOERR:
            if error.extendedResultCode == .SQLITE_IOERR_WRITE || error.extendedResultCode == .SQLITE_IOERR_FSYNC {
                return StoreError.full(path: path, committed: committed)
            }
            return StoreError.database(path: path, message: error.message ?? "\(error.resultCode)")
        default:
            return StoreError.database(path: path, message: error.message ?? "\(error.resultCode)")
        }
    }
}
