import Foundation
import XCTest

/// `relgraph extract`, `eval` and rendering an article, end to end.
final class ExtractCommandTests: XCTestCase {
    private func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func testExtractPrintsGraphJSONWithEvidence() throws {
        let folder = try CommandRunner.temporaryFolder()
        let article = try write("title: T\n---\nRussia backs Syria. Turkey condemned Russia.\n", "a.txt", in: folder)
        let result = try CommandRunner.run(["extract", article])
        XCTAssertEqual(result.status, 0, result.standardError)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: result.standardOutput) as? [String: Any])
        let stances = try XCTUnwrap(json["stances"] as? [[String: Any]])
        XCTAssertEqual(stances.map { "\($0["source"]!) \($0["kind"]!) \($0["target"]!)" }, ["RUS supports SYR", "TUR opposes RUS"])
        let evidence = try XCTUnwrap((stances[0]["evidence"] as? [[String: Any]])?.first)
        XCTAssertEqual(evidence["text"] as? String, "Russia backs Syria.")
        XCTAssertEqual(evidence["rule"] as? String, "verb:supports:back")
    }

    func testFolderGivesOneGraphPerArticle() throws {
        let folder = try CommandRunner.temporaryFolder()
        let articles = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        _ = try write("Russia backs Syria.", "one.txt", in: articles)
        _ = try write("Iran meets France.", "two.txt", in: articles)
        let out = folder.appendingPathComponent("out").path
        let result = try CommandRunner.run(["extract", articles.path, "-o", out, "--format", "rg"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out).sorted(), ["one.rg", "two.rg"])
    }

    func testUserActorsExtendTheDictionary() throws {
        let folder = try CommandRunner.temporaryFolder()
        let actors = try write("actors:\n  - id: ACME\n    name: Acme Militia\n    kind: armed-group\n    names: [Acme Militia]\n", "actors.yaml", in: folder)
        let article = try write("Russia attacked the Acme Militia.", "a.txt", in: folder)
        let result = try CommandRunner.run(["extract", article, "--actors", actors, "--format", "rg"])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.outputText.contains("RUS attacks ACME"), result.outputText)
    }

    func testBrokenUserDictionaryNamesFileAndLine() throws {
        let folder = try CommandRunner.temporaryFolder()
        let actors = try write("actors:\n  - id: ACME\n    kind: spaceship\n", "bad.yaml", in: folder)
        let article = try write("Russia backs Syria.", "a.txt", in: folder)
        let result = try CommandRunner.run(["extract", article, "--actors", actors])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.hasPrefix("\(actors):3:"), result.standardError)
    }

    func testEvalScoresATinyGoldFile() throws {
        let folder = try CommandRunner.temporaryFolder()
        _ = try write("Russia backs Syria. Iran meets France.", "a1.txt", in: folder)
        let gold = """
        {"article": "a1", "actors": {"R": ["Russia"], "S": ["Syria"], "I": ["Iran"], "F": ["France"]}, "stances": [{"source": "R", "target": "S", "kind": "supports", "evidence": "x"}, {"source": "R", "target": "F", "kind": "attacks", "evidence": "y"}]}
        """
        let goldPath = try write(gold + "\n", "gold.jsonl", in: folder)
        let result = try CommandRunner.run(["eval", goldPath, folder.path, "--verbose"])
        XCTAssertEqual(result.status, 0, result.standardError)
        // 1 true positive (R supports S), 1 false positive (I meets F), 1 false negative (R attacks F).
        XCTAssertTrue(result.outputText.contains("strict    1   1   1      0.500   0.500  0.500"), result.outputText)
    }

    func testRenderAnArticleInOneStep() throws {
        let folder = try CommandRunner.temporaryFolder()
        let article = try write("Russia backs Syria.", "a.txt", in: folder)
        let result = try CommandRunner.run(["render", article])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.outputText.contains("id=\"stance-RUS-supports-SYR\""))
    }
}
