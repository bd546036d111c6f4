import ArgumentParser
import Foundation
import RelGraph
import RelGraphRender

/// `relgraph report`: one self-contained HTML file (or Markdown with its
/// pictures beside it) about a set of articles: an overview graph, each
/// article's graph and stances with highlighted quotes, and what changed from
/// one article of a story to the next. Composition and writing live in the
/// libraries (`ReportDocument`, `HTMLReportWriter`, `MarkdownReportWriter`,
/// `ReportPictureRenderer`); this only reads the inputs and writes the files.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write an HTML (or Markdown) report: overview, each article's stances with quotes, changes along each story.",
        discussion: """
        INPUTS are articles (.txt, extracted on the fly), graphs (.rg, .json, .dot) or folders of them; or \
        --db with --since/--until for stored articles. Articles are ordered by date (undated last), then by \
        name; articles sharing a header's cluster: form a story, and each story shows the changes between \
        consecutive articles (without any cluster, all inputs are one story). The HTML file has its CSS and \
        SVG pictures inline and no scripts. --format markdown (or -o report.md) writes report.md and the \
        pictures into report-files/ beside it.
        """
    )

    /// What `report` writes.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case html, markdown
    }

    @Argument(help: "Articles, graphs or folders of them.")
    var inputs: [String] = []

    @OptionGroup var stored: StoredGraphOptions

    @Option(name: .shortAndLong, help: "Where to write the report (- for standard output, HTML only).")
    var output: String?

    @Option(help: "html or markdown. Default: from -o's extension (.md -> markdown), else html.")
    var format: Format?

    @Option(help: "The report's title. Default: the story's cluster, else \"Stance report\".")
    var title: String?

    @OptionGroup var dictionaries: DictionaryOptions

    @Option(help: "Layout engine for the pictures, \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")). Default: by size.")
    var layout: LayoutEngine?

    @Option(name: .customLong("from"), help: "Input format when it cannot be told from the files: rg, json, dot, article.")
    var inputFormat: InputFormat?

    func validate() throws {
        try stored.validate(inputs: inputs)
        if chosenFormat() == .markdown, output == nil || output == "-" {
            throw ValidationError("--format markdown writes a file and a folder of pictures; give -o report.md")
        }
    }

    private func chosenFormat() -> Format {
        if let format { return format }
        switch output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
        case "md", "markdown": return .markdown
        default: return .html
        }
    }

    func run() throws {
        try reportingFailures {
            var articles: [ReportArticle] = []
            var extractor: StanceExtractor?
            for path in try GraphInput.paths(inputs) {
                if extractor == nil, inputFormat == .article || (inputFormat == nil && InputFormat(path: path) == .article) {
                    extractor = try ExtractorLoader.load(actorsFile: dictionaries.actors, lexiconFile: dictionaries.lexicon)
                }
                let graph = try GraphInput.load(path, format: inputFormat, extractor: extractor)
                articles.append(ReportArticle(name: ExtractorLoader.articleID(path), graph: graph))
            }
            try stored.forEachGraph { articles.append(ReportArticle(name: $1, graph: $0)) }
            guard !articles.isEmpty else { throw CLIError("no articles to report on") }

            let document = ReportDocument(title: title ?? Self.defaultTitle(articles), articles: articles)
            let pictures = try ReportPictureRenderer(engine: layout).render(document)
            let highlighter = EvidenceHighlighter(lexicon: try ExtractorLoader.lexicon(lexiconFile: dictionaries.lexicon))
            switch chosenFormat() {
            case .html:
                let html = HTMLReportWriter(highlighter: highlighter, generator: "relgraph \(RelGraphVersion.current)")
                    .write(document, pictures: pictures)
                try OutputFile.write(text: html, to: output)
            case .markdown:
                let path = output!
                // Checked before the pictures' folder, so the message names the report.
                let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
                    throw CLIError("\(path): the folder \(parent) does not exist")
                }
                let folder = Self.folderName(for: path)
                let report = MarkdownReportWriter(highlighter: highlighter).write(document, pictures: pictures, folder: folder)
                let folderPath = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(folder).path
                try OutputFolder.write(report.files.map { ($0.name, $0.contents) }, to: folderPath)
                try OutputFile.write(text: report.markdown, to: path)
            }
        }
    }

    /// `report.md` -> `report-files`: the pictures' folder beside the report.
    static func folderName(for path: String) -> String {
        URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent + "-files"
    }

    /// The cluster when all articles share one, else a plain title.
    static func defaultTitle(_ articles: [ReportArticle]) -> String {
        let clusters = Set(articles.map(\.cluster))
        if clusters.count == 1, let cluster = clusters.first ?? nil { return "Stance report: \(cluster)" }
        return "Stance report"
    }
}
