import Foundation
import RelGraph
import RelGraphStore
import XCTest

/// Articles, extractors and temporary databases for the store's tests; every
/// text is written here.
enum StoreFixtures {
    static let extractor: StanceExtractor = {
        try! StanceExtractor(dictionary: .builtin(), lexicon: .builtin())
    }()

    static let version = ExtractorVersion(release: "test", dictionaries: ["a"])
    static let otherVersion = ExtractorVersion(release: "test", dictionaries: ["b"])

    static func ingestion(version: ExtractorVersion = version) -> Ingestion {
        Ingestion(extractor: extractor, version: version, jobs: 2)
    }

    /// A small dated corpus: Turkey and Russia fall out, then meet.
    static var articles: [Article] {
        [
            article("a-ankara", date: "2016-08-05",
                    "Turkey condemned Russia on Monday, officials said. Russia backs Syria in its fight against Islamic State."),
            article("b-sanctions", date: "2016-08-20",
                    "Iran imposed sanctions on Saudi Arabia and expelled its ambassador. Turkey threatened to strike the YPG if the attacks continued."),
            article("c-talks", date: "2016-09-02",
                    "Erdogan met Putin in Moscow to discuss a ceasefire. Turkey and Russia agreed to coordinate their operations near Aleppo."),
            article("d-undated", date: nil, "Qatar has long considered Hamas a partner. Egypt condemned Qatar on Sunday."),
        ]
    }

    static func article(_ name: String, date: String?, _ body: String) -> Article {
        Article(id: name, metadata: GraphMetadata(title: "Title of \(name)", date: date), body: body)
    }

    /// A path for a new database in a fresh temporary folder.
    static func databasePath() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("relgraph-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent("test.sqlite").path
    }

    /// A new database holding `articles`.
    static func filledStore(_ articles: [Article] = articles) throws -> Store {
        let store = try Store(path: databasePath(), mode: .readWrite)
        var summary = Ingestion.Summary()
        try ingestion().ingest(articles, into: store, summary: &summary)
        return store
    }

    /// `count` distinct articles (a few sentences each), enough for a database
    /// of many pages: what the damage tests overwrite the middle of.
    static func manyArticles(_ count: Int) -> [Article] {
        let sentences = [
            "Turkey condemned Russia on Monday, officials said.",
            "Iran imposed sanctions on Saudi Arabia and expelled its ambassador.",
            "Russia backs Syria in its fight against Islamic State.",
            "Egypt condemned Qatar on Sunday.",
        ]
        return (0..<count).map { index in
            let body = (0..<8).map { sentences[($0 + index) % sentences.count] }.joined(separator: " ")
            return article("many-\(index)", date: "2017-01-\(10 + index % 20)", body + " Report number \(index).")
        }
    }

    /// A closed database of `count` articles at a new path, its log checkpointed
    /// into the file (so every page is in the file a test damages).
    static func closedStorePath(articles count: Int) throws -> String {
        let path = try databasePath()
        do {
            let store = try Store(path: path, mode: .readWrite)
            var summary = Ingestion.Summary()
            try ingestion().ingest(manyArticles(count), into: store, summary: &summary)
        }
        return path
    }

    /// Overwrites pages `pages` (1-based, 4 KiB) of the file at `path` with
    /// fixed pseudo-random bytes: damage in the middle of a database.
    static func overwritePages(_ pages: [Int], of path: String) throws {
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        var state: UInt32 = 12345
        for page in pages {
            try handle.seek(toOffset: UInt64((page - 1) * 4096))
            let bytes = (0..<4096).map { _ -> UInt8 in
                state = state &* 1_103_515_245 &+ 12345
                return UInt8(truncatingIfNeeded: state >> 16)
            }
            try handle.write(contentsOf: Data(bytes))
        }
    }

    /// The file's size in bytes.
    static func size(of path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }
}
