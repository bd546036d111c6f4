import ArgumentParser
import Foundation
import RelGraph
import RelGraphRender

/// `relgraph timeline`: how the stances between one pair of actors evolve over
/// dated articles, as a table, JSON or Markdown.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show how one pair's stances evolve over dated articles.",
        discussion: """
        INPUTS are articles (.txt), graphs (.rg, .json, .dot) or folders of them. They are ordered \
        by the date in their header or metadata (undated last), then by file name. The pair's actors \
        are found in each graph by id, name or alias. --format svg (or -o chart.svg) draws a chart: one \
        column per article, one lane per kind, filled marks for A towards B, hollow for B towards A. \
        Exit status: 0 success, 2 trouble (usage errors too), as for diff and merge.
        """
    )

    /// What `timeline` writes.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, json, markdown, svg
    }

    @Argument(help: "Articles, graphs or folders of them.")
    var inputs: [String] = []

    // STORE: --db, --since, --until read stored articles instead (StoredGraphSource).
    @OptionGroup var stored: StoredGraphOptions

    @Option(help: "The two actors, comma-separated: --pair Turkey,Russia.")
    var pair: String

    @Option(help: "Output format: text, json, markdown, svg (a chart). Default: from -o's extension, else text.")
    var format: Format?

    @Option(help: "With svg: the chart's caption. Default: \"A → B\" (\"A ↔ B\" when stances run both ways).")
    var title: String?

    @Option(name: .shortAndLong, help: "Where to write the timeline; - for standard output.")
    var output: String?

    @Flag(help: "No ANSI colours, even on a terminal.")
    var noColor = false

    @Option(name: .customLong("from"), help: "Input format when it cannot be told from the files: rg, json, dot, article.")
    var inputFormat: InputFormat?

    func validate() throws {
        try stored.validate(inputs: inputs)
        try OutputExtension.validate(output, formatGiven: format != nil, known: ["txt", "json", "md", "markdown", "svg"],
                                     described: ".txt (text), .json, .md (markdown) or .svg (a chart)")
        guard actors() != nil else {
            throw ValidationError("--pair needs two different actors separated by a comma, e.g. --pair Turkey,Russia")
        }
    }

    /// --format, else -o's extension (.json, .md, .svg), else text.
    private func chosenFormat() -> Format {
        if let format { return format }
        switch output.flatMap({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
        case "json": return .json
        case "md", "markdown": return .markdown
        case "svg": return .svg
        default: return .text
        }
    }

    private func actors() -> (String, String)? {
        let parts = pair.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
              Actor.matchKey(parts[0]) != Actor.matchKey(parts[1]) else { return nil }
        return (parts[0], parts[1])
    }

    func run() throws {
        try reportingFailures(status: 2) {
            let format = chosenFormat()
            let (first, second) = actors()!
            var timeline = PairTimeline(first: first, second: second)
            var extractor: StanceExtractor?
            for path in try GraphInput.paths(inputs) {
                if extractor == nil, inputFormat == .article || (inputFormat == nil && InputFormat(path: path) == .article) {
                    extractor = try ExtractorLoader.load(actorsFile: nil, lexiconFile: nil)
                }
                timeline.add(try GraphInput.load(path, format: inputFormat, extractor: extractor),
                             article: ExtractorLoader.articleID(path))
            }
            try stored.forEachGraph { timeline.add($0, article: $1) }
            let unknown = timeline.actorsNamedNowhere
            if !timeline.entries.isEmpty, !unknown.isEmpty {
                // A misspelt --pair would otherwise give a table of "(not both named)" rows.
                throw CLIError("no input names " + unknown.map { "'\($0)'" }.joined(separator: " or ")
                    + " (by id, name or alias); check --pair")
            }
            let text: String
            switch format {
            case .text: text = TimelineTextWriter(color: TerminalColor.enabled(noColor: noColor, output: output)).write(timeline)
            case .json: text = TimelineJSONFormat().encode(timeline)
            case .markdown: text = TimelineMarkdownWriter().write(timeline)
            case .svg: text = TimelineChartWriter().svg(TimelinePicture(timeline: timeline, title: title))
            }
            try OutputFile.write(text: text, to: output)
        }
    }
}
