/// Reads the RelGraph text format (`.rg`): a small line-based language for
/// writing stance graphs by hand. The README documents it; in short:
///
/// ```
/// # comment
/// title "Russia and Turkey on the Syrian border"
/// date 2016-02-05
/// actor TUR "Turkey" state aliases: Turkish, Ankara, Erdogan
/// Turkey opposes Kurds "Turkey has long considered Kurdish militias terrorists."
/// Russia backs SAA
/// US meets Turkey x2
/// ```
///
/// Declarations are applied before stances, so an actor may be declared below the
/// lines that use it. Actors that are named but never declared are created.
public struct TextFormatParser: Sendable {
    /// The name used in error locations: the file's path, or `<stdin>`.
    public var fileName: String

    public init(fileName: String = "<input>") {
        self.fileName = fileName
    }

    /// Parses a whole document into a graph, or throws a `FormatError` at the first problem.
    public func parse(_ text: String) throws -> StanceGraph {
        var declarations: [(ActorDeclaration, Int)] = []
        var stanceLines: [(StanceLine, Int)] = []
        var metadata = GraphMetadata()

        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        for (offset, rawLine) in body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let lineNumber = offset + 1
            var line = rawLine
            if line.last == "\r" { line = line.dropLast() }
            let tokens = try TextTokenizer.tokenize(line, lineNumber: lineNumber, file: fileName)
            guard let first = tokens.first else { continue }
            let keyword = first.isWord ? first.text.lowercased() : nil
            switch keyword {
            case "actor":
                declarations.append((try parseActor(tokens, line: lineNumber), lineNumber))
            case "title", "date", "url", "meta":
                try parseMetadata(tokens, keyword: keyword!, line: lineNumber, into: &metadata)
            default:
                stanceLines.append((try parseStance(tokens, line: lineNumber, endColumn: line.count + 1), lineNumber))
            }
        }

