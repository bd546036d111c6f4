import ArgumentParser
import Foundation
import RelGraph
import RelGraphRender
import RelGraphStore

/// `relgraph diff A B`: how the stances changed between two articles or graphs,
/// as a `git diff`-like view, JSON or Markdown. Exit status as diff(1): 0 when the
/// inputs tell the same story, 1 when they differ, 2 on trouble (a missing file,
/// a broken graph, a usage error).
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two articles or graphs: actors and stances added, removed and changed.",
        discussion: """
        A and B are articles (.txt, extracted on the fly) or graphs (.rg, .json, .dot), or - for \
        standard input. Actors are matched by id, else by a shared name or alias. A changed stance \
        is one pair with another kind ("meets -> opposes"); a change of polarity is called out. \
        --format svg (or -o diff.svg) draws the union of both graphs with every change marked; \
        --side-by-side draws "before" and "after" with actors in the same places: with -o out.svg it \
        writes the combined picture to out.svg and the two halves to out.before.svg and out.after.svg, \
        without -o the combined SVG goes to standard output. --format png (or -o diff.png) draws the \
        diff picture as PNG. Exit status: 0 no differences, 1 differences, 2 trouble (also for pictures).
        """
    )

    /// What `diff` writes.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case text, json, markdown, svg, png

        /// Whether the format is a picture (drawn by RelGraphRender).
        var isPicture: Bool { self == .svg || self == .png }

        /// The extensions `init(path:)` knows, and how usage errors list them.
        static let extensions: Set<String> = ["json", "md", "markdown", "svg", "png", "txt", "diff"]
        static let extensionsDescribed = ".txt or .diff (text), .json, .md (markdown), .svg or .png"

        /// The format an output file's extension implies.
        init?(path: String) {
            switch URL(fileURLWithPath: path).pathExtension.lowercased() {
            case "json": self = .json
            case "md", "markdown": self = .markdown
            case "svg": self = .svg
            case "png": self = .png
            case "txt", "diff": self = .text
            default: return nil
            }
        }
    }

    @Argument(help: "The old article or graph (with --db: the old date window FROM..TO).")
    var oldArgument: String?

    @Argument(help: "The new article or graph (with --db: the new date window FROM..TO).")
    var newArgument: String?

    @Option(help: "Output format: text, json, markdown, svg, png. Default: from -o's extension, else svg with --side-by-side, else text.")
    var format: Format?

    @Option(name: .shortAndLong, help: "Where to write the diff; - for standard output.")
    var output: String?

    @Flag(help: "Also list the stances both inputs share (JSON always carries them).")
    var unchanged = false

    @Flag(help: "No ANSI colours, even on a terminal (piped output is always plain).")
    var noColor = false

    @Flag(help: "Draw before and after side by side (SVG): -o out.svg also writes out.before.svg and out.after.svg.")
    var sideBySide = false

    @Flag(help: "Pictures: leave the evidence quotes out of the tooltips (for publishing without the articles' text).")
    var noEvidence = false

    @Option(help: "Pictures: layout engine, \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")). Default: by size.")
    var layout: LayoutEngine?

    @Option(help: "Pictures: caption of the diff picture. Default: \"OLD → NEW\" (file name and date of each).")
    var title: String?

    @Option(name: .customLong("from"), help: "Input format when it cannot be told from the files: rg, json, dot, article. With --db: the old date window, e.g. 2016-08-01..2016-08-15.")
    var from: String?

    @Option(help: "With --db: the new date window, e.g. 2016-08-16..2016-08-31.")
    var to: String?

    // STORE: with --db, the two sides are date windows of stored articles (StoredGraphSource).
    @Option(help: "Compare stored articles instead: each side is the merged graph of the articles dated in its window.")
    var db: String?

    /// The two sides: files, or with --db date windows (--from/--to or the two arguments).
    private var sides: (old: String, new: String) {
        get throws {
            if db != nil {
                let windows = [from, to].compactMap { $0 } + [oldArgument, newArgument].compactMap { $0 }
                guard windows.count == 2 else {
                    throw ValidationError("with --db give two date windows: --from 2016-08-01..2016-08-15 --to 2016-08-16..2016-08-31")
                }
                return (windows[0], windows[1])
            }
            guard let old = oldArgument, let new = newArgument else {
                throw ValidationError("give two articles or graphs to compare (or --db FILE with --from and --to date windows)")
            }
            return (old, new)
        }
    }

    /// The input format --from names, when there is no --db.
    private var inputFormat: InputFormat? {
        get throws {
            guard db == nil, let from else { return nil }
            guard let format = InputFormat(rawValue: from.lowercased()) else {
                throw ValidationError("--from: '\(from)' is no input format; use one of: "
                    + InputFormat.allCases.map(\.rawValue).joined(separator: ", ") + " (date windows need --db)")
            }
            return format
        }
    }

    func validate() throws {
        let (old, new) = try sides
        if db != nil {
            for window in [old, new] {
                do { _ = try DateWindow(parsing: window) } catch { throw ValidationError("\(error)") }
            }
        }
        _ = try inputFormat
        try OutputExtension.validate(output, formatGiven: format != nil, known: Format.extensions,
                                     described: Format.extensionsDescribed)
        if db == nil, to != nil { throw ValidationError("--to is a date window of a database; add --db FILE") }
        let chosen = chosenFormat()
        if sideBySide, chosen != .svg {
            throw ValidationError("--side-by-side draws SVG; leave out --format or use --format svg")
        }
        if !chosen.isPicture, noEvidence || layout != nil || title != nil {
            throw ValidationError("--no-evidence, --layout and --title are for pictures; add --format svg")
        }
        if chosen == .png, output == nil || output == "-", OutputFile.standardOutputIsTerminal {
            throw ValidationError("png is binary; write it to a file with -o")
        }
    }

    /// The format asked for: --format, else -o's extension, else svg for
    /// --side-by-side, else text.
    private func chosenFormat() -> Format {
        format ?? output.flatMap(Format.init(path:)) ?? (sideBySide ? .svg : .text)
    }

    func run() throws {
        try reportingFailures(status: 2) {
            let chosen = chosenFormat()
            let (old, new) = try sides
            let inputFormat = try self.inputFormat
            guard old != "-" || new != "-" else { throw CLIError("only one of the two inputs can be standard input (-)") }
            let extractor = try needsExtractor(old: old, new: new, inputFormat: inputFormat) ? ExtractorLoader.load(actorsFile: nil, lexiconFile: nil) : nil
            let oldGraph = try db.map { try StoredGraphSource.mergedGraph(db: $0, window: old) }
                ?? GraphInput.load(old, format: inputFormat, extractor: extractor)
            let newGraph = try db.map { try StoredGraphSource.mergedGraph(db: $0, window: new) }
                ?? GraphInput.load(new, format: inputFormat, extractor: extractor)
            let diff = GraphDiff(old: oldGraph, new: newGraph)
            let oldName = displayName(old)
            let newName = displayName(new)
            let text: String
            switch chosen {
            case .text:
                text = DiffTextWriter(oldName: oldName, newName: newName,
                                      color: TerminalColor.enabled(noColor: noColor, output: output),
                                      showUnchanged: unchanged).write(diff)
            case .json:
                text = DiffJSONFormat().encode(diff, oldName: oldName, newName: newName)
            case .markdown:
                text = DiffMarkdownWriter(oldName: oldName, newName: newName, showUnchanged: unchanged).write(diff)
            case .svg, .png:
                try drawPicture(diff, old: old, new: new, oldGraph: oldGraph, newGraph: newGraph, format: chosen)
                if !diff.isEmpty { throw ExitCode(1) }
                return
            }
            try OutputFile.write(text: text, to: output)
            if !diff.isEmpty { throw ExitCode(1) }
        }
    }

    /// The diff picture (SVG or PNG), or with --side-by-side the combined SVG
    /// and, next to -o's file, its two halves. Every picture is rendered before
    /// any file is written, and the three files are renamed into place all or
    /// none (`OutputFile.writeTogether`).
    private func drawPicture(_ diff: GraphDiff, old: String, new: String, oldGraph: StanceGraph, newGraph: StanceGraph, format: Format) throws {
        let picture = DiffPicture(diff: diff, beforeTitle: caption(old, oldGraph), afterTitle: caption(new, newGraph),
                                  evidence: !noEvidence)
        let options = DiffRenderOptions(engine: layout, title: title, evidenceTooltips: !noEvidence)
        let renderer = DiffRenderer()
        guard sideBySide else {
            let data = format == .png ? try renderer.renderPNG(picture, options: options)
                : try renderer.render(picture, options: options)
            try OutputFile.write([UInt8](data), to: output)
            return
        }
        let pictures = try renderer.renderSideBySide(picture, options: options)
        guard let output, output != "-" else {
            return try OutputFile.write([UInt8](pictures.combined), to: output)
        }
        // All three or none: a half that cannot be written must not leave the other behind.
        let (before, after) = Self.halfPaths(output)
        try OutputFile.writeTogether([([UInt8](pictures.before), before), ([UInt8](pictures.after), after),
                                      ([UInt8](pictures.combined), output)])
    }

    /// `out.svg` -> `out.before.svg`, `out.after.svg`: where --side-by-side puts the halves.
    static func halfPaths(_ output: String) -> (before: String, after: String) {
        let url = URL(fileURLWithPath: output)
        let ext = url.pathExtension.isEmpty ? "svg" : url.pathExtension
        let stem = url.pathExtension.isEmpty ? output : String(output.dropLast(url.pathExtension.count + 1))
        return ("\(stem).before.\(ext)", "\(stem).after.\(ext)")
    }

    /// A side's caption: the file's base name and the graph's date, if any
    /// (never the article's headline: pictures made for publishing carry no article text).
    private func caption(_ path: String, _ graph: StanceGraph) -> String {
        let name = path == "-" ? "stdin" : URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        guard let date = graph.metadata.date, !date.isEmpty else { return name }
        return "\(name) (\(date))"
    }

    /// Whether either input is an article, so the extractor is built once for both.
    private func needsExtractor(old: String, new: String, inputFormat: InputFormat?) -> Bool {
        if db != nil { return false }
        if let inputFormat { return inputFormat == .article }
        return [old, new].contains { $0 != "-" && InputFormat(path: $0) == .article }
    }

    private func displayName(_ path: String) -> String {
        path == "-" ? "<stdin>" : path
    }
}
