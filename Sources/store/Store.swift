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
        if !exists {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            var folderIsDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &folderIsDirectory),
                  folderIsDirectory.boolValue else {
                throw StoreError.cannotOpen(path: path, reason: "the folder \(folder) does not exist")
            }
        }
        var configuration = Configuration()
        configuration.readonly = mode == .readOnly
        configuration.journalMode = mode == .readOnly ? .default : .wal
        // Wait for another writer (a concurrent ingest) rather than fail at once.
        configuration.busyMode = .timeout(10)
        configuration.label = "RelGraphStore"
        configuration.prepareDatabase { db in
            if let maxPageCount { try db.execute(sql: "PRAGMA max_page_count = \(maxPageCount)") }
            // In WAL mode NORMAL keeps every commit atomic and durable against a
            // process crash (kill -9); only a power loss may drop the last commits.
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                // Ingest inserts into two indexes at random places (the unique
                // content hash of each article, the ids of its actors): a 16 MiB page cache (SQLite's default is 2 MiB)
                // keeps them in memory instead of re-reading them from the file,
                // and checkpoints every 10,000 pages of log (~40 MB) instead of
                // every 1,000 copy each hot page to the database file less often.
                try db.execute(sql: "PRAGMA cache_size = -16384")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
            }
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw Self.translate(error, path: path)
        }
        try Self.checkAndMigrate(queue, path: path, mode: mode)
        if mode == .readWrite {
            var lookup = Configuration()
            lookup.readonly = true
            lookup.busyMode = .timeout(10)
            lookup.label = "RelGraphStore.lookup"
            do {
                lookupQueue = try DatabaseQueue(path: path, configuration: lookup)
            } catch {
                throw Self.translate(error, path: path)
            }
        } else {
            lookupQueue = nil
        }
    }

    /// Refuses files that are not RelGraph's, then brings the layout up to date.
    private static func checkAndMigrate(_ queue: DatabaseQueue, path: String, mode: Mode) throws {
        let migrator = Schema.migrator
        let state: (applicationID: Int32, objects: Int, retired: Bool, superseded: Bool, complete: Bool)
        do {
            state = try queue.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let objects = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
                let ours = applicationID == Schema.applicationID
                let applied = ours ? try migrator.appliedIdentifiers(db) : []
                return (applicationID, objects, !applied.isDisjoint(with: Schema.retiredMigrations),
                        ours ? try migrator.hasBeenSuperseded(db) : false,
                        ours ? try migrator.hasCompletedMigrations(db) : false)
            }
        } catch {
            throw Self.translate(error, path: path)
        }
        let fresh = state.applicationID == 0 && state.objects == 0
        guard state.applicationID == Schema.applicationID || fresh else {
            throw StoreError.notRelGraphDatabase(path: path)
        }
        if state.retired { throw StoreError.outdatedLayout(path: path) }
        if state.superseded { throw StoreError.newerSchema(path: path) }
        switch mode {
        case .readOnly:
            if fresh { throw StoreError.notRelGraphDatabase(path: path) }
            if !state.complete { throw StoreError.database(path: path, message: "the database's layout is out of date; run `relgraph reindex --db \(path)` to upgrade it") }
        case .readWrite:
            do {
                try migrator.migrate(queue)
            } catch {
                throw Self.translate(error, path: path)
            }
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
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return StoreError.notRelGraphDatabase(path: path)
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
