import XCTest
@testable import RelGraph

final class TextFormatRoundTripTests: XCTestCase {
    private let writer = TextFormatWriter()

    /// `examples/seed.rg`, found from this file's path.
    private func seedText() throws -> String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<5 { url.deleteLastPathComponent() }  // Text, Formats, RelGraphTests, Tests, package
        return try String(contentsOf: url.appendingPathComponent("examples/seed.rg"), encoding: .utf8)
    }

    /// text -> model -> text -> model: the models are equal and the second text
    /// is the first one again.
    private func assertRoundTrip(_ graph: StanceGraph, _ context: @autoclosure () -> String = "",
                                 file: StaticString = #filePath, line: UInt = #line) {
        let text = writer.write(graph)
        do {
            let reread = try TextFormatParser(fileName: "generated.rg").parse(text)
            XCTAssertEqual(reread, graph, "\(context())\n\(text)", file: file, line: line)
            XCTAssertEqual(writer.write(reread), text, context(), file: file, line: line)
        } catch {
            XCTFail("\(context()): \(error)\n\(text)", file: file, line: line)
        }
    }

    func testSeedDocument() throws {
        let graph = try TextFormatParser(fileName: "seed.rg").parse(seedText())
        XCTAssertEqual(graph.metadata.title, "Russia and Turkey prepare for a confrontation on Syria's border")
        XCTAssertEqual(graph.metadata.extra, ["cluster": "syria-2016"])
        XCTAssertEqual(graph.actors.map(\.id), ["TUR", "RUS", "US", "SAA", "KURDS", "IS", "NUSRA", "JIHADISTS", "NATO"])
        XCTAssertEqual(graph.actor(id: "SAA")?.aliases, ["Syrian government forces", "Syrian military"])
        XCTAssertEqual(graph.stances.count, 15)
        let cooperation = graph.stance(for: StanceKey(source: "SAA", target: "RUS", kind: .cooperates))
        XCTAssertEqual(cooperation?.source, "RUS")
        XCTAssertEqual(cooperation?.evidence.count, 2)
        XCTAssertEqual(cooperation?.count, 2)
        XCTAssertEqual(graph.kindsPresent, [.supports, .cooperates, .meets, .opposes, .threatens, .coerces, .attacks])

        let text = writer.write(graph)
        let reread = try TextFormatParser().parse(text)
        XCTAssertEqual(reread, graph)
        XCTAssertEqual(writer.write(reread), text)
    }

    func testNastyNames() throws {
        let graph = try StanceGraph(
            metadata: GraphMetadata(
                title: "War & \"Peace\" <2015> \\ # not a comment",
                url: "https://example.org/a?b=1&c=2#frag",
                date: "2015-10-01",
                extra: ["cluster": "syria", "source": "wire, \"AP\"", "x-ref": "1", "support": "2",
                        "my key": "v", "title": "extra title"]),
            actors: [
                Actor(id: "TUR", name: "Turkey \"Türkiye\" \\ Ankara", kind: .state, aliases: ["Ankara", "Erdoğan", "a, b"]),
                Actor(id: "node", name: "<script>alert(1)</script> & 'co'", kind: .armedGroup),
                Actor(id: "subgraph", name: "edge", kind: .organisation, aliases: ["digraph", "strict"]),
                Actor(id: "edge", name: "node [shape=box]; -> --"),
                Actor(id: "Support", name: "Support", kind: .faction, aliases: ["backs", "fights alongside"]),
                Actor(id: "fights alongside", name: "Backs"),
                Actor(id: "xAI", name: "x3", kind: .person, aliases: ["×2", "x"]),
                Actor(id: "x3", name: "×3"),
                Actor(id: "RU", name: "Россия 🇷🇺", kind: .state, aliases: ["Москва", "Кремль"]),
                Actor(id: "حماس", name: "حركة المقاومة الإسلامية", kind: .armedGroup, aliases: ["Hamas"]),
                Actor(id: "中国", name: "中华人民共和国", kind: .state),
                Actor(id: "👨‍👩‍👧", name: "🇺🇳 family 👍🏽", kind: .person),
                Actor(id: "Free Syrian Army", name: "FSA", kind: .armedGroup),
                Actor(id: "actor", name: "title"),
                Actor(id: "aliases:", name: "meta"),
                Actor(id: "the", name: "The"),
                Actor(id: "#1,2", name: "", aliases: [""]),
                Actor(id: "tab\tnew\nline\r\nend\\", name: "\\\"\\n"),
            ],
            stances: [
                Stance(source: "TUR", target: "node", kind: .opposes, evidence: [
                    Evidence(text: "He said, \"never\".\nAnd then, 'again' # not a comment"),
                    Evidence(text: "ends with a backslash \\"),
                    Evidence(text: ""),
                ]),
                Stance(source: "RU", target: "TUR", kind: .meets, evidence: [Evidence(text: "Talks in Москва; 🤝")], count: 3),
                Stance(source: "subgraph", target: "edge", kind: .attacks, evidence: [Evidence(text: "\r\nline2,\tend\r")]),
                Stance(source: "Support", target: "fights alongside", kind: .supports),
                Stance(source: "fights alongside", target: "Support", kind: .cooperates, count: 2),
                Stance(source: "xAI", target: "x3", kind: .threatens, count: 7),
                Stance(source: "x3", target: "xAI", kind: .coerces),
                Stance(source: "حماس", target: "中国", kind: .meets),
                Stance(source: "👨‍👩‍👧", target: "Free Syrian Army", kind: .supports, evidence: [Evidence(text: "x2")]),
                Stance(source: "actor", target: "aliases:", kind: .opposes),
                Stance(source: "the", target: "#1,2", kind: .attacks),
                Stance(source: "tab\tnew\nline\r\nend\\", target: "the", kind: .supports),
            ])
        assertRoundTrip(graph)
    }

    func testCombiningMarksAtTheStartOfStrings() throws {
        // A quote or space followed by a combining mark is a single Character in
        // Swift; the format must still see the quote and the space.
        let graph = try StanceGraph(
            actors: [
                Actor(id: "\u{301}a", name: "\u{301}name", aliases: ["\u{200D}alias"]),
                Actor(id: "B", name: "\u{20DD}"),
            ],
            stances: [Stance(source: "\u{301}a", target: "B", kind: .attacks,
                             evidence: [Evidence(text: "\u{301}"), Evidence(text: "line\n\u{301}next\t\u{301}")])])
        assertRoundTrip(graph)
    }

    func testAliasesAndNamesThatLookLikeOtherActorsStillResolveByID() throws {
        // Each actor's name is another actor's id; stances are written by id and
        // must come back to the same actors.
        let graph = try StanceGraph(
            actors: [Actor(id: "A", name: "B", aliases: ["C"]), Actor(id: "B", name: "C"), Actor(id: "C", name: "A")],
            stances: [Stance(source: "A", target: "B", kind: .attacks), Stance(source: "B", target: "C", kind: .supports),
                      Stance(source: "C", target: "A", kind: .meets)])
        assertRoundTrip(graph)
    }

    func testHandWrittenDocumentRoundTrips() throws {
        let graph = try TextFormatParser().parse("""
        title Two   sides
        Saudi Arabia backs "the Houthis' enemies" "q1" x3
        the houthis' enemies fights alongside UAE
        UAE talks with Saudi Arabia x2
        actor UAE "United Arab Emirates" state aliases: Emirates
        """)
        assertRoundTrip(graph)
    }

    func testGeneratedGraphs() {
        var stances = 0
        var actors = 0
        for seed in UInt64(1)...400 {
            let graph = GraphGenerator.graph(seed: seed)
            stances += graph.stances.count
            actors += graph.actors.count
            assertRoundTrip(graph, "seed \(seed)")
        }
        // The generator really produces graphs worth testing.
        XCTAssertGreaterThan(actors, 1500)
        XCTAssertGreaterThan(stances, 1500)
    }

    func testGeneratorIsDeterministic() {
        XCTAssertEqual(GraphGenerator.graph(seed: 42), GraphGenerator.graph(seed: 42))
        XCTAssertNotEqual(GraphGenerator.graph(seed: 42), GraphGenerator.graph(seed: 43))
        var one = SeededGenerator(seed: 7)
        var two = SeededGenerator(seed: 7)
        XCTAssertEqual((0..<5).map { _ in one.next() }, (0..<5).map { _ in two.next() })
    }
}
