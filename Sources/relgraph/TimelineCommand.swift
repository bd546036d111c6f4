import ArgumentParser
import Foundation
import RelGraph

/// `relgraph timeline`: how the stances between one pair of actors evolve over
/// dated articles, as a table, JSON or Markdown.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show how one pair's stances evolve over dated articles.",
        discussion: """
        INPUTS are articles (.txt), graphs (.rg, .json, .dot) or folders of them. They are ordered \
        by the date in their header or metadata (undated last), then by file name. The pair's actors \
        are found in each graph by id, name or alias.
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

    @Option(help: "Output format: text, json, markdown (svg: not available yet).")
    var format: Format = .text

    @Option(name: .shortAndLong, help: "Where to write the timeline; - for standard output.")
    var output: String?

    @Flag(help: "No ANSI colours, even on a terminal.")
    var noColor = false

    @Option(name: .customLong("from"), help: "Input format when it cannot be told from the files: rg, json, dot, article.")
    var inputFormat: InputFormat?

    func validate() throws {
        try stored.validate(inputs: inputs)
        guard actors() != nil else {
            throw ValidationError("--pair needs two different actors separated by a comma, e.g. --pair Turkey,Russia")
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
        try reportingFailures {
            if format == .svg {
                // SVG TIMELINE: the picture comes from RelGraphRender (being built separately); wire it here.
                throw CLIError("--format svg is not available yet; use --format text, json or markdown")
            }
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
            let text: String
            switch format {
            case .text: text = TimelineTextWriter(color: TerminalColor.enabled(noColor: noColor, output: output)).write(timeline)
            case .json: text = TimelineJSONFormat().encode(timeline)
            case .markdown: text = TimelineMarkdownWriter().write(timeline)
            case .svg: preconditionFailure("handled above")
            }
            try OutputFile.write(text: text, to: output)
        }
    }
}
