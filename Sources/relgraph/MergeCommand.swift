import ArgumentParser
import Foundation
import RelGraph

/// `relgraph merge`: the union of many articles' graphs, each stance with the
/// articles behind it. Streams: one input is read, merged and dropped at a time,
/// and each stance keeps a bounded sample of evidence, so memory stays flat over
/// thousands of articles.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge many articles' graphs into one, keeping per stance its article count and date range.",
        discussion: """
        INPUTS are articles (.txt), graphs (.rg, .json, .dot) or folders of them (read in name order). \
        Each stance of the result has its total count, a provenance (how many articles, first and last \
        date) and up to --evidence quotes. Where articles disagree about a pair, every stance stays. \
        An article given twice (same url, id or content) is merged once. \
        Exit status: 0 success, 2 trouble (usage errors too), as for diff and timeline.
        """
    )

    /// What `merge` writes: a graph.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case json, rg
    }

    @Argument(help: "Articles, graphs or folders of them.")
    var inputs: [String] = []

    // STORE: --db, --since, --until read stored articles instead (StoredGraphSource).
    @OptionGroup var stored: StoredGraphOptions

    @Option(name: .shortAndLong, help: "Where to write the merged graph; - for standard output.")
    var output: String?

    @Option(help: "Output format: json (keeps provenance) or rg (cannot carry provenance: a warning says so). Default: from -o's extension, else json.")
    var format: Format?

    @Option(help: "Evidence quotes kept per stance.")
    var evidence = 5

    @Option(name: .customLong("from"), help: "Input format when it cannot be told from the files: rg, json, dot, article.")
    var inputFormat: InputFormat?

    func validate() throws {
        try stored.validate(inputs: inputs)
        try OutputExtension.validate(output, formatGiven: format != nil, known: ["json", "rg"],
                                     described: ".json (keeps provenance) or .rg")
        guard evidence >= 0 else { throw ValidationError("--evidence must be 0 or more") }
    }

    func run() throws {
        try reportingFailures(status: 2) {
            let chosen = format ?? output.flatMap { URL(fileURLWithPath: $0).pathExtension.lowercased() == "rg" ? .rg : nil } ?? .json
            let paths = try GraphInput.paths(inputs)
            var extractor: StanceExtractor?
            var merger = GraphMerger(evidenceLimit: evidence)
            for path in paths {
                if extractor == nil, inputFormat == .article || (inputFormat == nil && InputFormat(path: path) == .article) {
                    extractor = try ExtractorLoader.load(actorsFile: nil, lexiconFile: nil)
                }
                let graph = try GraphInput.load(path, format: inputFormat, extractor: extractor)
                if let earlier = merger.add(graph, article: ExtractorLoader.articleID(path)) {
                    StandardError.write("relgraph: note: \(path): the same article as \(earlier) (same url, id or content); merged once\n")
                }
            }
            try stored.forEachGraph { merger.add($0, article: $1) }
            let graph = merger.result()
            let text = chosen == .json ? JSONGraphFormat().encode(graph) : TextFormatWriter().write(graph)
            try OutputFile.write(text: text, to: output)
            if chosen == .rg, graph.stances.contains(where: { $0.provenance != nil }) {
                // The text format has no place for it; say so rather than drop it silently.
                StandardError.write("relgraph: warning: the text format (rg) cannot carry provenance (how many articles "
                    + "stated each stance, first and last date); it is left out. Write JSON (-o merged.json) to keep it.\n")
            }
        }
    }
}
