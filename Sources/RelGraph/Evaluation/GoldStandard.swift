import Foundation

/// One hand-annotated article of a gold file: the actors the annotator saw, with
/// the surface forms the article uses for each, and the stances the text states.
///
/// Gold actors are keyed by an annotator's id (`TUR`) whose aliases ("Turkey",
/// "Ankara", "Erdogan") are what predicted actors are matched against, so an
/// extractor is free to choose its own ids and names.
public struct GoldArticle: Codable, Sendable, Hashable {
    /// The article's id: its file name in `articles/` without `.txt`.
    public var article: String
    /// Gold actor id -> the surface forms that name it in this article.
    public var actors: [String: [String]]
    /// The stances the article states, in file order (repeats allowed: scoring
    /// compares distinct tuples).
    public var stances: [GoldStance]

    public init(article: String, actors: [String: [String]], stances: [GoldStance]) {
        self.article = article
        self.actors = actors
        self.stances = stances
    }

    /// What people read for a gold actor in reports: its first alias, or the id
    /// when the annotator gave none.
    public func displayName(ofActor id: String) -> String {
        actors[id]?.first ?? id
    }

    /// Reads a gold file; the same as `GoldStandard.parseJSONL(_:fileName:)`.
    public static func parseJSONL(_ text: String, fileName: String) throws -> [GoldArticle] {
        try GoldStandard.parseJSONL(text, fileName: fileName)
    }
}

/// A gold stance `source -> target` between two gold actor ids, with the sentence
/// that states it (shown for missed stances in verbose evaluation output).
public struct GoldStance: Codable, Sendable, Hashable {
    public var source: String
    public var target: String
    public var kind: StanceKind
    public var evidence: String

    public init(source: String, target: String, kind: StanceKind, evidence: String = "") {
        self.source = source
        self.target = target
        self.kind = kind
        self.evidence = evidence
    }
}

/// Reading of gold files (`eval/*/gold.jsonl`, described in STANCES.md).
///
/// A gold file is JSON Lines: one article object per line, so that annotators can
/// diff and merge it line by line. Errors name `file:line:column` because a typo in
/// one of hundreds of stances must be findable without a JSON viewer.
public enum GoldStandard {
    /// Parses a gold file. Blank lines are skipped; the articles come back in
    /// file order.
    ///
    /// Every line must be an object with a string `article`, an object `actors`
    /// (id -> array of strings) and an array `stances` whose elements have string
    /// `source`, `target` and `kind` (one of the seven kinds) and an optional string
    /// `evidence`. It is an error (a `FormatError` at the offending value) when a
    /// line is not valid JSON or has the wrong shape, a kind is unknown, a stance
    /// names an actor id missing from `actors` or joins an actor to itself, an
    /// article id is empty, or an article appears on two lines.
    public static func parseJSONL(_ text: String, fileName: String) throws -> [GoldArticle] {
        var articles: [GoldArticle] = []
        var firstLine: [String: Int] = [:]
        for (index, rawLine) in lines(of: text).enumerated() {
            let lineNumber = index + 1
            var line = rawLine
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let reader = LineReader(fileName: fileName, lineNumber: lineNumber, text: line)
            let article = try reader.read()
            if let previous = firstLine[article.article] {
                throw reader.error("article '\(article.article)' already appeared on line \(previous); "
                                   + "expected each article on one line only", at: [.key("article")])
            }
            firstLine[article.article] = lineNumber
            articles.append(article)
        }
        return articles
    }

