import Dispatch
import Foundation
import RelGraph

/// `relgraph extract --jsonl`: a stream of articles in, a stream of graphs out,
/// one JSON object per line each way, for pipes (Spark, Hadoop streaming, `jq`).
///
/// Input lines are `{"id": ..., "text": ..., "url": ..., "title": ..., "date": ...}`:
/// `id` (a string or a number) and `text` (the article body, used verbatim) are
/// required; `url`, `title` and `date` become the graph's metadata as an article
/// header's would (a date that is not ISO `YYYY-MM-DD` or `YYYY-MM` goes to
/// `extra.date`); other string fields go to `metadata.extra`; fields of other
/// types are ignored. Blank lines are skipped.
///
/// Each output line is one graph in RelGraph's JSON format, compact, with the
/// article's id in `metadata.extra.id`, in input order.
///
/// Memory stays flat however long the stream: lines are read in batches of at
/// most `batchLines` lines or `batchBytes` bytes, the batch's articles are
/// extracted on `jobs` cores, written, and dropped before the next batch is read.
///
/// A line that is not such an object is reported as `file:line: error: message`.
/// By default that stops the run (the graphs of the lines before it are written,
/// none after) with exit status 1; with `skipBadLines` every bad line is reported
/// and skipped, the run goes on, a count is printed at the end, and the exit
/// status is 0.
struct JSONLinesExtraction {
    var extractor: StanceExtractor
    var jobs: Int
    var skipBadLines: Bool
    var batchLines = 256
    var batchBytes = 16 << 20
    /// Advanced after each batch is written; silent unless on a terminal.
    var progress: ProgressReporter? = nil

    /// A bad input line, in the `file:line: error: message` form.
    struct LineError: Error, CustomStringConvertible {
        var file: String
        var line: Int
        var message: String
        var description: String { "\(file):\(line): error: \(message)" }
    }

    /// Counts of one run.
    struct Summary {
        var graphs = 0
        var skipped = 0
    }

    /// Reads every input in turn (`-` is standard input) and writes the graphs to
    /// `output` (standard output when nil or `-`; a file is written atomically).
    /// Throws the first bad line's `LineError` unless `skipBadLines`.
    func run(inputs: [String], output: String?) throws -> Summary {
        let sink = try OutputStream(path: output)
        do {
            var summary = Summary()
            for input in inputs.isEmpty ? ["-"] : inputs {
                try stream(input, into: sink, summary: &summary)
            }
            try sink.finish()
            return summary
        } catch {
            sink.abandon()
            throw error
        }
    }

    private func stream(_ input: String, into sink: OutputStream, summary: inout Summary) throws {
        var reader = try LineReader(path: input)
        var batch: [(number: Int, bytes: [UInt8])] = []
        var batchSize = 0
        // Input bytes read since the last progress report, blank lines and line breaks included.
        var readBytes = 0
        while let line = try reader.next() {
            readBytes += line.bytes.count + 1
            if line.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            batch.append(line)
            batchSize += line.bytes.count
            if batch.count >= batchLines || batchSize >= batchBytes {
                try process(batch, file: reader.name, into: sink, summary: &summary)
                progress?.advance(articles: batch.count, bytes: readBytes)
                batch.removeAll(keepingCapacity: true)
                batchSize = 0
                readBytes = 0
            }
        }
        try process(batch, file: reader.name, into: sink, summary: &summary)
        progress?.advance(articles: batch.count, bytes: readBytes)
    }

