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
        PATHS are article files (.txt, with an optional url/title/date header) or folders of them \
        (walked into every subfolder; .txt in any case; other files are counted on standard error); \
        with --jsonl, JSON lines files ({"id", "text", "url", "title", "date"} per line; none or - \
        for standard input). An article's id in the store is the SHA-256 of its text (line endings, \
        a byte order mark and trailing blanks aside), so ingesting the same articles again adds nothing. Articles are extracted on all cores and each is \
        stored in its own transaction: a run that is killed leaves whole articles only, and running \
        it again resumes. A malformed JSON line is reported as FILE:LINE: error: ... and stops the run \
        with exit status 1 (articles before it are kept); --skip-bad-lines reports it and goes on. \
        An unreadable file is reported, the others are stored, and the exit status is 1.

        Extraction of the next batch overlaps the writing of the one before (a single writer, up \
        to 256 whole articles per transaction). On a terminal, standard error shows a progress bar \
        (count, articles/s, MB/s, ETA when the size of the input is known); --quiet hides it, and \
        it never appears when standard error is piped or redirected.
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

    @Option(help: "The article's date, YYYY-MM-DD or 24 August 2016 (one article only; overrides its header).")
    var date: String?

    @OptionGroup var dictionaries: DictionaryOptions

    @Option(help: "Articles extracted at the same time (default: the number of active cores).")
    var jobs: Int?

    @Flag(help: "No progress bar on standard error (there is none when it is not a terminal).")
    var quiet = false

    @Option(help: ArgumentHelp("Largest database size in pages (testing a full disk).", visibility: .hidden))
    var maxDbPages: Int?

    /// Articles read and extracted per round, and committed per transaction
    /// (see `IngestionPipeline`).
    private static let batchSize = 256

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
            throw ValidationError("--date must be a date (2016-08-24, 2016-08, 2016, 24 August 2016, August 24, 2016), got '\(date)'")
        }
    }

    func run() throws {
        try reportingFailures {
            let loaded = try StoreExtractor.load(actorsFile: dictionaries.actors, lexiconFile: dictionaries.lexicon)
            // The inputs are checked before the database is opened, so a mistyped
            // path creates no empty database.
            var files = ArticleFiles(entries: [])
            if jsonl {
                for input in inputs { try LineReader.check(input) }
            } else {
                files = try ArticleFiles.list(inputs)
                if (url != nil || title != nil || date != nil) && files.entries.count != 1 {
                    throw ValidationError("--url, --title and --date apply to one article; \(files.entries.count) were given")
                }
            }
            let store = try Store(path: db, mode: .readWrite, maxPageCount: maxDbPages)
            let ingestion = Ingestion(extractor: loaded.extractor, version: loaded.version,
                                      jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            let pipeline = IngestionPipeline(ingestion, store: store)
            if jsonl {
                let progress = ProgressReporter.standardError(verb: "ingesting", done: "ingested", quiet: quiet,
                                                              totalBytes: ProgressReporter.totalBytes(ofInputs: inputs))
                try finishing(pipeline, progress) { try ingestLines(pipeline, progress: progress) }
                return
            }
            files.reportSkipped()
            let paths = files.paths
            let progress = ProgressReporter.standardError(verb: "ingesting", done: "ingested", quiet: quiet,
                                                          totalArticles: paths.count)
            try finishing(pipeline, progress) { try ingestFiles(paths, pipeline, progress: progress) }
        }
    }

    /// Runs `body`, waits for the writer, and prints the summary; exits with
    /// status 1 when `body` reported failures. On an error (a full disk) the
    /// progress bar is cleared first, so the message starts its own line.
    private func finishing(_ pipeline: IngestionPipeline, _ progress: ProgressReporter,
                           _ body: () throws -> Int) throws {
        let failures: Int
        do {
            failures = try body()
            try pipeline.finish()
        } catch {
            progress.clear()
            throw error
        }
        progress.finish()
        let summary = pipeline.summary
        try StandardOutput.write(text: "\(db): stored \(summary.added) new article(s) with \(summary.stances) stance(s); "
            + "\(summary.alreadyStored) already stored\n")
        if failures > 0 { throw ExitCode(1) }
    }

    /// Articles from files and folders; returns how many could not be read.
    private func ingestFiles(_ paths: [String], _ pipeline: IngestionPipeline, progress: ProgressReporter) throws -> Int {
        var failures = 0
        var start = 0
        while start < paths.count {
            let batch = Array(paths[start..<min(start + Self.batchSize, paths.count)])
            start += batch.count
            let (url, title, date) = (self.url, self.title, self.date)
            let read = ParallelMap.run(batch.count, width: pipeline.ingestion.jobs) { index -> Result<Article, CLIError> in
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
            for (path, result) in zip(batch, read) {
                switch result {
                case .success(let article):
                    if let warning = UnreadDate.warning(for: article, at: path) {
                        progress.clear()
                        FileHandle.standardError.write(Data("\(warning)\n".utf8))
                    }
                    articles.append(article)
                case .failure(let error):
                    progress.clear()
                    StandardError.write("relgraph: \(error)\n")
                    failures += 1
                }
            }
            try pipeline.submit(articles)
            progress.advance(articles: batch.count, bytes: articles.reduce(0) { $0 + $1.body.utf8.count })
        }
        return failures
    }

    /// Articles from JSON lines; returns 0 (bad lines are skipped or stop the run).
    /// Lines are decoded on all cores, a batch at a time, and reported in order.
    private func ingestLines(_ pipeline: IngestionPipeline, progress: ProgressReporter) throws -> Int {
        var skipped = 0
        for input in inputs.isEmpty ? ["-"] : inputs {
            var reader = try LineReader(path: input)
            var lines: [(number: Int, bytes: [UInt8])] = []
            var bytes = 0
            func submit() throws {
                let batch = lines
                lines.removeAll(keepingCapacity: true)
                let decoded = ParallelMap.run(batch.count, width: pipeline.ingestion.jobs) { index -> Result<Article, ArticleLine.Problem> in
                    Result {
                        var article = try ArticleLine.decode(batch[index].bytes)
                        article.metadata.extra["id"] = nil
                        return article
                    }.mapError { $0 as? ArticleLine.Problem ?? ArticleLine.Problem(message: "\($0)") }
                }
                var articles: [Article] = []
                for (line, result) in zip(batch, decoded) {
                    switch result {
                    case .success(let article):
                        if let warning = UnreadDate.warning(for: article, at: "\(reader.name):\(line.number)") {
                            progress.clear()
                            FileHandle.standardError.write(Data("\(warning)\n".utf8))
                        }
                        articles.append(article)
                    case .failure(let problem):
                        let error = JSONLinesExtraction.LineError(file: reader.name, line: line.number, message: problem.message)
                        guard skipBadLines else {
                            // The lines before it are stored; then the run stops.
                            try pipeline.submit(articles)
                            try pipeline.finish()
                            progress.clear()
                            StandardError.write("\(error)\n")
                            let summary = pipeline.summary
                            try StandardOutput.write(text: "\(db): stored \(summary.added) new article(s) with "
                                + "\(summary.stances) stance(s) before the bad line; \(summary.alreadyStored) already stored\n")
                            throw ExitCode(1)
                        }
                        progress.clear()
                        StandardError.write("\(error)\n")
                        skipped += 1
                    }
                }
                try pipeline.submit(articles)
                progress.advance(articles: batch.count, bytes: bytes)
                bytes = 0
            }
            while let line = try reader.next() {
                bytes += line.bytes.count + 1
                if line.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                lines.append(line)
                if lines.count >= Self.batchSize { try submit() }
            }
            try submit()
        }
        if skipped > 0 {
            progress.clear()
            StandardError.write("relgraph: skipped \(skipped) bad line(s)\n")
        }
        return 0
    }
}
