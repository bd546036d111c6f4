import Foundation
import XCTest

/// `relgraph extract` over many articles: the parallel batch against a
/// sequential one, failures in a batch, and the `--jsonl` stream.
final class BatchAndStreamTests: XCTestCase {
    private static let sentences = [
        "Russia backs Syria.", "Turkey condemned Russia on Monday.", "Iran meets France in Paris.",
        "Saudi Arabia was attacked by the Houthis.", "Qatar's funding of Hamas angered Egypt.",
        "Clashes between Armenia and Azerbaijan killed 12 people.", "The talks resume next week.",
    ]

    /// Article `index`: a few of the sentences, different for each index.
    private func article(_ index: Int) -> String {
        let count = Self.sentences.count
        let picked = (0..<(2 + index % 4)).map { Self.sentences[(index * 3 + $0 * 5) % count] }
        return (index % 2 == 0 ? "title: Article \(index)\ndate: 2016-02-0\(1 + index % 9)\n---\n" : "")
            + picked.joined(separator: index % 3 == 0 ? "\n" : " ") + "\n"
    }

    private func folder(with count: Int) throws -> URL {
        let root = try CommandRunner.temporaryFolder()
        let articles = root.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        for index in 0..<count {
            try article(index).write(to: articles.appendingPathComponent(String(format: "a%03d.txt", index)),
                                     atomically: true, encoding: .utf8)
        }
        return articles
    }