    /// Extracts a batch on all cores and writes its graphs in input order.
    private func process(_ batch: [(number: Int, bytes: [UInt8])], file: String, into sink: OutputStream,
                         summary: inout Summary) throws {
        guard !batch.isEmpty else { return }
        let results = ParallelMap.run(batch.count, width: jobs) { index -> Result<[UInt8], LineError> in
            let line = batch[index]
            do {
                let article = try ArticleLine.decode(line.bytes)
                let graph = extractor.extract(article)
                var bytes = CompactJSON.compact(JSONGraphFormat().encode(graph))
                bytes.append(0x0A)
                return .success(bytes)
            } catch let error as ArticleLine.Problem {
                return .failure(LineError(file: file, line: line.number, message: error.message))
            } catch {
                return .failure(LineError(file: file, line: line.number, message: "\(error)"))
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(results.reduce(0) { $0 + ((try? $1.get().count) ?? 0) })
        for result in results {
            switch result {
            case .success(let bytes):
                out += bytes
                summary.graphs += 1
            case .failure(let error):
                guard skipBadLines else {
                    try sink.write(out)
                    throw error
                }
                progress?.clear()
                StandardError.write("\(error)\n")
                summary.skipped += 1
            }
        }
        try sink.write(out)
    }
}

// MARK: - Input lines

/// One input line, read into an `Article`.
enum ArticleLine {
    struct Problem: Error {
        var message: String
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private struct Fields: Decodable {
        var id: String?
        var text: String?
        var textIsString = true
        var idIsValid = true
        var strings: [String: String] = [:]

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            for key in container.allKeys {
                switch key.stringValue {
                case "id":
                    if let string = try? container.decode(String.self, forKey: key) {
                        id = string
                    } else if let number = try? container.decode(Int64.self, forKey: key) {
                        id = String(number)
                    } else if let number = try? container.decode(Double.self, forKey: key), number.isFinite {
                        id = number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
                    } else {
                        idIsValid = false
                    }
                case "text":
                    if let string = try? container.decode(String.self, forKey: key) {
                        text = string
                    } else {
                        textIsString = false
                    }
                default:
                    if let string = try? container.decode(String.self, forKey: key) {
                        strings[key.stringValue] = string
                    }
                }
            }
        }
    }

    /// The article on `bytes`, one JSON object; throws a `Problem` saying what is wrong.
    static func decode(_ bytes: [UInt8]) throws -> Article {
        // A byte order mark (the first line of a file saved by some editors) is not JSON.
        let json = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        if let invalid = firstInvalidUTF8(bytes) {
            throw Problem(message: "not valid UTF-8 (byte 0x\(String(bytes[invalid], radix: 16, uppercase: true)) "
                + "at column \(invalid + 1)); save the file as UTF-8")
        }
        guard let first = json.first(where: { $0 != 0x20 && $0 != 0x09 }), first == UInt8(ascii: "{") else {
            throw Problem(message: notAnObject(json))
        }
        let fields: Fields
        do {
            fields = try JSONDecoder().decode(Fields.self, from: Data(json))
        } catch DecodingError.dataCorrupted(let context) {
            let reason = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
                ?? context.debugDescription
            throw Problem(message: "invalid JSON: \(reason)")
        } catch {
            throw Problem(message: "invalid JSON: \(error)")
        }
        guard fields.idIsValid else { throw Problem(message: "\"id\" must be a string or a number") }
        guard let id = fields.id, !id.isEmpty else { throw Problem(message: "missing \"id\"") }
        guard fields.textIsString else { throw Problem(message: "\"text\" must be a string") }
        guard let text = fields.text else { throw Problem(message: "missing \"text\"") }
        var metadata = GraphMetadata()
        for (key, value) in fields.strings.sorted(by: { $0.key < $1.key }) {
            guard !value.isEmpty, value.lowercased() != "unknown" else { continue }
            switch key {
            case "url": metadata.url = value
            case "title": metadata.title = value
            case "date":
                if let date = Article.isoDate(value) { metadata.date = date } else { metadata.extra["date"] = value }
            default: metadata.extra[key] = value
            }
        }
        metadata.extra["id"] = id
        return Article(id: id, metadata: metadata, body: text, bodyOffset: 0)
    }

    /// Why a line that does not start with `{` is refused: JSON of another
    /// kind, or no JSON at all.
    private static func notAnObject(_ json: ArraySlice<UInt8>) -> String {
        let expected = "{\"id\": ..., \"text\": ...}"
        guard let value = try? JSONSerialization.jsonObject(with: Data(json), options: [.fragmentsAllowed]) else {
            return "not JSON (one JSON object per line: \(expected))"
        }
        let kind: String
        switch value {
        case is [Any]: kind = "a JSON array"
        case is String: kind = "a JSON string"
        case is NSNull: kind = "JSON null"
        case is NSNumber: kind = "a JSON number or boolean"
        default: kind = "JSON"
        }
        return "\(kind), not an object (\(expected))"
    }

    /// The offset of the first byte of `bytes` that is not valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

}

/// Reads a file (or standard input) line by line in bounded memory: the buffer
/// holds one read and the line being assembled, however long the file.
struct LineReader {
    let name: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private var position = 0
    /// Where to look for the next line break: bytes before it have none.
    private var searched = 0
    private var atEnd = false
    private var lineNumber = 0
    private static let chunk = 1 << 20

    init(path: String) throws {
        if path == "-" {
            name = "<stdin>"
            descriptor = STDIN_FILENO
            ownsDescriptor = false
        } else {
            name = path
            try Self.check(path)
            descriptor = open(path, O_RDONLY)
            guard descriptor >= 0 else { throw CLIError("\(path): cannot be read (check its permissions)") }
            ownsDescriptor = true
        }
    }

    /// Throws what opening `path` would: no such file, a folder. Lets a command
    /// refuse a missing input before it creates anything (`ingest`'s database).
    static func check(_ path: String) throws {
        guard path != "-" else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError("\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw CLIError("\(path): is a folder, expected a JSON lines file") }
    }

    /// The next line without its line break (and a CR before it), with its
    /// 1-based number; nil at the end.
    mutating func next() throws -> (number: Int, bytes: [UInt8])? {
        while true {
            if let newline = buffer[max(position, searched)...].firstIndex(of: 0x0A) {
                var end = newline
                if end > position, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[position..<end])
                position = newline + 1
                searched = position
                lineNumber += 1
                return (lineNumber, line)
            }
            searched = buffer.count
            if atEnd {
                guard position < buffer.count else {
                    close()
                    return nil
                }
                var line = Array(buffer[position...])
                if line.last == 0x0D { line.removeLast() }
                position = buffer.count
                lineNumber += 1
                return (lineNumber, line)
            }
            try fill()
        }
    }

    /// Drops the consumed bytes and appends the next read.
    private mutating func fill() throws {
        if position > 0 {
            buffer.removeSubrange(0..<position)
            searched -= position
            position = 0
        }
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: Self.chunk))
        let count = buffer.withUnsafeMutableBytes { raw -> Int in
            while true {
                let result = read(descriptor, raw.baseAddress! + old, Self.chunk)
                if result < 0 && errno == EINTR { continue }
                return result
            }
        }
        guard count >= 0 else {
            let reason = String(cString: strerror(errno))
            buffer.removeSubrange(old...)
            throw CLIError("\(name): cannot read (\(reason))")
        }
        buffer.removeSubrange((old + count)...)
        if count == 0 { atEnd = true }
    }