    /// The file's lines, split at `\n` with a trailing `\r` removed, so that line
    /// numbers agree with editors for both Unix and Windows line ends.
    private static func lines(of text: String) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\n") {
                if current.last == UInt8(ascii: "\r") { current.removeLast() }
                result.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(byte)
            }
        }
        if current.last == UInt8(ascii: "\r") { current.removeLast() }
        if !current.isEmpty { result.append(String(decoding: current, as: UTF8.self)) }
        return result
    }

    // MARK: One line

    /// The shape of a line before its references and kinds are checked, so that
    /// such errors can point at the value that is wrong.
    private struct RawArticle: Decodable {
        var article: String
        var actors: [String: [String]]
        var stances: [RawStance]
    }

    private struct RawStance: Decodable {
        var source: String
        var target: String
        var kind: String
        var evidence: String?
    }

    private struct LineReader {
        var fileName: String
        var lineNumber: Int
        var text: String

        func read() throws -> GoldArticle {
            do {
                try JSONSourceScanner.validate(text)
            } catch {
                throw FormatError("invalid JSON: \(error.message)", at: location(ofOffset: error.offset))
            }
            let raw: RawArticle
            do {
                raw = try JSONDecoder().decode(RawArticle.self, from: Data(text.utf8))
            } catch let error as DecodingError {
                throw translate(error)
            } catch {
                throw FormatError("invalid JSON: \(error)", at: location(ofOffset: 0))
            }
            guard !raw.article.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw self.error("article: expected a non-empty article id", at: [.key("article")])
            }
            var stances: [GoldStance] = []
            for (index, stance) in raw.stances.enumerated() {
                let path: [JSONSourceScanner.PathComponent] = [.key("stances"), .index(index)]
                guard let kind = StanceKind(rawValue: stance.kind) else {
                    throw error("stances[\(index)].kind: unknown stance kind '\(stance.kind)'; expected one of: "
                                + StanceKind.allowedNames, at: path + [.key("kind")])
                }
                for (field, id) in [("source", stance.source), ("target", stance.target)] where raw.actors[id] == nil {
                    let known = raw.actors.keys.sorted().joined(separator: ", ")
                    throw error("stances[\(index)].\(field): actor id '\(id)' is not declared in \"actors\"; expected one of: "
                                + (known.isEmpty ? "(no actors declared)" : known), at: path + [.key(field)])
                }
                guard stance.source != stance.target else {
                    throw error("stances[\(index)]: '\(stance.source) \(kind.rawValue) \(stance.source)': "
                                + "expected two different actors", at: path + [.key("target")])
                }
                stances.append(GoldStance(source: stance.source, target: stance.target, kind: kind,
                                          evidence: stance.evidence ?? ""))
            }
            return GoldArticle(article: raw.article, actors: raw.actors, stances: stances)
        }

        func error(_ message: String, at path: [JSONSourceScanner.PathComponent]) -> FormatError {
            FormatError(message, at: location(ofOffset: JSONSourceScanner.offset(of: path, in: text) ?? 0))
        }

        func location(ofOffset offset: Int) -> SourceLocation {
            let (_, column) = JSONSourceScanner.lineAndColumn(ofOffset: offset, in: text)
            return SourceLocation(file: fileName, line: lineNumber, column: column)
        }

        private func translate(_ decodingError: DecodingError) -> FormatError {
            switch decodingError {
            case .typeMismatch(let type, let context):
                return error("\(pathText(context.codingPath)): expected \(describe(type))",
                             at: components(context.codingPath))
            case .valueNotFound(let type, let context):
                return error("\(pathText(context.codingPath)): expected \(describe(type)), found null",
                             at: components(context.codingPath))
            case .keyNotFound(let key, let context):
                let owner = context.codingPath.isEmpty ? "the article object" : pathText(context.codingPath)
                return error("\(owner) is missing the required field \"\(key.stringValue)\"",
                             at: components(context.codingPath))
            case .dataCorrupted(let context):
                return error("\(pathText(context.codingPath)): \(context.debugDescription)",
                             at: components(context.codingPath))
            @unknown default:
                return error("\(decodingError)", at: [])
            }
        }

        private func describe(_ type: Any.Type) -> String {
            switch type {
            case is String.Type: return "a string"
            case is [Any].Type, is [String].Type, is [RawStance].Type: return "an array"
            case is [String: Any].Type, is [String: [String]].Type: return "an object"
            default: return "an object"
            }
        }

        /// The scanner's path for a decoding path. Keys inside `actors` are actor ids,
        /// never array indices, even when an id looks like a number.
        private func components(_ codingPath: [CodingKey]) -> [JSONSourceScanner.PathComponent] {
            var result: [JSONSourceScanner.PathComponent] = []
            for (position, key) in codingPath.enumerated() {
                let isActorID = position == 1 && codingPath.first?.stringValue == "actors"
                if let index = key.intValue, !isActorID {
                    result.append(.index(index))
                } else {
                    result.append(.key(key.stringValue))
                }
            }
            return result
        }

        private func pathText(_ codingPath: [CodingKey]) -> String {
            var text = ""
            for (position, key) in codingPath.enumerated() {
                let isActorID = position == 1 && codingPath.first?.stringValue == "actors"
                if let index = key.intValue, !isActorID {
                    text += "[\(index)]"
                } else {
                    text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
                }
            }
            return text.isEmpty ? "line" : text
        }
    }
}
