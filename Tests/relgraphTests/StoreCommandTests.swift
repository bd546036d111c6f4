import Foundation
import GRDB
import XCTest

/// `relgraph ingest`, `query`, `reindex`, and `--db` on diff, merge and timeline, end to end.
final class StoreCommandTests: XCTestCase {
    /// A folder of three dated articles and a database path beside them.
    private func corpus() throws -> (folder: URL, articles: URL, db: String) {
        let folder = try CommandRunner.temporaryFolder()
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let texts = [
            "a-first.txt": "title: Ankara protests\ndate: 2016-08-05\n---\nTurkey condemned Russia on Monday, officials said.\n",
            "b-second.txt": "title: Strikes\ndate: 2016-08-20\n---\nTurkey threatened to strike the YPG if the attacks continued.\n",
            "c-third.txt": "date: 2016-09-02\n---\nTurkey and Russia agreed to coordinate their operations near Aleppo.\n",
        ]
        for (name, text) in texts {
            try text.write(to: articles.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return (folder, articles, folder.appendingPathComponent("corpus.sqlite").path)
    }

    func testIngestIsIdempotentAndQueryListsStances() throws {
        let (_, articles, db) = try corpus()
        let first = try CommandRunner.run(["ingest", articles.path, "--db", db])
        XCTAssertEqual(first.status, 0, first.standardError)
        XCTAssertTrue(first.outputText.contains("stored 3 new article(s)"), first.outputText)
        let second = try CommandRunner.run(["ingest", articles.path, "--db", db])
        XCTAssertEqual(second.status, 0, second.standardError)
        XCTAssertTrue(second.outputText.contains("stored 0 new article(s)"), second.outputText)
        XCTAssertTrue(second.outputText.contains("3 already stored"), second.outputText)

        let text = try CommandRunner.run(["query", "--db", db, "--actor", "the turkey"])
        XCTAssertEqual(text.status, 0, text.standardError)
        XCTAssertTrue(text.outputText.contains("2016-08-05  Turkey opposes Russia  [a-first: Ankara protests]"), text.outputText)
        XCTAssertTrue(text.outputText.contains("Turkey condemned Russia on Monday"), text.outputText)

        let json = try CommandRunner.run(["query", "--db", db, "--kind", "threatens", "--format", "json"])
        let rows = try XCTUnwrap(JSONSerialization.jsonObject(with: json.standardOutput) as? [[String: Any]])
        XCTAssertEqual(rows.count, 1)
        XCTAssertEqual(rows.first?["kind"] as? String, "threatens")

        let csv = try CommandRunner.run(["query", "--db", db, "--since", "2016-08-10", "--until", "2016-08-31", "--format", "csv"])
        let lines = csv.outputText.split(separator: "\r\n")
        XCTAssertEqual(lines.first, "date,source,source_name,kind,target,target_name,polarity,count,article,title,url,evidence")
        XCTAssertTrue(lines.dropFirst().allSatisfy { $0.hasPrefix("2016-08-20,") }, csv.outputText)

        let jsonl = try CommandRunner.run(["query", "--db", db, "--actor", "Turkey", "--actor", "Russia", "--format", "jsonl"])
        let pairLines = jsonl.outputText.split(separator: "\n")
        XCTAssertEqual(pairLines.count, 2, jsonl.outputText)
        XCTAssertTrue(pairLines.allSatisfy { $0.contains("\"RUS\"") && $0.contains("\"TUR\"") }, jsonl.outputText)

        let unknown = try CommandRunner.run(["query", "--db", db, "--actor", "Atlantis"])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.standardError.contains("no actor named 'Atlantis'"), unknown.standardError)
    }

    func testDiffMergeAndTimelineReadStoredArticles() throws {
        let (folder, articles, db) = try corpus()
        XCTAssertEqual(try CommandRunner.run(["ingest", articles.path, "--db", db]).status, 0)

        let diff = try CommandRunner.run(["diff", "--db", db, "2016-08-01..2016-08-15", "2016-08-16..2016-09-30", "--no-color"])
        XCTAssertEqual(diff.status, 1, diff.standardError)
        XCTAssertTrue(diff.outputText.contains("Turkey threatens"), diff.outputText)
        XCTAssertTrue(diff.outputText.contains("Turkey opposes Russia"), diff.outputText)
        // The same with the windows named as options, as `diff --db x --from A..B --to C..D`.
        let named = try CommandRunner.run(["diff", "--db", db, "--from", "2016-08-01..2016-08-15",
                                           "--to", "2016-08-16..2016-09-30", "--no-color"])
        XCTAssertEqual(named.status, 1, named.standardError)
        XCTAssertEqual(named.outputText, diff.outputText)
        let windowWithoutDB = try CommandRunner.run(["diff", "--from", "2016-08-01..2016-08-15", "a.rg", "b.rg"])
        XCTAssertEqual(windowWithoutDB.status, 2)
        XCTAssertTrue(windowWithoutDB.standardError.contains("no input format"), windowWithoutDB.standardError)

        let merged = folder.appendingPathComponent("all.json").path
        let merge = try CommandRunner.run(["merge", "--db", db, "--since", "2016-08-16", "-o", merged])
        XCTAssertEqual(merge.status, 0, merge.standardError)
        let graph = try String(contentsOfFile: merged, encoding: .utf8)
        XCTAssertTrue(graph.contains("\"articles\" : \"2\""), graph)
        XCTAssertTrue(graph.contains("b-second"), graph)

        let timeline = try CommandRunner.run(["timeline", "--db", db, "--pair", "Turkey,Russia", "--no-color"])
        XCTAssertEqual(timeline.status, 0, timeline.standardError)
        let rows = timeline.outputText.split(separator: "\n")
        XCTAssertTrue(rows.contains { $0.hasPrefix("2016-08-05") && $0.contains("a-first") }, timeline.outputText)
        XCTAssertTrue(rows.contains { $0.hasPrefix("2016-09-02") && $0.contains("c-third") }, timeline.outputText)

        let both = try CommandRunner.run(["merge", "--db", db, articles.path])
        XCTAssertEqual(both.status, 2, "a usage error of merge is trouble, 2")
        let badWindow = try CommandRunner.run(["diff", "--db", db, "August", "2016-09"])
        XCTAssertEqual(badWindow.status, 2)
        XCTAssertTrue(badWindow.standardError.contains("'August' is not a date"), badWindow.standardError)
    }

    /// An article dated only by month counts as the month's first day in every
    /// command that takes a window: query, diff, merge, timeline and report.
    func testPartialDatesCountAsTheirFirstDay() throws {
        let folder = try CommandRunner.temporaryFolder()
        let articles = folder.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        try "date: 2016-08\n---\nTurkey condemned Russia on Monday.\n"
            .write(to: articles.appendingPathComponent("month.txt"), atomically: true, encoding: .utf8)
        try "date: 2016-08-20\n---\nTurkey and Russia agreed to coordinate their operations near Aleppo.\n"
            .write(to: articles.appendingPathComponent("day.txt"), atomically: true, encoding: .utf8)
        let db = folder.appendingPathComponent("dates.sqlite").path
        XCTAssertEqual(try CommandRunner.run(["ingest", articles.path, "--db", db]).status, 0)

        func queried(_ arguments: [String]) throws -> Set<String> {
            let result = try CommandRunner.run(["query", "--db", db, "--format", "jsonl"] + arguments)
            XCTAssertEqual(result.status, 0, result.standardError)
            return Set(result.outputText.split(separator: "\n").compactMap { line in
                let row = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
                return (row?["article"] as? [String: Any])?["name"] as? String
            })
        }
        XCTAssertEqual(try queried(["--since", "2016-08-01"]), ["month", "day"])
        XCTAssertEqual(try queried(["--until", "2016-08-01"]), ["month"])
        XCTAssertEqual(try queried(["--since", "2016-08-01", "--until", "2016-08-15"]), ["month"])
        XCTAssertEqual(try queried(["--since", "2016-08-02"]), ["day"])

        let diff = try CommandRunner.run(["diff", "--db", db, "2016-08-01..2016-08-15", "2016-08-16..2016-08-31",
                                          "--no-color"])
        XCTAssertEqual(diff.status, 1, diff.standardError)
        XCTAssertTrue(diff.outputText.contains("(opposes -> cooperates)"), diff.outputText)
        XCTAssertTrue(diff.outputText.contains("Merged graph of 1 article\"\n+++"), diff.outputText)

        let merge = try CommandRunner.run(["merge", "--db", db, "--since", "2016-08-01", "--until", "2016-08-15"])
        XCTAssertEqual(merge.status, 0, merge.standardError)
        XCTAssertTrue(merge.outputText.contains("\"articles\" : \"1\""), merge.outputText)
        XCTAssertTrue(merge.outputText.contains("opposes"), merge.outputText)

        let timeline = try CommandRunner.run(["timeline", "--db", db, "--pair", "Turkey,Russia", "--since", "2016-08-01",
                                              "--no-color"])
        XCTAssertEqual(timeline.status, 0, timeline.standardError)
        XCTAssertTrue(timeline.outputText.contains("month"), timeline.outputText)
        XCTAssertTrue(timeline.outputText.contains("day"), timeline.outputText)

        let report = try CommandRunner.run(["report", "--db", db, "--since", "2016-08-16"])
        XCTAssertEqual(report.status, 0, report.standardError)
        XCTAssertTrue(report.outputText.contains("day"), report.outputText)
        XCTAssertFalse(report.outputText.contains(">month<"), report.outputText)
    }

    /// One article saved as a file (header, CRLF, final newline) and sent as a
    /// JSON line (LF, no final newline) is stored once.
    func testTheSameTextFromAFileAndAJSONLineIsOneArticle() throws {
        let folder = try CommandRunner.temporaryFolder()
        let file = folder.appendingPathComponent("talks.txt")
        try "title: Talks\r\ndate: 2016-09-02\r\n---\r\nErdogan met Putin in Moscow.\r\nTurkey condemned the YPG.\r\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let db = folder.appendingPathComponent("one.sqlite").path
        XCTAssertEqual(try CommandRunner.run(["ingest", file.path, "--db", db]).status, 0)
        let line = try CommandRunner.run(["ingest", "--jsonl", "--db", db],
                                         input: "{\"id\": \"talks-feed\", \"text\": \"Erdogan met Putin in Moscow.\\nTurkey condemned the YPG.\"}\n")
        XCTAssertEqual(line.status, 0, line.standardError)
        XCTAssertTrue(line.outputText.contains("stored 0 new article(s)"), line.outputText)
        XCTAssertTrue(line.outputText.contains("1 already stored"), line.outputText)
        XCTAssertEqual(try StoreCorpus.storedCount(db), 1)
    }

    /// A folder is walked into its subfolders, `.txt` matched in any case, and
    /// the other files are counted on standard error; hidden files are ignored.
    func testIngestWalksSubfoldersAndCountsSkippedFiles() throws {
        let folder = try CommandRunner.temporaryFolder()
        let articles = folder.appendingPathComponent("articles")
        let files = ["2016/08/a.txt": "Turkey condemned Russia on Monday.", "2016/09/b.TXT": "Egypt condemned Qatar on Sunday.",
                     "c.Txt": "Russia backs Syria.", "notes.md": "not an article", "2016/map.png": "not an article",
                     ".hidden/d.txt": "Iran condemned Israel.", ".DS_Store": "x"]
        for (name, text) in files {
            let url = articles.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let db = folder.appendingPathComponent("walk.sqlite").path
        let result = try CommandRunner.run(["ingest", articles.path, "--db", db])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(result.outputText.contains("stored 3 new article(s)"), result.outputText)
        XCTAssertTrue(result.standardError.contains("\(articles.path): skipped 2 file(s) that are not .txt articles"),
                      result.standardError)
        let names = try CommandRunner.run(["query", "--db", db, "--format", "jsonl"]).outputText
        for name in ["\"a\"", "\"b\"", "\"c\""] { XCTAssertTrue(names.contains("\"name\":\(name)"), names) }
    }

    /// A database in a folder its user cannot write. The readers (query,
    /// merge, diff, timeline, report) work, with the log files an ingest left
    /// beside it and without them (a copy on a read-only share: SQLite cannot
    /// create its -shm there, so the file is opened immutable); ingest says
    /// the folder is not writable, naming it, and creates nothing. Run as
    /// `nobody` (the tests run as root, whom permissions do not stop), so
    /// skipped where that is impossible.
    func testADatabaseInAFolderThatCannotBeWritten() throws {
        let (folder, articles, db) = try corpus()
        XCTAssertEqual(try CommandRunner.run(["ingest", articles.path, "--db", db]).status, 0)
        // The folder is root's (0755): nobody may read it, not write it.
        for logs in ["left beside it", "removed"] {
            if logs == "removed" {
                for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
            }
            for arguments in [["query", "--db", db], ["merge", "--db", db], ["diff", "--db", db, "2016-08", "2016-09"],
                              ["timeline", "--db", db, "--pair", "Turkey,Russia"], ["report", "--db", db]] {
                let result = try CommandRunner.runAsNobody(arguments)
                XCTAssertEqual(result.status, arguments[0] == "diff" ? 1 : 0,
                               "\(arguments.joined(separator: " ")), logs \(logs): \(result.standardError)")
                XCTAssertTrue(result.outputText.contains("Turkey"), result.outputText)
            }
        }
        let fresh = folder.appendingPathComponent("new.sqlite").path
        for target in [fresh, db] {
            let ingest = try CommandRunner.runAsNobody(["ingest", articles.path, "--db", target])
            XCTAssertEqual(ingest.status, 1)
            XCTAssertTrue(ingest.standardError.contains("the folder \(folder.path) is not writable"), ingest.standardError)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: fresh))
        // A database its user may not read is named as such, not as someone else's.
        let secret = folder.appendingPathComponent("secret.sqlite").path
        try FileManager.default.copyItem(atPath: db, toPath: secret)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: secret)
        let unreadable = try CommandRunner.runAsNobody(["query", "--db", secret])
        XCTAssertEqual(unreadable.status, 1)
        XCTAssertTrue(unreadable.standardError.contains("\(secret): cannot open the database (it cannot be read"),
                      unreadable.standardError)
    }

