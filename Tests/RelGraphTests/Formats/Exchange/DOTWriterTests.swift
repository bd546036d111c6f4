import XCTest
@testable import RelGraph

final class DOTWriterTests: XCTestCase {
    private typealias Fixture = ExchangeFixture

    private enum Token: Equatable {
        case quoted(String)  // decoded value
        case bare(String)
    }

    /// Splits DOT text into bare tokens and double-quoted strings, decoding the
    /// escapes the writer uses (`\\`, `\"`, `\n`, `\r`; any other backslash pair is
    /// kept as is, as Graphviz does). Fails on an unterminated string.
    private func tokenize(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var bare = String.UnicodeScalarView()
        func flushBare() {
            if !bare.isEmpty { tokens.append(.bare(String(bare))) }
            bare = String.UnicodeScalarView()
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\"" {
                flushBare()
                var value = String.UnicodeScalarView()
                index += 1
                var closed = false
                while index < scalars.count {
                    let c = scalars[index]
                    if c == "\"" { closed = true; break }
                    if c == "\\", index + 1 < scalars.count {
                        let next = scalars[index + 1]
                        switch next {
                        case "\\": value.append("\\")
                        case "\"": value.append("\"")
                        case "n": value.append("\n")
                        case "r": value.append("\r")
                        default: value.append(c); value.append(next)
                        }
                        index += 2
                        continue
                    }
                    XCTAssertFalse(c == "\n" || c == "\r", "raw line break inside a quoted string", file: file, line: line)
                    value.append(c)
                    index += 1
                }
                XCTAssertTrue(closed, "unterminated string", file: file, line: line)
                tokens.append(.quoted(String(value)))
                index += 1
            } else if scalar.properties.isWhitespace {
                flushBare()
                index += 1
            } else if "{}[]=;,".unicodeScalars.contains(scalar) {
                flushBare()
                tokens.append(.bare(String(scalar)))
                index += 1
            } else {
                bare.append(scalar)
                index += 1
            }
        }
        flushBare()
        return tokens
    }

    func testQuoteBackslashAndNewlineEscaping() {
        XCTAssertEqual(DOTWriter.quoted("a\"b"), "\"a\\\"b\"")
        XCTAssertEqual(DOTWriter.quoted("a\\b"), "\"a\\\\b\"")
        XCTAssertEqual(DOTWriter.quoted("ends with \\"), "\"ends with \\\\\"")
        XCTAssertEqual(DOTWriter.quoted("\\N \\G \\l"), "\"\\\\N \\\\G \\\\l\"")
        XCTAssertEqual(DOTWriter.quoted("line1\nline2\r\n"), "\"line1\\nline2\\r\\n\"")
        XCTAssertEqual(DOTWriter.quoted("Россия 🇷🇺 حماس <b>&"), "\"Россия 🇷🇺 حماس <b>&\"")
        XCTAssertEqual(DOTWriter.quoted("nul\u{0}"), "\"nul\u{FFFD}\"")
    }

    func testWholeFileTokenizesAndValuesRoundTrip() {
        let graph = Fixture.graph()
        let text = DOTWriter.write(graph)
        let tokens = tokenize(text)
        // Bare words are only DOT syntax and attribute names; all user data is quoted.
        let allowedBare: Set<String> = ["digraph", "relgraph", "{", "}", "[", "]", "=", ";", ",", "->",
                                        "label", "kind", "aliases", "polarity", "symmetric", "count",
                                        "evidence", "dir", "none"]
        for case .bare(let word) in tokens {
            XCTAssertTrue(allowedBare.contains(word), "unexpected bare token \(word)")
        }
        let values = Set(tokens.compactMap { token -> String? in
            if case .quoted(let value) = token { return value }
            return nil
        })
        for actor in graph.actors {
            XCTAssertTrue(values.contains(actor.id), actor.id)
            XCTAssertTrue(values.contains(actor.name), actor.name)
        }
        XCTAssertTrue(values.contains(Fixture.opposesEvidence.joined(separator: "\n\n")))
        XCTAssertTrue(values.contains(Fixture.attacksEvidence[0]))
        XCTAssertTrue(values.contains(Fixture.metadata.title!))
        XCTAssertTrue(values.contains("wire, \"AP\""))
        XCTAssertTrue(values.contains("Ankara; Erdoğan"))
        XCTAssertEqual(text.split(separator: "\n").count, 1 + 5 + 4 + 4 + 1)
    }

    func testKeywordIDsAreQuoted() {
        var graph = StanceGraph()
        for id in ["node", "edge", "graph", "digraph", "subgraph", "strict"] {
            try! graph.addActor(Actor(id: id))
        }
        try! graph.addStance(Stance(source: "node", target: "edge", kind: .attacks))
        let text = DOTWriter.write(graph)
        for id in ["node", "edge", "graph", "digraph", "subgraph", "strict"] {
            XCTAssertTrue(text.contains("  \"\(id)\" [label=\"\(id)\", kind=\"unknown\"];\n"), id)
        }
        XCTAssertTrue(text.contains("  \"node\" -> \"edge\" [kind=\"attacks\""))
        XCTAssertFalse(tokenize(text).contains(.bare("node")))
    }

    func testExactLinesForNastyNames() {
        let text = DOTWriter.write(Fixture.graph())
        XCTAssertTrue(text.hasPrefix("digraph relgraph {\n"))
        XCTAssertTrue(text.hasSuffix("}\n"))
        XCTAssertTrue(text.contains(
            "  \"TUR\" [label=\"Turkey \\\"Türkiye\\\" \\\\ Ankara\", kind=\"state\", aliases=\"Ankara; Erdoğan\"];\n"))
        XCTAssertTrue(text.contains("  \"RU\" [label=\"'Россия' 🇷🇺 \\\\N\\\\G\\\\l\", kind=\"state\", aliases=\"Москва\"];\n"))
        XCTAssertTrue(text.contains("  \"title\"=\"War & \\\"Peace\\\" <2015>\";\n"))
    }

    func testSymmetricEdgesHaveNoDirection() {
        let lines = DOTWriter.write(Fixture.graph()).split(separator: "\n").filter { $0.contains("->") }
        XCTAssertEqual(lines.count, 4)
        XCTAssertTrue(lines[1].hasPrefix("  \"RU\" -> \"TUR\" [kind=\"meets\""))
        XCTAssertTrue(lines[1].hasSuffix(", dir=none];"))
        XCTAssertTrue(lines[1].contains("count=\"3\""))
        XCTAssertFalse(lines[0].contains("dir=none"))
    }

    func testDeterministic() throws {
        let graph = Fixture.graph()
        XCTAssertEqual(DOTWriter.write(graph), DOTWriter.write(graph))
        // A graph rebuilt from the same actors and stances gives the same bytes,
        // including metadata.extra, which is a dictionary.
        let rebuilt = try StanceGraph(metadata: graph.metadata, actors: graph.actors, stances: graph.stances)
        XCTAssertEqual(DOTWriter.write(rebuilt), DOTWriter.write(graph))
        let text = DOTWriter.write(graph)
        let cluster = try XCTUnwrap(text.range(of: "\"extra.cluster\""))
        let source = try XCTUnwrap(text.range(of: "\"extra.source\""))
        XCTAssertTrue(cluster.lowerBound < source.lowerBound)
    }
}