    private func close() {
        if ownsDescriptor { _ = Foundation.close(descriptor) }
    }
}

/// Where the graphs go: standard output as they come, or a file written to a
/// temporary name and renamed into place at the end (removed on failure), as
/// every other output of the tool.
final class OutputStream {
    private let handle: FileHandle
    private let temporary: URL?
    private let target: String?

    init(path: String?) throws {
        guard let path, path != "-" else {
            handle = FileHandle.standardOutput
            temporary = nil
            target = nil
            return
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError("\(path): the folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: temporary) else {
            throw CLIError("\(path): cannot write")
        }
        self.handle = handle
        self.temporary = temporary
        self.target = path
    }

    func write(_ bytes: [UInt8]) throws {
        guard !bytes.isEmpty else { return }
        do {
            try handle.write(contentsOf: Data(bytes))
        } catch {
            let reason = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError)
                .map { String(cString: strerror(Int32($0.code))) } ?? error.localizedDescription
            throw CLIError(target.map { "\($0): cannot write (\(reason))" } ?? "cannot write to standard output: \(reason)")
        }
    }

    func finish() throws {
        guard let temporary, let target else { return }
        try? handle.close()
        guard rename(temporary.path, target) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError("\(target): cannot write (\(reason))")
        }
    }

    func abandon() {
        guard let temporary else { return }
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }
}

/// Pretty-printed JSON made compact: whitespace outside strings removed. The
/// graph writer's output has no other whitespace, so this is the same document
/// on one line.
enum CompactJSON {
    static func compact(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var inString = false
        var escaped = false
        for byte in text.utf8 {
            if inString {
                out.append(byte)
                if escaped {
                    escaped = false
                } else if byte == 0x5C {
                    escaped = true
                } else if byte == 0x22 {
                    inString = false
                }
            } else if byte == 0x22 {
                inString = true
                out.append(byte)
            } else if byte != 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 {
                out.append(byte)
            }
        }
        return out
    }
}