    /// Dates in written forms are read; what is no date is stored undated
    /// with a warning naming the file (and line); impossible or reversed
    /// windows are usage errors naming the value.
    func testDatesAreReadOrWarnedAboutAndBadWindowsRefused() throws {
        let folder = try CommandRunner.temporaryFolder()
        let db = folder.appendingPathComponent("dates.sqlite").path
        let input = folder.appendingPathComponent("dates.jsonl")
        try """
            {"id": "yesterday", "date": "yesterday", "text": "Turkey condemned Russia on Monday."}
            {"id": "impossible", "date": "2016-13-45", "text": "Egypt condemned Qatar on Sunday."}
            {"id": "compact", "date": "20160101", "text": "Russia backs Syria."}
            {"id": "written", "date": "August 24, 2016", "text": "Iran imposed sanctions on Saudi Arabia."}

            """.write(to: input, atomically: true, encoding: .utf8)
        let lines = try CommandRunner.run(["ingest", "--jsonl", input.path, "--db", db])
        XCTAssertEqual(lines.status, 0, lines.standardError)
        XCTAssertTrue(lines.standardError.contains("\(input.path):1: warning: 'yesterday' is not a date"), lines.standardError)
        XCTAssertTrue(lines.standardError.contains("\(input.path):2: warning: '2016-13-45' is not a date"), lines.standardError)
        XCTAssertTrue(lines.standardError.contains("stored undated"), lines.standardError)
        XCTAssertFalse(lines.standardError.contains(":3:") || lines.standardError.contains(":4:"), lines.standardError)
        let header = folder.appendingPathComponent("header.txt")
        try "date: 24 August 2016\n---\nTurkey threatened to strike the YPG.\n".write(to: header, atomically: true, encoding: .utf8)
        let odd = folder.appendingPathComponent("odd.txt")
        try "date: the day after\n---\nTurkey met Russia.\n".write(to: odd, atomically: true, encoding: .utf8)
        let files = try CommandRunner.run(["ingest", header.path, odd.path, "--db", db])
        XCTAssertEqual(files.status, 0, files.standardError)
        XCTAssertTrue(files.standardError.contains("\(odd.path): warning: 'the day after' is not a date"), files.standardError)
        XCTAssertFalse(files.standardError.contains(header.path), files.standardError)

        let csv = try CommandRunner.run(["query", "--db", db, "--format", "csv"]).outputText
        for row in ["2016-01-01,RUS", "2016-08-24,IRN", "2016-08-24,TUR", ",TUR,Turkey,opposes", ",EGY"] {
            XCTAssertTrue(csv.contains(row), "\(row) in \(csv)")
        }

        for (arguments, bad) in [(["query", "--db", db, "--since", "2016-13"], "'2016-13' is not a date"),
                                 (["query", "--db", db, "--since", "2016-08-31", "--until", "2016-08-01"], "ends before it starts"),
                                 (["merge", "--db", db, "--until", "2016-02-30"], "'2016-02-30' is not a date"),
                                 (["diff", "--db", db, "2016-13..2017", "2017"], "'2016-13' is not a date"),
                                 (["diff", "--db", db, "2016-08-31..2016-08-01", "2017"], "ends before it starts")] {
            let result = try CommandRunner.run(arguments)
            // Usage errors: 64, as ArgumentParser's; diff, merge and timeline keep diff(1)'s 2 for trouble.
            XCTAssertEqual(result.status, ["diff", "merge"].contains(arguments[0]) ? 2 : 64, arguments.joined(separator: " "))
            XCTAssertTrue(result.standardError.contains(bad), result.standardError)
        }
    }

