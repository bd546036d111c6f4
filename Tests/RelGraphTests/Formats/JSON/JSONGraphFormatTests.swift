import XCTest
@testable import RelGraph

final class JSONGraphFormatTests: XCTestCase {
    private let format = JSONGraphFormat(fileName: "graph.json")

    private func decode(_ text: String) throws -> StanceGraph {
        try format.decode(text)
    }

    /// A document whose line 2 is the format, line 3 the version, line 4 the actors
    /// and line 6 the stances, so error positions are easy to state.
    private func document(format: String = #""relgraph""#, version: String = "1",
                          actors: String = #"[{"id": "A"}, {"id": "B"}]"#,
                          stances: String = #"{"source": "A", "target": "B", "kind": "attacks"}"#) -> String {
        """
        {
          "format": \(format),
          "version": \(version),
          "actors": \(actors),
          "stances": [
            \(stances)
          ]
        }
        """
    }

    private func sampleGraph() throws -> StanceGraph {
        try StanceGraph(
            metadata: GraphMetadata(title: "War & \"Peace\"", url: "https://example.org/a?b=1", date: "2016-02-05",
                                    extra: ["cluster": "syria-2016", "source": "wire"]),
            actors: [
                Actor(id: "TUR", name: "Turkey", kind: .state, aliases: ["Ankara", "Erdoğan"]),
                Actor(id: "RU", name: "Россия 🇷🇺", kind: .state),
                Actor(id: "node", name: "<script>\\\n", kind: .armedGroup),
            ],
            stances: [
                Stance(source: "TUR", target: "RU", kind: .coerces, evidence: [
                    Evidence(text: "detained 27 ships", article: "a-1", date: "2016-02-05", start: 10, end: 27, rule: "detain"),
                    Evidence(text: "\"quoted\"\r\n\ttabbed"),
                ], count: 3),
                Stance(source: "RU", target: "TUR", kind: .meets),
                Stance(source: "node", target: "TUR", kind: .supports, evidence: [Evidence(text: "")]),
            ])
    }

    // MARK: Round trips

    func testModelToJSONToModel() throws {
        let graph = try sampleGraph()
        let json = format.encode(graph)
        let decoded = try decode(json)
        XCTAssertEqual(decoded, graph)
        XCTAssertEqual(decoded.stances[0].evidence[0], Evidence(text: "detained 27 ships", article: "a-1",
                                                                date: "2016-02-05", start: 10, end: 27, rule: "detain"))
        XCTAssertEqual(format.encode(decoded), json)
    }

