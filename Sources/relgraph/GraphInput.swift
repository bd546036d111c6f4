import Foundation
import RelGraph
import RelGraphRender

/// Reads a graph from a file or standard input (`-`) in any input format.
enum GraphInput {
    /// The graph in `path`; the format comes from `format`, else the extension, else the content.
    static func load(_ path: String, format: InputFormat?) throws -> StanceGraph {
        try load(path, format: format, extractor: nil)
    }

    /// The same, extracting articles with `extractor` (built-in dictionaries when
    /// nil), so commands that read many articles build it once.
    static func load(_ path: String, format: InputFormat?, extractor: StanceExtractor?) throws -> StanceGraph {
        let (text, name) = try readText(path)
        let named = format ?? (path == "-" ? nil : InputFormat(path: path))
        // An empty graph file is a mistake far more often than a graph of nothing
        // (`diff a.rg /dev/null`, an extraction that wrote nothing): say so.
        // A graph of nothing is written on purpose, as a comment line in the text
        // format. An empty article (.txt) is an article that names no one: an
        // empty graph, as `extract` gives.
        guard named == .article || text.contains(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) else {
            throw CLIError("\(name): is empty; expected a graph (.rg, .json, .dot) or an article (.txt)")
        }
        let chosen = named ?? InputFormat(sniffing: text)
        switch chosen {
        case .rg: return try TextFormatParser(fileName: name).parse(text)
        case .json: return try JSONGraphFormat(fileName: name).decode(text)
        case .dot: return try DOTGraphReader(fileName: name).read(text)
        case .article:
            let id = path == "-" ? "stdin" : URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            let chosenExtractor = try extractor ?? ExtractorLoader.load(actorsFile: nil, lexiconFile: nil)
            return chosenExtractor.extract(Article.parse(text, id: id))
        }
    }

    /// The graph and article files named by `inputs`, in order; a folder stands for
    /// its graph and article files (`.txt`, `.rg`, `.json`, `.dot`, `.gv`), sorted by name.
    static func paths(_ inputs: [String]) throws -> [String] {
        var paths: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard input == "-" || FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw CLIError("\(input): no such file or folder")
            }
            guard isDirectory.boolValue else {
                paths.append(input)
                continue
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: input)
            } catch {
                throw CLIError("\(input): cannot list this folder (check its permissions)")
            }
            let chosen = names.filter { !$0.hasPrefix(".") && InputFormat(path: $0) != nil }.sorted()
            guard !chosen.isEmpty else { throw CLIError("\(input): no graphs or articles (.txt, .rg, .json, .dot) in this folder") }
            paths += chosen.map { URL(fileURLWithPath: input).appendingPathComponent($0).path }
        }
        return paths
    }

    /// The file's text and the name errors should use for it.
    static func readText(_ path: String) throws -> (text: String, name: String) {
        let data: Data
        let name = path == "-" ? "<stdin>" : path
        if path == "-" {
            // Not FileHandle.readDataToEndOfFile, which traps on a read error
            // (standard input redirected from a folder, or closed).
            data = try readAll(descriptor: STDIN_FILENO, name: "standard input")
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CLIError("\(path): no such file")
            }
            guard !isDirectory.boolValue else { throw CLIError("\(path): is a folder, expected a graph file") }
            data = try readAll(path)
        }
        if let problem = TextValidation.firstProblem(in: data) {
            throw CLIError("\(name):\(problem.line):\(problem.column): \(problem.message); save it as UTF-8 text and try again")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CLIError("\(name): not UTF-8 text; save it as UTF-8 and try again")
        }
        return (text, name)
    }

    /// The bytes of the file at `path`, read with plain POSIX calls. Unlike
    /// `FileManager.contents(atPath:)`, which gives nil without a reason (and
    /// for devices and pipes such as /dev/null or bash's `<(...)`), this reads
    /// whatever can be opened and names the reason when it cannot.
    private static func readAll(_ path: String) throws -> Data {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw CLIError("\(path): cannot be read (\(String(cString: strerror(errno))))")
        }
        defer { close(descriptor) }
        return try readAll(descriptor: descriptor, name: path)
    }

    /// Everything left to read on `descriptor`; a failure names `name` and the reason.
    private static func readAll(descriptor: Int32, name: String) throws -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                throw CLIError(name == "standard input" ? "cannot read standard input: \(reason)" : "\(name): cannot be read (\(reason))")
            }
            if count == 0 { return data }
            data.append(contentsOf: buffer[0..<count])
        }
    }
}
