import ArgumentParser

/// The graph formats the CLI reads, and how it recognises them.
enum InputFormat: String, CaseIterable, ExpressibleByArgument {
    /// The RelGraph text format (`.rg`).
    case rg
    case json
    case dot
    /// A news article (`.txt`), read through the extractor.
    case article

    /// The format a file name implies, or nil when its extension says nothing.
    init?(path: String) {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) {
        case "rg", "relgraph": self = .rg
        case "json": self = .json
        case "dot", "gv": self = .dot
        case "txt", "text": self = .article
        default: return nil
        }
    }

    /// Guesses from the first word of the content: JSON starts with `{`, DOT with
    /// `digraph`, `graph` or `strict`, an article with a `url:`/`title:` header;
    /// anything else is read as the text format.
    init(sniffing text: String) {
        let body = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if body.first == "{" {
            self = .json
        } else if let word = body.split(whereSeparator: { $0.isWhitespace || $0 == "{" }).first?.lowercased(),
                  ["digraph", "graph", "strict"].contains(word) {
            self = .dot
        } else if let first = body.split(separator: "\n").first,
                  ["url:", "title:", "date:"].contains(where: { first.lowercased().hasPrefix($0) }) {
            self = .article
        } else {
            self = .rg
        }
    }
}

/// The formats `relgraph convert` writes.
enum ConvertFormat: String, CaseIterable, ExpressibleByArgument {
    case rg, json, dot, graphml, gexf, csv

    init?(path: String) {
        switch path.split(separator: ".").last.map({ $0.lowercased() }) {
        case "rg", "relgraph": self = .rg
        case "json": self = .json
        case "dot", "gv": self = .dot
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "csv": self = .csv
        default: return nil
        }
    }
}