    func testJSONToModelToJSONToModel() throws {
        let handWritten = #"""
        {"format": "relgraph", "version": 1,
         "metadata": {"title": "Seed", "extra": {"cluster": "syria-2016"}},
         "actors": [{"id": "TUR", "name": "Turkey", "kind": "state", "aliases": ["Ankara"]},
                    {"id": "KURDS", "kind": "armed-group"}, {"id": "US"}],
         "stances": [{"source": "TUR", "target": "KURDS", "kind": "opposes", "evidence": [{"text": "terrorists"}]},
                     {"source": "US", "target": "TUR", "kind": "meets", "count": 2},
                     {"source": "TUR", "target": "US", "kind": "meets", "evidence": [{"text": "again", "start": 4}]}]}
        """#
        let first = try decode(handWritten)
        XCTAssertEqual(first.stances.count, 2, "the two meets stances are one")
        XCTAssertEqual(first.stances[1].count, 3)
        XCTAssertEqual(first.stances[1].source, "US")
        XCTAssertEqual(first.stances[1].evidence, [Evidence(text: "again", start: 4)])
        let json = format.encode(first)
        let second = try decode(json)
        XCTAssertEqual(second, first)
        XCTAssertEqual(format.encode(second), json)
    }

    func testEncodingIsByteIdentical() throws {
        let graph = try sampleGraph()
        let once = format.encode(graph)
        XCTAssertEqual(Array(once.utf8), Array(format.encode(graph).utf8))
        XCTAssertEqual(once, JSONGraphFormat(fileName: "other.json").encode(try decode(once)))
        // Extra fields are written in key order, whatever order the dictionary holds them in.
        var metadata = GraphMetadata()
        for key in ["z", "b", "y", "a", "x", "c"] { metadata.extra[key] = key }
        let text = format.encode(StanceGraph(metadata: metadata))
        let positions = ["a", "b", "c", "x", "y", "z"].map { text.range(of: "\"\($0)\" : ")!.lowerBound }
        XCTAssertEqual(positions, positions.sorted())
    }

    func testGeneratedGraphs() throws {
        for seed in UInt64(1000)...1250 {
            let graph = GraphGenerator.graph(seed: seed, richEvidence: true)
            let json = format.encode(graph)
            do {
                let decoded = try decode(json)
                XCTAssertEqual(decoded, graph, "seed \(seed)")
                XCTAssertEqual(format.encode(decoded), json, "seed \(seed)")
            } catch {
                XCTFail("seed \(seed): \(error)\n\(json)")
            }
            XCTAssertEqual(format.encode(graph), json, "seed \(seed)")
        }
    }

    // MARK: The envelope

    func testEnvelopeFields() throws {
        let json = format.encode(try sampleGraph())
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["format", "version", "metadata", "actors", "stances"])
        XCTAssertEqual(object["format"] as? String, "relgraph")
        XCTAssertEqual(object["version"] as? Int, 1)
        XCTAssertEqual(JSONGraphFormat.formatName, "relgraph")
        XCTAssertEqual(JSONGraphFormat.currentVersion, 1)

        let metadata = try XCTUnwrap(object["metadata"] as? [String: Any])
        XCTAssertEqual(metadata["title"] as? String, "War & \"Peace\"")
        XCTAssertEqual(metadata["extra"] as? [String: String], ["cluster": "syria-2016", "source": "wire"])

        let actors = try XCTUnwrap(object["actors"] as? [[String: Any]])
        XCTAssertEqual(actors.map { $0["id"] as? String }, ["TUR", "RU", "node"])
        XCTAssertEqual(actors[1]["kind"] as? String, "state")
        XCTAssertEqual(actors[2]["kind"] as? String, "armed-group")
        XCTAssertEqual(actors[0]["aliases"] as? [String], ["Ankara", "Erdoğan"])

        let stances = try XCTUnwrap(object["stances"] as? [[String: Any]])
        XCTAssertEqual(stances.map { $0["polarity"] as? String }, ["conflictual", "neutral", "cooperative"])
        XCTAssertEqual(stances.map { $0["count"] as? Int }, [3, 1, 1])
        XCTAssertEqual(stances.map { $0["kind"] as? String }, ["coerces", "meets", "supports"])
        XCTAssertEqual(Set(stances[1].keys), ["source", "target", "kind", "polarity", "count", "evidence"])
        let evidence = try XCTUnwrap(stances[0]["evidence"] as? [[String: Any]])
        XCTAssertEqual(Set(evidence[0].keys), ["text", "article", "date", "start", "end", "rule"])
        XCTAssertEqual(Set(evidence[1].keys), ["text"], "absent evidence fields are left out")

        // Sorted keys, unescaped slashes, pretty-printed, one final newline.
        let order = ["\"actors\"", "\"format\"", "\"metadata\"", "\"stances\"", "\"version\""]
            .map { json.range(of: $0)!.lowerBound }
        XCTAssertEqual(order, order.sorted())
        XCTAssertTrue(json.contains("https://example.org/a?b=1"))
        XCTAssertTrue(json.hasPrefix("{\n  \"actors\""))
        XCTAssertTrue(json.hasSuffix("}\n"))
        XCTAssertFalse(json.hasSuffix("\n\n"))
    }

    func testEmptyGraphLeavesMetadataOut() throws {
        let json = format.encode(StanceGraph())
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(Set(object.keys), ["format", "version", "actors", "stances"])
        XCTAssertEqual(try decode(json), StanceGraph())
    }

    func testMinimalDocumentDecodesWithDefaults() throws {
        let graph = try decode(#"""
        {"actors": [{"id": "A"}, {"id": "B"}],
         "stances": [{"source": "A", "target": "B", "kind": "meets"},
                     {"source": "B", "target": "A", "kind": "attacks", "polarity": "cooperative", "count": 0},
                     {"source": "A", "target": "B", "kind": "opposes", "count": 1, "evidence": [{"text": "1"}, {"text": "2"}]}]}
        """#)
        XCTAssertEqual(graph.metadata, GraphMetadata())
        XCTAssertEqual(graph.actors, [Actor(id: "A", name: "A", kind: .unknown, aliases: []),
                                      Actor(id: "B", name: "B", kind: .unknown, aliases: [])])
        XCTAssertEqual(graph.stances[0], Stance(source: "A", target: "B", kind: .meets, evidence: [], count: 1))
        XCTAssertEqual(graph.stances[1].polarity, .conflictual, "polarity is derived from the kind, not read")
        XCTAssertEqual(graph.stances[1].count, 1, "a count below 1 becomes 1")
        XCTAssertEqual(graph.stances[2].count, 2, "a count below the evidence count becomes that count")

        XCTAssertEqual(try decode("{}"), StanceGraph())
        XCTAssertEqual(try decode(#"{"format": "relgraph"}"#), StanceGraph())
        XCTAssertEqual(try decode(#"{"version": 1, "metadata": {}, "unknown": [1, {"x": null}]}"#), StanceGraph())
        XCTAssertEqual(try decode(" \n\t{\"actors\": []}\r\n "), StanceGraph())
        XCTAssertEqual(try decode("\u{FEFF}{\"actors\": [{\"id\": \"A\"}]}").actors, [Actor(id: "A")])
    }

    // MARK: Syntax errors

    func testTrailingComma() {
        assertFormatError(try decode(document(actors: #"[{"id": "A"}, {"id": "B"},]"#)),
                          file: "graph.json", line: 4, column: 39,
                          message: "invalid JSON: expected a value (object, array, string, number, true, false or null)")
        assertFormatError(try decode(document(stances: #"{"source": "A", "target": "B", "kind": "attacks",}"#)),
                          file: "graph.json", line: 6, column: 54, message: "invalid JSON: expected a quoted key")
    }

    func testMissingColon() {
        assertFormatError(try decode(document(stances: #"{"source" "A", "target": "B", "kind": "attacks"}"#)),
                          file: "graph.json", line: 6, column: 15,
                          message: #"invalid JSON: expected ':' after the key "source""#)
    }

    func testUnterminatedString() {
        assertFormatError(try decode(#"{"format": "relg"#), file: "graph.json", line: 1, column: 12,
                          message: "invalid JSON: unterminated string")
        // A missing closing quote inside a line shows where the next quote closed the string.
        assertFormatError(try decode(document(stances: #"{"source": "A, "target": "B", "kind": "attacks"}"#)),
                          file: "graph.json", line: 6, column: 21, message: "invalid JSON: expected ',' or '}' after an object member")
        // A string left open at the end of a line is reported where it starts.
        assertFormatError(try decode(document(stances: #"{"source": "A", "target": "B}"#)),
                          file: "graph.json", line: 6, column: 31, message: "invalid JSON: unterminated string")
        assertFormatError(try decode("{\"a\": \"x\r\n\"}"), file: "graph.json", line: 1, column: 7,
                          message: "invalid JSON: unterminated string")
        // Other control characters must be escaped.
        assertFormatError(try decode("{\"a\": \"x\ty\"}"), file: "graph.json", line: 1, column: 9,
                          message: #"invalid JSON: control character in a string; escape it (\n, \t, \u0000)"#)
    }

    func testTruncatedDocument() {
        let full = document()
        let cut = String(full[..<full.range(of: "    {\"source\"")!.lowerBound])
        assertFormatError(try decode(cut), file: "graph.json", line: 6, column: 1,
                          message: "invalid JSON: expected a value, found the end of the document")
        assertFormatError(try decode(#"{"actors": [{"id": "A"}"#), file: "graph.json", line: 1, column: 24,
                          message: "invalid JSON: expected ',' or ']' after an array element")
        assertFormatError(try decode(""), file: "graph.json", line: 1, column: 1,
                          message: "invalid JSON: expected a value, found the end of the document")
        assertFormatError(try decode("{} {}"), file: "graph.json", line: 1, column: 4,
                          message: "invalid JSON: expected the end of the document after the top-level value")
    }

    func testNumbersThatJSONForbids() {
        assertFormatError(try decode(document(version: "01")), file: "graph.json", line: 3, column: 14,
                          message: "invalid JSON: a number must not have a leading zero")
        assertFormatError(try decode(document(version: "+1")), file: "graph.json", line: 3, column: 14,
                          message: "invalid JSON: expected a value (object, array, string, number, true, false or null)")
        assertFormatError(try decode(document(version: "1.")), file: "graph.json", line: 3, column: 16,
                          message: "invalid JSON: expected digits after '.'")
    }

    // MARK: Shape errors

    func testWrongTypes() {
        assertFormatError(try decode(document(stances: #"{"source": "A", "target": "B", "kind": "attacks", "count": "3"}"#)),
                          file: "graph.json", line: 6, column: 64, message: "stances[0].count: expected an integer")
        assertFormatError(try decode(document(version: #""1""#)), file: "graph.json", line: 3, column: 14,
                          message: "version: expected an integer")
        assertFormatError(try decode(document(actors: #"{"id": "A"}"#)), file: "graph.json", line: 4, column: 13,
                          message: "actors: expected an array")
        assertFormatError(try decode(document(actors: #"[{"id": "A", "aliases": ["x", 7]}]"#)),
                          file: "graph.json", line: 4, column: 43, message: "actors[0].aliases[1]: expected a string")
        assertFormatError(try decode(document(stances: #"{"source": null, "target": "B", "kind": "attacks"}"#)),
                          file: "graph.json", line: 6, column: 16, message: "stances[0].source: expected a string, found null")
        assertFormatError(try decode("[]"), file: "graph.json", line: 1, column: 1, message: "document: expected an object")
    }

    func testMissingRequiredField() {
        assertFormatError(try decode(document(stances: #"{"source": "A", "kind": "attacks"}"#)),
                          file: "graph.json", line: 6, column: 5,
                          message: #"stances[0] is missing the required field "target""#)
        assertFormatError(try decode(document(actors: #"[{"id": "A"}, {"name": "B"}]"#)),
                          file: "graph.json", line: 4, column: 27,
                          message: #"actors[1] is missing the required field "id""#)
        assertFormatError(try decode(document(stances: #"{"source": "A", "target": "B", "evidence": [{}], "kind": "meets"}"#)),
                          file: "graph.json", line: 6, column: 49,
                          message: #"stances[0].evidence[0] is missing the required field "text""#)
    }

    func testUnknownKinds() {
        assertFormatError(try decode(document(stances: #"{"source": "A", "target": "B", "kind": "likes"}"#)),
                          file: "graph.json", line: 6, column: 44,
                          message: "stances[0].kind: unknown kind; expected one of: " +
                                   "supports, cooperates, meets, opposes, threatens, coerces, attacks")
        assertFormatError(try decode(document(actors: #"[{"id": "A", "kind": "planet"}, {"id": "B"}]"#)),
                          file: "graph.json", line: 4, column: 34,
                          message: "actors[0].kind: unknown kind; expected one of: " +
                                   "state, armed-group, organisation, faction, person, unknown")
    }

    func testUnknownActorIDPointsAtSourceOrTarget() {
        assertFormatError(try decode(document(stances: #"{"source": "X", "target": "B", "kind": "attacks"}"#)),
                          file: "graph.json", line: 6, column: 16,
                          message: "stance 'X attacks B' refers to actor 'X', which is not in the graph's actor list")
        assertFormatError(try decode(document(stances: #"{"source": "A", "target": "Y", "kind": "attacks"}"#)),
                          file: "graph.json", line: 6, column: 31,
                          message: "stance 'A attacks Y' refers to actor 'Y', which is not in the graph's actor list")
        // The second stance's target, with the key order changed.
        let second = #"{"source": "A", "target": "B", "kind": "attacks"}, {"source": "B", "target": "Z", "kind": "meets"}"#
        assertFormatError(try decode(document(stances: second)), file: "graph.json", line: 6, column: 82,
                          message: "stance 'B meets Z' refers to actor 'Z', which is not in the graph's actor list")
        assertFormatError(try decode(document(stances: #"{"kind": "meets", "target": "Q", "source": "A"}"#)),
                          file: "graph.json", line: 6, column: 33, containing: ["actor 'Q'"])
    }

    func testSelfStance() {
        assertFormatError(try decode(document(stances: #"{"source": "A", "target": "A", "kind": "attacks"}"#)),
                          file: "graph.json", line: 6, column: 16,
                          message: "'A attacks A': an actor cannot take a stance towards itself")
    }

    func testDuplicateAndEmptyActorIDs() {
        assertFormatError(try decode(document(actors: #"[{"id": "A"}, {"id": "A"}]"#)),
                          file: "graph.json", line: 4, column: 34,
                          message: "actor id 'A' is declared twice; ids must be unique")
        assertFormatError(try decode(document(actors: #"[{"id": ""}, {"id": "A"}]"#)),
                          file: "graph.json", line: 4, column: 21, message: "an actor id must not be empty")
    }

    func testUnsupportedVersion() {
        let message = "graph format version 99 is not supported; this RelGraph reads versions 1...1"
        assertFormatError(try decode(document(version: "99")), file: "graph.json", line: 3, column: 14, message: message)
        assertFormatError(try decode(document(version: "0")), file: "graph.json", line: 3, column: 14,
                          message: "graph format version 0 is not supported; this RelGraph reads versions 1...1")
        // A newer version may hold kinds or shapes this version does not know: the version is what is wrong.
        assertFormatError(try decode(document(version: "99", stances: #"{"source": "A", "target": "B", "kind": "sanctions"}"#)),
                          file: "graph.json", line: 3, column: 14, message: message)
        assertFormatError(try decode(document(version: "99", actors: #"{"A": {"name": "Alpha"}}"#)),
                          file: "graph.json", line: 3, column: 14, message: message)
    }

    func testWrongFormat() {
        let message = #"this JSON is a 'geojson' document, not a RelGraph graph (expected "format": "relgraph")"#
        assertFormatError(try decode(document(format: #""geojson""#)), file: "graph.json", line: 2, column: 13, message: message)
        assertFormatError(try decode(#"{"type": "FeatureCollection", "format": "geojson", "actors": "none"}"#),
                          file: "graph.json", line: 1, column: 41, message: message)
        assertFormatError(try decode(document(format: "7")), file: "graph.json", line: 2, column: 13,
                          message: "format: expected a string")
    }

    // MARK: Positions

    func testPositionsWithCRLFAndBOM() {
        let crlf = document(version: "99").replacingOccurrences(of: "\n", with: "\r\n")
        assertFormatError(try decode(crlf), file: "graph.json", line: 3, column: 14, containing: ["version 99"])
        assertFormatError(try decode("\u{FEFF}" + document(version: "99")), file: "graph.json", line: 3, column: 14,
                          containing: ["version 99"])
        assertFormatError(try decode("\u{FEFF}{\"version\": 99}"), file: "graph.json", line: 1, column: 13,
                          containing: ["version 99"])
    }

    func testColumnsCountCharacters() {
        // A flag, a family emoji and e + combining acute are one column each.
        assertFormatError(try decode("{\"title\": \"🇷🇺👨‍👩‍👧e\u{301}\", \"version\": 99}"),
                          file: "graph.json", line: 1, column: 29, containing: ["version 99"])
        assertFormatError(try decode("{\"metadata\": {\"title\": \"Россия 中国\"}, \"version\": 2}"),
                          file: "graph.json", line: 1, column: 49, containing: ["version 2"])
    }

    func testDefaultFileName() {
        assertFormatError(try JSONGraphFormat().decode("{"), file: "<input>", line: 1, column: 2,
                          message: "invalid JSON: expected a quoted key")
    }
}
