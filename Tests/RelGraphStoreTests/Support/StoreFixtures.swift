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
}
