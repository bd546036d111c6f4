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
        folder of .txt articles, give one graph per article in the folder named by -o.
        """
    )

    @Argument(help: "Article files or folders; - for standard input.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Output file (one article) or folder (several).")
    var output: String?

    @Option(help: "Output format: json, rg, dot.")
    var format: ExtractFormat = .json

    @Option(help: "A YAML actor dictionary that adds to or overrides the built-in one.")
    var actors: String?

    @Option(help: "A YAML stance lexicon that adds to the built-in one.")
    var lexicon: String?

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

    func run() throws {
        try reportingFailures {
            let extractor = try ExtractorLoader.load(actorsFile: actors, lexiconFile: lexicon)
            let paths = try ExtractorLoader.articlePaths(inputs)
            if paths.count == 1 {
                let graph = extractor.extract(try ExtractorLoader.article(at: paths[0]))
                try OutputFile.write(Array(format.write(graph).utf8), to: output)
                return
            }
            guard let output, output != "-" else {
                throw ValidationError("several articles need an output folder: -o FOLDER")
            }
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            for path in paths {
                let article = try ExtractorLoader.article(at: path)
                let graph = extractor.extract(article)
                let target = URL(fileURLWithPath: output).appendingPathComponent("\(article.id).\(format.fileExtension)").path
                try OutputFile.write(Array(format.write(graph).utf8), to: target)
            }
        }
    }
}
