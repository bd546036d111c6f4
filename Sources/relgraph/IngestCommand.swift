import ArgumentParser
import Foundation
import RelGraph
import RelGraphStore

/// `relgraph ingest`: stores articles and the stances extracted from them in a
/// corpus database. The work is in RelGraphStore's `Ingestion`; this reads the
/// inputs a batch at a time and reports.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store articles and their extracted stances in a corpus database (SQLite).",
        discussion: """
        PATHS are article files (.txt, with an optional url/title/date header) or folders of them; \
        with --jsonl, JSON lines files ({"id", "text", "url", "title", "date"} per line; none or - \
        for standard input). An article's id in the store is the SHA-256 of its text, so ingesting \
        the same articles again adds nothing. Articles are extracted on all cores and each is \
        stored in its own transaction: a run that is killed leaves whole articles only, and running \
        it again resumes. A malformed JSON line is reported as FILE:LINE: error: ... and stops the run \
        with exit status 1 (articles before it are kept); --skip-bad-lines reports it and goes on. \
        An unreadable file is reported, the others are stored, and the exit status is 1.
        """
    )

    @Argument(help: "Article files or folders; with --jsonl, JSON lines files (default: standard input).")
    var inputs: [String] = []

    @Option(help: "The database file (created when missing).")
    var db = "relgraph.sqlite"

    @Flag(help: "Read articles as JSON lines.")
    var jsonl = false

    @Flag(help: "With --jsonl: report malformed lines and go on instead of stopping.")
    var skipBadLines = false

    @Option(help: "The article's URL (one article only; overrides its header).")
    var url: String?

    @Option(help: "The article's title (one article only; overrides its header).")
    var title: String?

    @Option(help: "The article's date, YYYY-MM-DD (one article only; overrides its header).")
    var date: String?

    @Option(help: "A YAML actor dictionary that adds to or overrides the built-in one.")
    var actors: String?

    @Option(help: "A YAML stance lexicon that adds to the built-in one.")
    var lexicon: String?

    @Option(help: "Articles extracted at the same time (default: the number of active cores).")
    var jobs: Int?

    @Option(help: ArgumentHelp("Largest database size in pages (testing a full disk).", visibility: .hidden))
    var maxDbPages: Int?

    /// Articles read, extracted and written per round.
    private static let batchSize = 64

    func validate() throws {
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if !jsonl {
            guard !inputs.isEmpty else { throw ValidationError("Missing expected argument '<inputs> ...'") }
            guard !skipBadLines else { throw ValidationError("--skip-bad-lines applies to --jsonl input") }
        }
        if url != nil || title != nil || date != nil {
            guard !jsonl else { throw ValidationError("--url, --title and --date apply to one article file; JSON lines carry their own") }
        }
        if let date, Article.isoDate(date) == nil {
            throw ValidationError("--date must be YYYY-MM-DD or YYYY-MM, got '\(date)'")
        }
    }

    func run() throws {
        try reportingFailures {
            let loaded = try StoreExtractor.load(actorsFile: actors, lexiconFile: lexicon)
            let store = try Store(path: db, mode: .readWrite, maxPageCount: maxDbPages)
            let ingestion = Ingestion(extractor: loaded.extractor, version: loaded.version,
                                      jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            var summary = Ingestion.Summary()
            var failures = 0
            if jsonl {
                failures = try ingestLines(ingestion, store: store, summary: &summary)
            } else {
                failures = try ingestFiles(ingestion, store: store, summary: &summary)
            }
            print("\(db): stored \(summary.added) new article(s) with \(summary.stances) stance(s); "
                  + "\(summary.alreadyStored) already stored")
            if failures > 0 { throw ExitCode(1) }
        }
    }

    /// Articles from files and folders; returns how many could not be read.
    private func ingestFiles(_ ingestion: Ingestion, store: Store, summary: inout Ingestion.Summary) throws -> Int {
        let paths = try ExtractorLoader.articlePaths(inputs)
        if (url != nil || title != nil || date != nil) && paths.count != 1 {
            throw ValidationError("--url, --title and --date apply to one article; \(paths.count) were given")
        }
        var failures = 0
        var start = 0
        while start < paths.count {
            let batch = Array(paths[start..<min(start + Self.batchSize, paths.count)])
            start += batch.count
            let (url, title, date) = (self.url, self.title, self.date)
            let read = ParallelMap.run(batch.count, width: ingestion.jobs) { index -> Result<Article, CLIError> in
                do {
                    var article = try ExtractorLoader.article(at: batch[index])
                    if let url { article.metadata.url = url }
                    if let title { article.metadata.title = title }
                    if let date { article.metadata.date = Article.isoDate(date) }
                    return .success(article)
                } catch {
                    return .failure(CLIError("\(error)"))
                }
            }
            var articles: [Article] = []
            for result in read {
                switch result {
                case .success(let article): articles.append(article)
                case .failure(let error):
                    FileHandle.standardError.write(Data("relgraph: \(error)\n".utf8))
                    failures += 1
                }
            }
            try ingestion.ingest(articles, into: store, summary: &summary)
        }
        return failures
    }

    /// Articles from JSON lines; returns how many lines were skipped as bad.
    private func ingestLines(_ ingestion: Ingestion, store: Store, summary: inout Ingestion.Summary) throws -> Int {
        var skipped = 0
        for input in inputs.isEmpty ? ["-"] : inputs {
            var reader = try LineReader(path: input)
            var batch: [Article] = []
            while let line = try reader.next() {
                if line.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                do {
                    var article = try ArticleLine.decode(line.bytes)
                    article.metadata.extra["id"] = nil
                    batch.append(article)
                } catch let problem as ArticleLine.Problem {
                    let error = JSONLinesExtraction.LineError(file: reader.name, line: line.number, message: problem.message)
                    guard skipBadLines else {
                        // The lines before it are stored; then the run stops.
                        try ingestion.ingest(batch, into: store, summary: &summary)
                        FileHandle.standardError.write(Data("\(error)\n".utf8))
                        print("\(db): stored \(summary.added) new article(s) with \(summary.stances) stance(s) "
                              + "before the bad line; \(summary.alreadyStored) already stored")
                        throw ExitCode(1)
                    }
                    FileHandle.standardError.write(Data("\(error)\n".utf8))
                    skipped += 1
                }
                if batch.count >= Self.batchSize {
                    try ingestion.ingest(batch, into: store, summary: &summary)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            try ingestion.ingest(batch, into: store, summary: &summary)
        }
        if skipped > 0 {
            FileHandle.standardError.write(Data("relgraph: skipped \(skipped) bad line(s)\n".utf8))
        }
        return 0
    }
}
