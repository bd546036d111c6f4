import ArgumentParser
import RelGraph
import RelGraphRender

/// `relgraph convert`: between RelGraph's own formats, and out to the formats of
/// network tools (GraphML for yEd, GEXF for Gephi) and spreadsheets (CSV).
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a graph between the text format, JSON and DOT, or export GraphML, GEXF or CSV.",
        discussion: """
        Kinds, polarity, counts and evidence are kept as attributes in every output. \
        The text format keeps only the quote of each piece of evidence; JSON keeps everything.
        """
    )

    @Argument(help: "The graph file, or - for standard input.")
    var input: String

    @Option(name: .shortAndLong, help: "Where to write; - for standard output.")
    var output: String?

    @Option(name: .customLong("to"), help: "Output format: \(ConvertFormat.allCases.map(\.rawValue).joined(separator: ", ")). Default: from -o's extension, else json.")
    var outputFormat: ConvertFormat?

    @Option(name: .customLong("from"), help: "Input format when it cannot be told from the file: rg, json, dot, article.")
    var inputFormat: InputFormat?

    func run() throws {
        try reportingFailures {
            let format = try resolvedFormat()
            let graph = try GraphInput.load(input, format: inputFormat)
            let text: String
            switch format {
            case .rg: text = TextFormatWriter().write(graph)
            case .json: text = JSONGraphFormat().encode(graph)
            case .dot: text = DOTWriter.write(graph)
            case .graphml: text = GraphMLWriter.write(graph)
            case .gexf: text = GEXFWriter.write(graph)
            case .csv: text = CSVEdgeListWriter.write(graph)
            }
            try OutputFile.write(Array(text.utf8), to: output)
        }
    }

    private func resolvedFormat() throws -> ConvertFormat {
        if let outputFormat { return outputFormat }
        guard let output, output != "-", output.contains(".") else { return .json }
        guard let implied = ConvertFormat(path: output) else {
            throw ValidationError("cannot tell the format from '\(output)'; use --to with one of: "
                + ConvertFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return implied
    }
}