    private func contents(of folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            result[name] = FileManager.default.contents(atPath: folder + "/" + name)
        }
        return result
    }

    // MARK: Batch

    func testParallelBatchWritesTheSameFilesAsSequential() throws {
        let articles = try folder(with: 24)
        let root = articles.deletingLastPathComponent()
        let sequential = root.appendingPathComponent("sequential").path
        let parallel = root.appendingPathComponent("parallel").path
        let one = try CommandRunner.run(["extract", articles.path, "-o", sequential, "--jobs", "1"])
        XCTAssertEqual(one.status, 0, one.standardError)
        let many = try CommandRunner.run(["extract", articles.path, "-o", parallel, "--jobs", "4"])
        XCTAssertEqual(many.status, 0, many.standardError)
        let expected = try contents(of: sequential)
        XCTAssertEqual(expected.count, 24)
        XCTAssertEqual(try contents(of: parallel), expected)
        // Each file is what extracting that article alone gives.
        let single = try CommandRunner.run(["extract", articles.appendingPathComponent("a005.txt").path])
        XCTAssertEqual(single.standardOutput, expected["a005.json"])
    }

    func testAFailingArticleIsReportedAndTheOthersAreWritten() throws {
        let articles = try folder(with: 6)
        // Not UTF-8: this one article cannot be read.
        try Data([0x52, 0x75, 0xFF, 0xFE, 0x0A]).write(to: articles.appendingPathComponent("a003.txt"))
        let out = articles.deletingLastPathComponent().appendingPathComponent("out").path
        let result = try CommandRunner.run(["extract", articles.path, "-o", out])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("a003.txt:1:3: not valid UTF-8"), result.standardError)
        XCTAssertTrue(result.standardError.contains("1 of 6 articles failed"), result.standardError)
        // The others are written, and nothing half-written or temporary is left.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out).sorted(),
                       ["a000.json", "a001.json", "a002.json", "a004.json", "a005.json"])
    }

    /// A folder's subfolders are extracted too, into the same subfolders of
    /// the output folder; `.TXT` counts, other files are counted as skipped.
    func testAFolderIsExtractedWithItsSubfolders() throws {
        let root = try CommandRunner.temporaryFolder()
        let articles = root.appendingPathComponent("in")
        for (name, text) in ["2016/08/same.txt": "Russia backs Syria.", "2016/09/same.TXT": "Egypt condemned Qatar.",
                             "top.txt": "Turkey condemned Russia.", "readme.md": "not an article"] {
            let url = articles.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let out = root.appendingPathComponent("out")
        let result = try CommandRunner.run(["extract", articles.path, "-o", out.path])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.standardError.contains("skipped 1 file(s) that are not .txt articles"), result.standardError)
        for name in ["2016/08/same.json", "2016/09/same.json", "top.json"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), name)
        }
    }

    func testTwoArticlesWithTheSameOutputNameAreRefused() throws {
        let root = try CommandRunner.temporaryFolder()
        for sub in ["x", "y"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(sub), withIntermediateDirectories: true)
            try "Russia backs Syria.".write(to: root.appendingPathComponent("\(sub)/same.txt"), atomically: true, encoding: .utf8)
        }
        let out = root.appendingPathComponent("out").path
        let result = try CommandRunner.run(["extract", root.appendingPathComponent("x/same.txt").path,
                                            root.appendingPathComponent("y/same.txt").path, "-o", out])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains("would both be written to"), result.standardError)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out), [])
    }

    // MARK: JSON lines

    private func jsonLine(_ fields: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
    }

    private func graphs(_ output: Data) throws -> [[String: Any]] {
        try String(decoding: output, as: UTF8.self).split(separator: "\n").map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
    }

    private func id(_ graph: [String: Any]) -> String? {
        ((graph["metadata"] as? [String: Any])?["extra"] as? [String: Any])?["id"] as? String
    }

    private func stanceKeys(_ graph: [String: Any]) -> [String] {
        ((graph["stances"] as? [[String: Any]]) ?? []).map { "\($0["source"]!) \($0["kind"]!) \($0["target"]!)" }
    }

    func testJSONLinesRoundTripIdsInOrder() throws {
        var lines: [String] = []
        for index in 0..<40 {
            let body = article(index).components(separatedBy: "---\n").last!
            let id: Any = index % 5 == 0 ? index : "doc-\(index)"
            lines.append(try jsonLine(["id": id, "text": body, "title": "T\(index)", "date": "2016-03-04"]))
        }
        let input = lines.joined(separator: "\n") + "\n\n"
        let result = try CommandRunner.run(["extract", "--jsonl", "--jobs", "3"], input: input)
        XCTAssertEqual(result.status, 0, result.standardError)
        let graphs = try graphs(result.standardOutput)
        XCTAssertEqual(graphs.map(id), (0..<40).map { $0 % 5 == 0 ? "\($0)" : "doc-\($0)" })
        XCTAssertEqual((graphs[1]["metadata"] as? [String: Any])?["title"] as? String, "T1")
        XCTAssertEqual((graphs[1]["metadata"] as? [String: Any])?["date"] as? String, "2016-03-04")
        // Each line holds the graph the article gives as a file.
        let folder = try CommandRunner.temporaryFolder()
        let path = folder.appendingPathComponent("doc-7.txt").path
        try article(7).components(separatedBy: "---\n").last!.write(toFile: path, atomically: true, encoding: .utf8)
        let single = try CommandRunner.run(["extract", path])
        let expected = try XCTUnwrap(JSONSerialization.jsonObject(with: single.standardOutput) as? [String: Any])
        XCTAssertEqual(stanceKeys(graphs[7]), stanceKeys(expected))
        XCTAssertFalse(stanceKeys(expected).isEmpty)
        // The same stream with one worker and to a file gives the same bytes.
        let out = folder.appendingPathComponent("graphs.jsonl").path
        let sequential = try CommandRunner.run(["extract", "--jsonl", "-", "-o", out, "--jobs", "1"], input: input)
        XCTAssertEqual(sequential.status, 0, sequential.standardError)
        XCTAssertEqual(FileManager.default.contents(atPath: out), result.standardOutput)
    }

    func testMalformedLineIsReportedWithItsNumberAndStopsTheRun() throws {
        let folder = try CommandRunner.temporaryFolder()
        let lines = [
            try jsonLine(["id": "one", "text": "Russia backs Syria."]),
            "",
            try jsonLine(["id": "two", "text": "Iran meets France."]),
            "{\"id\": \"three\", \"text\": ",
            try jsonLine(["id": "four", "text": "Turkey condemned Russia."]),
            try jsonLine(["id": "five"]),
        ]
        let file = folder.appendingPathComponent("in.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)

        let stopped = try CommandRunner.run(["extract", "--jsonl", file.path])
        XCTAssertEqual(stopped.status, 1)
        XCTAssertTrue(stopped.standardError.hasPrefix("\(file.path):4: error: invalid JSON"), stopped.standardError)
        XCTAssertEqual(try graphs(stopped.standardOutput).map(id), ["one", "two"])

        let skipped = try CommandRunner.run(["extract", "--jsonl", "--skip-bad-lines", file.path])
        XCTAssertEqual(skipped.status, 0, skipped.standardError)
        XCTAssertTrue(skipped.standardError.contains("\(file.path):4: error:"), skipped.standardError)
        XCTAssertTrue(skipped.standardError.contains("\(file.path):6: error: missing \"text\""), skipped.standardError)
        XCTAssertTrue(skipped.standardError.contains("skipped 2 bad line(s)"), skipped.standardError)
        XCTAssertEqual(try graphs(skipped.standardOutput).map(id), ["one", "two", "four"])

        // A failed run to a file leaves no file behind.
        let out = folder.appendingPathComponent("out.jsonl").path
        let failed = try CommandRunner.run(["extract", "--jsonl", file.path, "-o", out])
        XCTAssertEqual(failed.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["in.jsonl"])
    }

    /// Each kind of bad line says what it is, with its line number: bytes that
    /// are not UTF-8 (where), text that is not JSON, JSON that is not an
    /// object. With --skip-bad-lines extract and ingest go on, print the count
    /// on standard error and exit 0.
    func testBadLinesSayWhatIsWrong() throws {
        let folder = try CommandRunner.temporaryFolder()
        var bytes = Data((try jsonLine(["id": "one", "text": "Russia backs Syria."]) + "\n").utf8)
        bytes += Data("{\"id\": \"two\", \"text\": \"bad ".utf8) + Data([0xFF]) + Data(" byte\"}\n".utf8)
        bytes += Data("not json at all\n[1, 2]\n".utf8)
        let file = folder.appendingPathComponent("bad.jsonl")
        try bytes.write(to: file)
        let db = folder.appendingPathComponent("bad.sqlite").path
        for arguments in [["extract", "--jsonl", file.path, "--skip-bad-lines"],
                          ["ingest", "--jsonl", file.path, "--skip-bad-lines", "--db", db]] {
            let result = try CommandRunner.run(arguments)
            XCTAssertEqual(result.status, 0, result.standardError)
            let errors = result.standardError
            XCTAssertTrue(errors.contains("\(file.path):2: error: not valid UTF-8 (byte 0xFF at column 28)"), errors)
            XCTAssertTrue(errors.contains("\(file.path):3: error: not JSON (one JSON object per line: {\"id\": ..., \"text\": ...})"), errors)
            XCTAssertTrue(errors.contains("\(file.path):4: error: a JSON array, not an object ({\"id\": ..., \"text\": ...})"), errors)
            XCTAssertTrue(errors.contains("relgraph: skipped 3 bad line(s)"), errors)
        }
        let stopped = try CommandRunner.run(["ingest", "--jsonl", file.path, "--db", db])
        XCTAssertEqual(stopped.status, 1)
        XCTAssertTrue(stopped.standardError.hasPrefix("\(file.path):2: error: not valid UTF-8"), stopped.standardError)
    }
}
