import Foundation

/// Why the store could not do what was asked, in words a user can act on. Every
/// case names the database file, so a message printed as `relgraph: \(error)`
/// tells which file and what to do about it.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A file that is not a RelGraph database (another application's SQLite
    /// file, or not SQLite at all); it is never changed.
    case notRelGraphDatabase(path: String)
    /// A RelGraph database that SQLite finds damaged (overwritten pages, a
    /// file cut short); it is never written to. `detail` says what is wrong.
    case damaged(path: String, detail: String)
    /// Reading needs an existing database.
    case missing(path: String)
    /// The database was written by a newer RelGraph, whose schema this one does not know.
    case newerSchema(path: String)
    /// The database has a layout of an earlier development version, which this
    /// RelGraph cannot read or convert; the articles must be ingested again.
    case outdatedLayout(path: String)
    /// The database was written by an earlier RelGraph whose migrations have
    /// not been applied yet; reading it waits until a command that writes
    /// (reindex, ingest) has brought it up to date.
    case needsUpgrade(path: String)
    /// The file or its folder cannot be opened or created.
    case cannotOpen(path: String, reason: String)
    /// The folder of a database to create or write cannot be written: SQLite
    /// creates the database, and its -wal and -shm files, beside it.
    case folderNotWritable(path: String, folder: String)
    /// Writing was refused: a read-only file, folder or file system.
    case readOnly(path: String)
    /// The disk (or the database's size limit) is full. What was committed
    /// before, `committed` articles in this run, is kept.
    case full(path: String, committed: Int)
    /// Another process holds the database (an ingest still running, say).
    case busy(path: String)
    /// Any other SQLite failure, with SQLite's own message.
    case database(path: String, message: String)

    public var description: String {
        switch self {
        case .notRelGraphDatabase(let path):
            return "\(path) is not a RelGraph database (it was left unchanged); give another --db file"
        case .damaged(let path, let detail):
            return "\(path) is damaged (\(detail)); it was left unchanged. Restore it from a backup, or ingest the "
                + "articles again into a new --db file (`sqlite3 \(path) .recover` may save part of it)"
        case .missing(let path):
            return "\(path): no such database; create it with `relgraph ingest ARTICLES --db \(path)`"
        case .newerSchema(let path):
            return "\(path) was written by a newer RelGraph; upgrade relgraph to read it"
        case .outdatedLayout(let path):
            return "\(path): the database's layout is out of date (written by an earlier development version of "
                + "RelGraph, before article keys became integers) and cannot be converted; ingest the articles again "
                + "into a new --db file"
        case .needsUpgrade(let path):
            return "\(path) was written by an earlier RelGraph; run `relgraph reindex --db \(path)` once to upgrade it "
                + "(any ingest into it does the same)"
        case .cannotOpen(let path, let reason):
            return "\(path): cannot open the database (\(reason))"
        case .folderNotWritable(let path, let folder):
            return "\(path): cannot write the database: the folder \(folder) is not writable (the database and its "
                + "-wal and -shm files live there); choose another --db or make the folder writable"
        case .readOnly(let path):
            return "\(path): the database is read-only (check the permissions of the file and its folder)"
        case .full(let path, let committed):
            return "\(path): the disk or database is full; \(committed) article(s) of this run were stored "
                + "before it filled and are kept; free some space and run the same command again to resume"
        case .busy(let path):
            return "\(path): the database is in use by another process; try again when it has finished"
        case .database(let path, let message):
            return "\(path): database error: \(message)"
        }
    }
}
