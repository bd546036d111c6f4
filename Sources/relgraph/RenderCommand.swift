import ArgumentParser
import Foundation
import RelGraph
import RelGraphRender

extension OutputFormat: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
extension EdgeLabelPolicy: ExpressibleByArgument {}

/// `relgraph render`: a graph file in, a picture out, laid out in-process by Graphviz.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Render a stance graph as SVG (or PNG, PDF, laid-out DOT, Graphviz JSON).",
        discussion: """
        INPUT is a graph in the text format (.rg), JSON (.json) or DOT (.dot, .gv), or - for \
        standard input (the format is then recognised from the content). Without -o, or with \
        -o -, the picture goes to standard output. The engine and edge labels are chosen by \
        the graph's size unless given.
        """
    )

    @Argument(help: "The graph file, or - for standard input.")
    var input: String

    @Option(name: .shortAndLong, help: "Where to write the picture; - for standard output.")
    var output: String?

    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")). Default: from -o's extension, else svg.")
    var format: OutputFormat?

    @Option(help: "Layout engine: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")). Default: dot for small graphs, sfdp for large ones.")
    var layout: LayoutEngine?

    @Option(help: "Caption shown with the legend; default: the graph's own title.")
    var title: String?

    @Option(help: "Edge labels: auto (by size), on, off.")
    var labels: EdgeLabelPolicy = .auto

    @Option(name: .customLong("from"), help: "Input format when it cannot be told from the file: rg, json, dot, article.")
    var inputFormat: InputFormat?

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    @Flag(help: "Keep the fixed width and height in points on the SVG instead of scaling with its container.")
    var fixedSize = false

    func run() throws {
        try reportingFailures {
            let chosenFormat = try resolvedFormat()
            if output == nil || output == "-", [.png, .pdf].contains(chosenFormat), OutputFile.standardOutputIsTerminal {
                throw ValidationError("\(chosenFormat.rawValue) is binary; write it to a file with -o")
            }
            let graph = try GraphInput.load(input, format: inputFormat)
            let options = RenderOptions(format: chosenFormat, engine: layout, title: title, edgeLabels: labels,
                                        fixedSize: fixedSize, legend: !noLegend)
            let rendering = try Renderer().render(graph, options: options)
            try OutputFile.write(rendering.data, to: output)
        }
    }

    private func resolvedFormat() throws -> OutputFormat {
        if let format { return format }
        guard let output, output != "-", let ext = output.split(separator: ".").last, output.contains(".") else { return .svg }
        guard let implied = OutputFormat(rawValue: ext.lowercased()) else {
            throw ValidationError("cannot tell the format from '\(output)'; use --format with one of: "
                + OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return implied
    }
}
