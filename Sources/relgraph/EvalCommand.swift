import ArgumentParser
import Foundation
import RelGraph

/// `relgraph eval`: how well extraction matches hand-made gold stances, by the
/// rules of the stance specification (strict and lenient P/R/F1).
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against a gold file: precision, recall and F1, overall, per kind and per article."
    )

    @Argument(help: "The gold file (JSON lines: article, actors, stances).")
    var gold: String

    @Argument(help: "The folder with the articles, as <article>.txt.")
    var articles: String

    @Flag(help: "List every false positive and false negative with its sentence.")
    var verbose = false

    @Option(help: "Output format: text or json.")
    var format: ReportFormat = .text

    @OptionGroup var dictionaries: DictionaryOptions

    enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() throws {
        try reportingFailures {
            let (goldText, goldName) = try GraphInput.readText(gold)
            let goldArticles = try GoldStandard.parseJSONL(goldText, fileName: goldName)
            let extractor = try ExtractorLoader.load(actorsFile: dictionaries.actors, lexiconFile: dictionaries.lexicon)
            var predictions: [String: StanceGraph] = [:]
            for entry in goldArticles {
                let path = URL(fileURLWithPath: articles).appendingPathComponent("\(entry.article).txt").path
                guard FileManager.default.fileExists(atPath: path) else {
                    throw CLIError("\(path): no article file for gold entry '\(entry.article)'")
                }
                predictions[entry.article] = extractor.extract(try ExtractorLoader.article(at: path))
            }
            let report = Evaluator().evaluate(gold: goldArticles, predictions: predictions)
            switch format {
            case .text:
                try StandardOutput.write(text: report.formattedText(verbose: verbose))
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                try StandardOutput.write(text: String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
            }
        }
    }
}