    /// Inputs that do not exist are refused before the database is created.
    func testMissingInputsCreateNoDatabase() throws {
        let folder = try CommandRunner.temporaryFolder()
        let db = folder.appendingPathComponent("t.sqlite").path
        for arguments in [["ingest", folder.appendingPathComponent("missing.txt").path, "--db", db],
                          ["ingest", "--jsonl", folder.appendingPathComponent("missing.jsonl").path, "--db", db]] {
            let result = try CommandRunner.run(arguments)
            XCTAssertEqual(result.status, 1, arguments.joined(separator: " "))
            XCTAssertTrue(result.standardError.contains("missing."), result.standardError)
            XCTAssertTrue(result.standardError.contains("no such file"), result.standardError)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
        }
    }

    func testReindexRedoesOnlyStaleArticles() throws {
        let (folder, articles, db) = try corpus()
        XCTAssertEqual(try CommandRunner.run(["ingest", articles.path, "--db", db]).status, 0)
        let same = try CommandRunner.run(["reindex", "--db", db])
        XCTAssertEqual(same.status, 0, same.standardError)
        XCTAssertTrue(same.outputText.contains("re-extracted 0 article(s)"), same.outputText)
        XCTAssertTrue(same.outputText.contains("3 already current"), same.outputText)

        let dictionary = folder.appendingPathComponent("extra.yaml")
        try "actors:\n  - id: RUR\n    name: Ruritania\n    kind: state\n".write(to: dictionary, atomically: true, encoding: .utf8)
        let changed = try CommandRunner.run(["reindex", "--db", db, "--actors", dictionary.path])
        XCTAssertTrue(changed.outputText.contains("re-extracted 3 article(s)"), changed.outputText)
        let again = try CommandRunner.run(["reindex", "--db", db, "--actors", dictionary.path])
        XCTAssertTrue(again.outputText.contains("re-extracted 0 article(s)"), again.outputText)
        let all = try CommandRunner.run(["reindex", "--db", db, "--actors", dictionary.path, "--all"])
        XCTAssertTrue(all.outputText.contains("re-extracted 3 article(s)"), all.outputText)

        let missing = try CommandRunner.run(["reindex", "--db", folder.appendingPathComponent("none.sqlite").path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.standardError.contains("no such database"), missing.standardError)
    }

    func testJSONLinesBadLinesAreFatalOrSkipped() throws {
        let folder = try CommandRunner.temporaryFolder()
        let db = folder.appendingPathComponent("lines.sqlite").path
        let input = folder.appendingPathComponent("in.jsonl")
        try """
            {"id": "one", "date": "2016-08-05", "text": "Turkey condemned Russia on Monday."}
            {"id": "two", "text": "Iran imposed sanctions on Saudi Arabia."}
            {"id": "three", "text": 
            {"id": "four", "url": "https://example.org/4", "text": "Egypt condemned Qatar on Sunday."}

            """.write(to: input, atomically: true, encoding: .utf8)
        let fatal = try CommandRunner.run(["ingest", "--jsonl", input.path, "--db", db])
        XCTAssertEqual(fatal.status, 1)
        XCTAssertTrue(fatal.standardError.contains("\(input.path):3: error: invalid JSON"), fatal.standardError)
        XCTAssertTrue(fatal.outputText.contains("stored 2 new article(s)"), fatal.outputText)

        let skipping = try CommandRunner.run(["ingest", "--jsonl", input.path, "--db", db, "--skip-bad-lines"])
        XCTAssertEqual(skipping.status, 0, skipping.standardError)
        XCTAssertTrue(skipping.standardError.contains(":3: error:"), skipping.standardError)
        XCTAssertTrue(skipping.outputText.contains("stored 1 new article(s)"), skipping.outputText)
        XCTAssertTrue(skipping.outputText.contains("2 already stored"), skipping.outputText)

        let stdin = try CommandRunner.run(["ingest", "--jsonl", "--db", db],
                                          input: "{\"id\": \"five\", \"text\": \"Russia backs Syria.\"}\n")
        XCTAssertEqual(stdin.status, 0, stdin.standardError)
        XCTAssertTrue(stdin.outputText.contains("stored 1 new article(s)"), stdin.outputText)
    }

    func testBadDatabasesAndPathsGiveClearErrors() throws {
        let (folder, articles, _) = try corpus()
        let junk = folder.appendingPathComponent("junk.sqlite").path
        try Data(repeating: 0x41, count: 8192).write(to: URL(fileURLWithPath: junk))
        for arguments in [["ingest", articles.path, "--db", junk], ["query", "--db", junk],
                          ["merge", "--db", junk], ["reindex", "--db", junk]] {
            let result = try CommandRunner.run(arguments)
            // merge (like diff and timeline) reports trouble with 2, the store's own commands with 1.
            XCTAssertEqual(result.status, arguments[0] == "merge" ? 2 : 1, arguments.joined(separator: " "))
            XCTAssertTrue(result.standardError.contains("\(junk) is not a RelGraph database"), result.standardError)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: junk)), Data(repeating: 0x41, count: 8192))

