import Foundation
import GRDB
import RelGraphStore
import XCTest

/// Opening: a new file is created and marked; files that are not RelGraph's
/// are refused, untouched, with the file named.
final class StoreOpeningTests: XCTestCase {
    func testCreatesAndReopensADatabase() throws {
        let path = try StoreFixtures.databasePath()
        XCTAssertEqual(try Store(path: path, mode: .readWrite).articleCount(), 0)
        XCTAssertEqual(try Store(path: path, mode: .readOnly).articleCount(), 0)
        XCTAssertEqual(try Store(path: path, mode: .readOnly).checkIntegrity().isSound, true)
    }

    func testRefusesAFileThatIsNotSQLite() throws {
        let path = try StoreFixtures.databasePath()
        let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 37) })
        try garbage.write(to: URL(fileURLWithPath: path))
        for mode in [Store.Mode.readOnly, .readWrite] {
            XCTAssertThrowsError(try Store(path: path, mode: mode)) { error in
                XCTAssertEqual(error as? StoreError, .notRelGraphDatabase(path: path))
                XCTAssertEqual("\(error)".hasPrefix("\(path) is not a RelGraph database"), true)
            }
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), garbage)
    }

    func testRefusesAnotherApplicationsDatabase() throws {
        let path = try StoreFixtures.databasePath()
        let other = try DatabaseQueue(path: path)
        try other.write { try $0.execute(sql: "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('mine')") }
        try other.close()
        XCTAssertThrowsError(try Store(path: path, mode: .readWrite)) { error in
            XCTAssertEqual(error as? StoreError, .notRelGraphDatabase(path: path))
        }
        let reopened = try DatabaseQueue(path: path)
        XCTAssertEqual(try reopened.read { try String.fetchOne($0, sql: "SELECT text FROM notes") }, "mine")
        XCTAssertFalse(try reopened.read { try $0.tableExists("article") })
    }

    /// Another program's SQLite file is refused before anything writes to it
    /// (not even the switch to write-ahead logging): its bytes stay the same
    /// and no log is left beside it.
    func testAnotherApplicationsDatabaseStaysByteIdentical() throws {
        let path = try StoreFixtures.databasePath()
        do {
            let other = try DatabaseQueue(path: path)
            try other.write { try $0.execute(sql: "CREATE TABLE foo(x)") }
            try other.close()
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for mode in [Store.Mode.readWrite, .readOnly] {
            XCTAssertThrowsError(try Store(path: path, mode: mode)) { error in
                XCTAssertEqual(error as? StoreError, .notRelGraphDatabase(path: path))
            }
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + "-wal"))
    }

    /// Random bytes in pages in the middle of a RelGraph database: opening it
    /// for writing runs SQLite's quick check and refuses the file as damaged
    /// (not as someone else's), leaving it as it was.
    func testRefusesADamagedDatabaseBeforeWriting() throws {
        let path = try StoreFixtures.closedStorePath(articles: 300)
        let pages = try StoreFixtures.size(of: path) / 4096
        XCTAssertGreaterThan(pages, 20)
        try StoreFixtures.overwritePages([pages / 2, pages / 2 + 1], of: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try Store(path: path, mode: .readWrite)) { error in
            guard case .damaged(let errorPath, _)? = error as? StoreError else {
                return XCTFail("expected .damaged, got \(error)")
            }
            XCTAssertEqual(errorPath, path)
            XCTAssertTrue("\(error)".hasPrefix("\(path) is damaged"), "\(error)")
            XCTAssertFalse("\(error)".contains("not a RelGraph database"), "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
    }

    /// A RelGraph database cut short is damaged (truncated), in both modes.
    func testRefusesATruncatedDatabase() throws {
        let path = try StoreFixtures.closedStorePath(articles: 100)
        let size = try StoreFixtures.size(of: path)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(size / 2 / 4096 * 4096))
        try handle.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        for mode in [Store.Mode.readOnly, .readWrite] {
            XCTAssertThrowsError(try Store(path: path, mode: mode)) { error in
                guard case .damaged? = error as? StoreError else { return XCTFail("expected .damaged, got \(error)") }
                XCTAssertTrue("\(error)".contains("truncated"), "\(error)")
            }
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), before)
    }

    /// SQLite's "malformed" met while reading (a read-only open runs no quick
    /// check) says the file is damaged too.
    func testCorruptionMetWhileReadingSaysDamaged() throws {
        let path = try StoreFixtures.closedStorePath(articles: 100)
        let pages = try StoreFixtures.size(of: path) / 4096
        try StoreFixtures.overwritePages(Array(2...pages), of: path)
        XCTAssertThrowsError(try Store(path: path, mode: .readOnly).articleCount()) { error in
            guard case .damaged? = error as? StoreError else { return XCTFail("expected .damaged, got \(error)") }
        }
    }

    /// A file of the first development layout (text keys, migration "v1") is
    /// refused in both modes with the reason and what to do, and left as it is.
    func testRefusesTheRetiredLayout() throws {
        let path = try StoreFixtures.databasePath()
        let old = try DatabaseQueue(path: path)
        try old.write { db in
            try db.execute(sql: """
                PRAGMA application_id = \(0x5247_6462);
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('v1');
                CREATE TABLE article (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL);
                """)
        }
        try old.close()
        for mode in [Store.Mode.readOnly, .readWrite] {
            XCTAssertThrowsError(try Store(path: path, mode: mode)) { error in
                XCTAssertEqual(error as? StoreError, .outdatedLayout(path: path))
                XCTAssertTrue("\(error)".contains("layout is out of date"), "\(error)")
                XCTAssertTrue("\(error)".contains("ingest the articles again"), "\(error)")
            }
        }
        let reopened = try DatabaseQueue(path: path)
        XCTAssertEqual(try reopened.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }, ["v1"])
    }

    func testReadingNeedsAnExistingDatabase() throws {
        let path = try StoreFixtures.databasePath()
        XCTAssertThrowsError(try Store(path: path, mode: .readOnly)) { error in
            XCTAssertEqual(error as? StoreError, .missing(path: path))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }

    func testAMissingFolderOrAFolderIsNamed() throws {
        let path = try StoreFixtures.databasePath()
        let nested = URL(fileURLWithPath: path).appendingPathComponent("no/such/db.sqlite").path
        XCTAssertThrowsError(try Store(path: nested, mode: .readWrite)) { error in
            XCTAssertTrue("\(error)".contains("does not exist"), "\(error)")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        XCTAssertThrowsError(try Store(path: folder, mode: .readWrite)) { error in
            XCTAssertTrue("\(error)".contains("it is a folder"), "\(error)")
        }
    }

    func testAStoreOpenedForReadingRefusesWrites() throws {
        let filled = try StoreFixtures.filledStore()
        let reader = try Store(path: filled.path, mode: .readOnly)
        var summary = Ingestion.Summary()
        let extra = StoreFixtures.article("e-new", date: nil, "Russia backs Syria.")
        XCTAssertThrowsError(try StoreFixtures.ingestion().ingest([extra], into: reader, summary: &summary)) { error in
            XCTAssertEqual(error as? StoreError, .readOnly(path: filled.path))
        }
        XCTAssertEqual(try filled.articleCount(), StoreFixtures.articles.count)
    }
}