        var graph = StanceGraph(metadata: metadata)
        for (declaration, lineNumber) in declarations {
            do {
                try graph.addActor(declaration.actor)
            } catch let error as GraphError {
                throw FormatError(error.description, at: location(lineNumber, declaration.column))
            }
        }
        for (line, lineNumber) in stanceLines {
            let source = graph.actor(named: line.source.text)
            let target = graph.actor(named: line.target.text)
            let stance = Stance(source: source.id, target: target.id, kind: line.kind,
                                evidence: line.evidence.map { Evidence(text: $0) }, count: line.count)
            do {
                try graph.addStance(stance)
            } catch let error as GraphError {
                throw FormatError(error.description, at: location(lineNumber, line.source.column))
            }
        }
        return graph
    }

    // MARK: Statements

    private struct ActorDeclaration {
        var actor: Actor
        var column: Int
    }

    private struct NamePart {
        var text: String
        var column: Int
    }

    private struct StanceLine {
        var source: NamePart
        var kind: StanceKind
        var target: NamePart
        var evidence: [String]
        var count: Int?
    }

    private func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(file: fileName, line: line, column: column)
    }

    /// `actor ID ["Name"] [kind] [aliases: a, b, "c d"]`
    private func parseActor(_ tokens: [TextToken], line: Int) throws -> ActorDeclaration {
        guard tokens.count >= 2, tokens[1].kind != .comma else {
            throw FormatError("expected an actor id after 'actor', as in: actor TUR \"Turkey\" state",
                              at: location(line, tokens[0].column + tokens[0].text.count + 1))
        }
        let id = tokens[1].text
        guard !id.isEmpty else { throw FormatError("an actor id must not be empty", at: location(line, tokens[1].column)) }
        var actor = Actor(id: id)
        var index = 2
        if index < tokens.count, tokens[index].kind == .quoted {
            actor.name = tokens[index].text
            index += 1
        }
        if index < tokens.count, tokens[index].isWord, tokens[index].text.lowercased() != "aliases:" {
            guard let kind = ActorKind(name: tokens[index].text) else {
                throw FormatError("unknown actor kind '\(tokens[index].text)'; expected one of: \(ActorKind.allowedNames)",
                                  at: location(line, tokens[index].column))
            }
            actor.kind = kind
            index += 1
        }
        if index < tokens.count {
            guard tokens[index].isWord, tokens[index].text.lowercased() == "aliases:" else {
                throw FormatError("expected 'aliases:' or the end of the line, found '\(tokens[index].text)'",
                                  at: location(line, tokens[index].column))
            }
            index += 1
            actor.aliases = try parseList(Array(tokens[index...]), line: line)
        }
        return ActorDeclaration(actor: actor, column: tokens[0].column)
    }

    /// A comma-separated list whose items are quoted strings or runs of words.
    private func parseList(_ tokens: [TextToken], line: Int) throws -> [String] {
        var items: [String] = []
        var current: [TextToken] = []
        func flush(_ column: Int) throws {
            guard !current.isEmpty else {
                throw FormatError("expected an alias before ','", at: location(line, column))
            }
            if current.count > 1, current.contains(where: { $0.kind == .quoted }) {
                throw FormatError("expected ',' between aliases", at: location(line, current[1].column))
            }
            items.append(current.map(\.text).joined(separator: " "))
            current = []
        }
        for token in tokens {
            if token.kind == .comma { try flush(token.column) } else { current.append(token) }
        }
        if !current.isEmpty { try flush(tokens.last!.column) }
        return items
    }

    /// `title ...`, `date ...`, `url ...`, `meta KEY VALUE`
    private func parseMetadata(_ tokens: [TextToken], keyword: String, line: Int, into metadata: inout GraphMetadata) throws {
        var rest = Array(tokens.dropFirst())
        var key = keyword
        if keyword == "meta" {
            guard let name = rest.first, name.kind != .comma else {
                throw FormatError("expected a field name after 'meta', as in: meta cluster syria-2016",
                                  at: location(line, tokens[0].column + 5))
            }
            key = name.text
            rest.removeFirst()
        }
        guard !rest.isEmpty else {
            throw FormatError("expected a value after '\(tokens.first!.text)'", at: location(line, tokens[0].column + tokens[0].text.count + 1))
        }
        if rest.count > 1, rest.contains(where: { $0.kind == .quoted }) {
            throw FormatError("expected one quoted value or plain words after '\(key)'", at: location(line, rest[1].column))
        }
        let value = rest.map(\.text).joined(separator: " ")
        // `meta title ...` is an extra field called "title" (the writer writes extra fields this way).
        switch keyword == "meta" ? "" : key {
        case "title": metadata.title = value
        case "date": metadata.date = value
        case "url": metadata.url = value
        default: metadata.extra[key] = value
        }
    }

    /// `SOURCE STANCE-WORDS TARGET ["evidence" ...] [xN]`
    private func parseStance(_ tokens: [TextToken], line: Int, endColumn: Int) throws -> StanceLine {
        let lowered = tokens.map { $0.isWord ? $0.text.lowercased() : "\u{0}" }
        var verb: (index: Int, kind: StanceKind, length: Int)?
        for index in 1..<max(tokens.count, 1) where tokens[index].isWord {
            if let match = StanceVocabulary.match(lowered, at: index) {
                verb = (index, match.kind, match.length)
                break
            }
        }
        if tokens.first.map({ $0.isWord && StanceVocabulary.match(lowered, at: 0) != nil }) == true, verb == nil {
            throw FormatError("expected the source actor before '\(tokens[0].text)'", at: location(line, tokens[0].column))
        }
        guard let verb else {
            let culprit = tokens.count > 1 ? tokens[1] : tokens[0]
            let found = tokens.count > 1 ? "'\(culprit.text)' is not a stance word" : "only one word on the line"
            throw FormatError(
                "expected SOURCE STANCE TARGET; \(found). Stance words: \(StanceKind.allowedNames), " +
                "or synonyms such as \(StanceVocabulary.examples)",
                at: location(line, tokens.count > 1 ? culprit.column : endColumn))
        }
        let source = try name(from: Array(tokens[0..<verb.index]), line: line, role: "source")
        var index = verb.index + verb.length
        let verbEnd = tokens[verb.index + verb.length - 1]
        guard index < tokens.count, tokens[index].kind != .comma, countValue(tokens[index]) == nil else {
            throw FormatError("expected the target actor after '\(verbEnd.text)'",
                              at: location(line, index < tokens.count ? tokens[index].column : endColumn))
        }
        var targetTokens: [TextToken] = []
        if tokens[index].kind == .quoted {
            targetTokens = [tokens[index]]
            index += 1
        } else {
            while index < tokens.count, tokens[index].isWord, countValue(tokens[index]) == nil {
                targetTokens.append(tokens[index])
                index += 1
            }
        }
        let target = try name(from: targetTokens, line: line, role: "target")
        var evidence: [String] = []
        var count: Int?
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .quoted {
                evidence.append(token.text)
            } else if let value = countValue(token), count == nil {
                guard value >= 1 else {
                    throw FormatError("a count must be at least 1", at: location(line, token.column))
                }
                count = value
            } else {
                throw FormatError("expected an evidence quote (\"...\") or a count such as x2, found '\(token.text)'",
                                  at: location(line, token.column))
            }
            index += 1
        }
        return StanceLine(source: source, kind: verb.kind, target: target, evidence: evidence, count: count)
    }

    private func name(from tokens: [TextToken], line: Int, role: String) throws -> NamePart {
        guard let first = tokens.first else {
            throw FormatError("expected the \(role) actor", at: location(line, 1))
        }
        if tokens.count > 1, let quoted = tokens.first(where: { $0.kind == .quoted }) {
            throw FormatError("a \(role) actor is either one quoted name or plain words, not both",
                              at: location(line, quoted.column))
        }
        let text = tokens.map(\.text).joined(separator: " ")
        guard !text.trimmingWhitespace.isEmpty else {
            throw FormatError("the \(role) actor's name is empty", at: location(line, first.column))
        }
        return NamePart(text: text, column: first.column)
    }

    /// `x3` or `×3`: how many times a stance was stated.
    private func countValue(_ token: TextToken) -> Int? {
        guard token.isWord, let marker = token.text.first, marker == "x" || marker == "×" else { return nil }
        let digits = token.text.dropFirst()
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        return Int(digits)
    }
}

extension String {
    /// The string without leading and trailing white space; Foundation-free.
    var trimmingWhitespace: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<max(start, end)]
    }
}