        // A path where no file can be created (inside a regular file).
        let impossible = folder.appendingPathComponent("junk.sqlite/inner.sqlite").path
        let result = try CommandRunner.run(["ingest", articles.path, "--db", impossible])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.standardError.contains(impossible), result.standardError)
    }

    /// A RelGraph database damaged in the middle, or cut short, is refused by
    /// ingest and reindex before they write (SQLite's quick check), with a
    /// message saying it is damaged, exit status 1, and the file untouched.
    func testDamagedDatabasesAreRefusedUntouched() throws {
        let folder = try CommandRunner.temporaryFolder()
        let db = folder.appendingPathComponent("damaged.sqlite").path
        let input = folder.appendingPathComponent("many.jsonl")
        try StoreCorpus.jsonLines(count: 300, sentences: 8).write(to: input, atomically: true, encoding: .utf8)
        XCTAssertEqual(try CommandRunner.run(["ingest", "--jsonl", input.path, "--db", db]).status, 0)
        let truncated = folder.appendingPathComponent("truncated.sqlite").path
        try FileManager.default.copyItem(atPath: db, toPath: truncated)
        let pages = try XCTUnwrap(FileManager.default.contents(atPath: db)).count / 4096
        XCTAssertGreaterThan(pages, 20)
        try StoreCorpus.overwritePages([pages / 2, pages / 2 + 1], of: db)
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: truncated))
        try handle.truncate(atOffset: UInt64(pages / 2 * 4096))
        try handle.close()

        let line = "{\"id\": \"new\", \"text\": \"Egypt condemned Qatar on Sunday.\"}\n"
        for path in [db, truncated] {
            let before = StoreCorpus.bytes(path)
            for arguments in [["ingest", "--jsonl", "--db", path], ["reindex", "--all", "--db", path]] {
                let result = try CommandRunner.run(arguments, input: line)
                XCTAssertEqual(result.status, 1, arguments.joined(separator: " "))
                XCTAssertTrue(result.standardError.contains("\(path) is damaged"), result.standardError)
                XCTAssertFalse(result.standardError.contains("not a RelGraph database"), result.standardError)
            }
            XCTAssertEqual(StoreCorpus.bytes(path), before, path)
        }
        let query = try CommandRunner.run(["query", "--db", truncated])
        XCTAssertEqual(query.status, 1)
        XCTAssertTrue(query.standardError.contains("\(truncated) is damaged (truncated"), query.standardError)
    }

    /// Another program's SQLite file stays byte-identical: refused before any
    /// pragma that writes (journal_mode = WAL).
    func testAnotherProgramsDatabaseStaysByteIdentical() throws {
        let (_, articles, db) = try corpus()
        do {
            let other = try DatabaseQueue(path: db)
            try other.write { try $0.execute(sql: "create table foo(x)") }
            try other.close()
        }
        let before = StoreCorpus.bytes(db)
        for arguments in [["ingest", articles.path, "--db", db], ["reindex", "--db", db], ["query", "--db", db]] {
            let result = try CommandRunner.run(arguments)
            XCTAssertEqual(result.status, 1, arguments.joined(separator: " "))
            XCTAssertTrue(result.standardError.contains("\(db) is not a RelGraph database"), result.standardError)
        }
        XCTAssertEqual(StoreCorpus.bytes(db), before)
        XCTAssertFalse(FileManager.default.fileExists(atPath: db + "-wal"))
    }

    /// A full disk, simulated with a size cap: a clear error, non-zero exit, the
    /// articles stored before it kept, and the next run resumes.
    func testAFullDiskKeepsCommittedArticles() throws {
        let folder = try CommandRunner.temporaryFolder()
        let db = folder.appendingPathComponent("full.sqlite").path
        let input = folder.appendingPathComponent("many.jsonl")
        try StoreCorpus.jsonLines(count: 300, sentences: 12).write(to: input, atomically: true, encoding: .utf8)
        XCTAssertEqual(try CommandRunner.run(["ingest", "--jsonl", "--db", db], input: "").status, 0)
        let full = try CommandRunner.run(["ingest", "--jsonl", input.path, "--db", db, "--max-db-pages", "40"])
        XCTAssertEqual(full.status, 1)
        XCTAssertTrue(full.standardError.contains("\(db): the disk or database is full"), full.standardError)
        let stored = try StoreCorpus.storedCount(db)
        XCTAssertGreaterThan(stored, 0)
        XCTAssertLessThan(stored, 300)
        XCTAssertTrue(full.standardError.contains("\(stored) article(s) of this run were stored"), full.standardError)
        XCTAssertTrue(try StoreCorpus.isSound(db))
        let resumed = try CommandRunner.run(["ingest", "--jsonl", input.path, "--db", db])
        XCTAssertEqual(resumed.status, 0, resumed.standardError)
        XCTAssertTrue(resumed.outputText.contains("\(stored) already stored"), resumed.outputText)
        XCTAssertEqual(try StoreCorpus.storedCount(db), 300)
    }
}
