import ArgumentParser
import Foundation
import RelGraph

/// `relgraph extract`: articles in, stance graphs out, with the evidence and the
/// rule behind every stance.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the stance graph of news articles (plain text, optionally with a url/title/date header).",
        discussion: """
        One article gives one graph on standard output (or -o FILE). Several articles, or a \
        folder of .txt articles (subfolders too, .txt in any case; other files are counted on standard \
        error), give one graph per article in the folder named by -o (in the same subfolders), \
        extracted in parallel (--jobs); a failing article is reported with its file name, the \
        others are still written, and the exit status is 1.

        --jsonl streams: each input line is a JSON object {"id", "text", and optionally "url", \
        "title", "date"}; each output line is that article's graph as compact JSON, with the id \
        in metadata.extra.id, in input order. Input is the files named (- or none for standard \
        input), output standard output or -o FILE. Articles are processed in bounded batches on \
        all cores, so memory stays flat however long the stream. A malformed line is reported as \
        FILE:LINE: error: ... and stops the run with exit status 1 (the graphs of the lines \
        before it are written); with --skip-bad-lines each bad line is reported and skipped and \
        the run goes on. Blank lines are ignored.

        On a terminal, standard error shows a progress bar over folders and --jsonl streams \
        (count, articles/s, MB/s, ETA when the size of the input is known); --quiet hides it, and \
        it never appears when standard error is piped or redirected. Standard output only ever \
        carries graphs.
        """
    )

    @Argument(help: "Article files or folders; - for standard input. With --jsonl: JSON lines files (default: standard input).")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Output file (one article, or --jsonl) or folder (several).")
    var output: String?

    @Option(help: "Output format: json, rg, dot (--jsonl writes json).")
    var format: ExtractFormat = .json

    @OptionGroup var dictionaries: DictionaryOptions

    @Flag(help: "Read articles as JSON lines, write one graph per line.")
    var jsonl = false

    @Flag(help: "With --jsonl: report malformed lines and go on instead of stopping.")
    var skipBadLines = false

    @Option(help: "Articles extracted at the same time (default: the number of active cores).")
    var jobs: Int?

    @Flag(help: "No progress bar on standard error (there is none when it is not a terminal).")
    var quiet = false

    /// How many articles are extracted at once.
    private var width: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
        case json, rg, dot

        var fileExtension: String { rawValue }

        func write(_ graph: StanceGraph) -> String {
            switch self {
            case .json: return JSONGraphFormat().encode(graph)
            case .rg: return TextFormatWriter().write(graph)
            case .dot: return DOTWriter.write(graph)
            }
        }
    }

    func validate() throws {
        guard (jobs ?? 1) >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if jsonl {
            guard format == .json else { throw ValidationError("--jsonl writes JSON lines; --format must be json") }
        } else {
            guard !inputs.isEmpty else { throw ValidationError("Missing expected argument '<inputs> ...'") }
            guard !skipBadLines else { throw ValidationError("--skip-bad-lines applies to --jsonl input") }
        }
    }

    func run() throws {
        try reportingFailures {
            let extractor = try ExtractorLoader.load(actorsFile: dictionaries.actors, lexiconFile: dictionaries.lexicon)
            if jsonl {
                let progress = ProgressReporter.standardError(verb: "extracting", done: "extracted", quiet: quiet,
                                                              totalBytes: ProgressReporter.totalBytes(ofInputs: inputs))
                let summary: JSONLinesExtraction.Summary
                do {
                    summary = try JSONLinesExtraction(extractor: extractor, jobs: width, skipBadLines: skipBadLines,
                                                      progress: progress)
                        .run(inputs: inputs, output: output)
                } catch let error as JSONLinesExtraction.LineError {
                    // Already in the `file:line: error: message` form.
                    progress.clear()
                    StandardError.write("\(error)\n")
                    throw ExitCode(1)
                } catch {
                    progress.clear()
                    throw error
                }
                progress.finish()
                if summary.skipped > 0 {
                    StandardError.write("relgraph: skipped \(summary.skipped) bad line(s); wrote \(summary.graphs) graph(s)\n")
                }
                return
            }
            let files = try ArticleFiles.list(inputs)
            files.reportSkipped()
            let paths = files.paths
            if paths.count == 1 {
                let graph = extractor.extract(try ExtractorLoader.article(at: paths[0]))
                try OutputFile.write(text: format.write(graph), to: output)
                return
            }
            guard let output, output != "-" else {
                throw ValidationError("several articles need an output folder: -o FOLDER")
            }
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            let progress = ProgressReporter.standardError(verb: "extracting", done: "extracted", quiet: quiet,
                                                          totalArticles: paths.count)
            let failures = try BatchExtraction(extractor: extractor, format: format, jobs: width, progress: progress)
                .run(files.entries, into: output)
            progress.finish()
            guard failures.isEmpty else {
                for failure in failures {
                    StandardError.write("relgraph: \(failure)\n")
                }
                throw CLIError("\(failures.count) of \(paths.count) articles failed; the others were written to \(output)")
            }
        }
    }
}
