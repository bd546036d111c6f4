import XCTest
@testable import RelGraph

final class TextFormatWriterTests: XCTestCase {
    private let writer = TextFormatWriter()

    func testWholeDocument() throws {
        let graph = try StanceGraph(
            metadata: GraphMetadata(title: "War & \"Peace\"", url: "https://example.org/a#b", date: "2016-02-05",
                                    extra: ["source": "wire", "cluster": "syria-2016"]),
            actors: [
                Actor(id: "TUR", name: "Turkey", kind: .state, aliases: ["Ankara", "Recep Erdoğan"]),
                Actor(id: "Free Army", name: "Free Army", kind: .armedGroup),
                Actor(id: "x1", name: "Ex One"),
            ],
            stances: [
                Stance(source: "TUR", target: "Free Army", kind: .opposes,
                       evidence: [Evidence(text: "one"), Evidence(text: "two # not a comment")]),
                Stance(source: "x1", target: "TUR", kind: .meets, count: 3),
                Stance(source: "Free Army", target: "x1", kind: .attacks, evidence: [Evidence(text: "e")], count: 4),
                Stance(source: "TUR", target: "x1", kind: .supports),
            ])
        XCTAssertEqual(writer.write(graph), """
        title "War & \\"Peace\\""
        date "2016-02-05"
        url "https://example.org/a#b"
        meta cluster "syria-2016"
        meta source "wire"

        actor TUR "Turkey" state aliases: "Ankara", "Recep Erdoğan"
        actor "Free Army" "Free Army" armed-group
        actor "x1" "Ex One" unknown

        TUR opposes "Free Army" "one" "two # not a comment"
        "x1" meets TUR x3
        "Free Army" attacks "x1" "e" x4
        TUR supports "x1"

        """)
    }

    func testEmptyAndPartialGraphs() throws {
        XCTAssertEqual(writer.write(StanceGraph()), "\n")
        let actorsOnly = try StanceGraph(actors: [Actor(id: "A"), Actor(id: "B", kind: .person)], stances: [])
        XCTAssertEqual(writer.write(actorsOnly), "actor A \"A\" unknown\nactor B \"B\" person\n")
        let titled = StanceGraph(metadata: GraphMetadata(title: "T"))
        XCTAssertTrue(writer.write(titled).hasPrefix("title \"T\"\n"))
        XCTAssertEqual(try TextFormatParser().parse(writer.write(titled)), titled)
    }

    func testCountIsWrittenOnlyWhenItSaysMoreThanTheEvidence() throws {
        let graph = try StanceGraph(
            actors: [Actor(id: "A"), Actor(id: "B")],
            stances: [
                Stance(source: "A", target: "B", kind: .supports),
                Stance(source: "A", target: "B", kind: .opposes, evidence: [Evidence(text: "1"), Evidence(text: "2")]),
                Stance(source: "A", target: "B", kind: .attacks, evidence: [Evidence(text: "1")], count: 2),
                Stance(source: "A", target: "B", kind: .threatens, count: 2),
            ])
        let lines = writer.write(graph).split(separator: "\n").filter { !$0.hasPrefix("actor") }
        XCTAssertEqual(lines, [
            "A supports B",
            "A opposes B \"1\" \"2\"",
            "A attacks B \"1\" x2",
            "A threatens B x2",
        ])
    }

    func testQuoteEscapes() {
        XCTAssertEqual(writer.quote(""), "\"\"")
        XCTAssertEqual(writer.quote("plain text"), "\"plain text\"")
        XCTAssertEqual(writer.quote("a\"b\\c"), #""a\"b\\c""#)
        XCTAssertEqual(writer.quote("n\nr\rcrlf\r\nt\t"), #""n\nr\rcrlf\r\nt\t""#)
        XCTAssertEqual(writer.quote("# , “curly” 🇷🇺 حماس"), "\"# , “curly” 🇷🇺 حماس\"")
        // A quote or backslash that a combining mark joins into one Character is still escaped.
        XCTAssertEqual(writer.quote("a\"\u{301}b\\\u{301}"), "\"a\\\"\u{301}b\\\\\u{301}\"")
        XCTAssertEqual(writer.quote("\n\u{301}"), "\"\\n\u{301}\"")
        XCTAssertEqual(writer.reference("a\"\u{301}"), "\"a\\\"\u{301}\"")
        XCTAssertEqual(writer.reference("a \u{301}"), "\"a \u{301}\"")
        XCTAssertEqual(writer.reference("\u{301}a"), "\u{301}a")
        // The escaped forms contain no raw line breaks, so a quote always stays on its line.
        XCTAssertFalse(writer.quote("a\nb\r\nc\rd").contains { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    }

    func testReferencesAreBareOnlyWhenTheyReadBackAsThemselves() {
        for bare in ["TUR", "al-Nusra", "node", "subgraph", "edge", "Москва", "حماس", "中国", "🇷🇺", "<script>", "a:b", "X1"] {
            XCTAssertEqual(writer.reference(bare), bare)
        }
        let quoted: [String: String] = [
            "": #""""#,
            "Free Army": #""Free Army""#,
            "tab\there": #""tab\there""#,
            "actor": #""actor""#, "Title": #""Title""#, "DATE": #""DATE""#, "url": #""url""#,
            "meta": #""meta""#, "aliases:": #""aliases:""#,
            "Support": #""Support""#, "backs": #""backs""#, "fights": #""fights""#, "is": #""is""#,
            "x": #""x""#, "x3": #""x3""#, "xena": #""xena""#, "×2": #""×2""#,
            "a#b": #""a#b""#, "a,b": #""a,b""#, #"a"b"#: #""a\"b""#, #"a\b"#: #""a\\b""#,
        ]
        for (id, expected) in quoted {
            XCTAssertEqual(writer.reference(id), expected, id)
        }
    }

    func testWritingIsDeterministic() throws {
        var metadata = GraphMetadata()
        for key in ["z", "a", "m", "b", "y"] { metadata.extra[key] = key.uppercased() }
        let graph = StanceGraph(metadata: metadata)
        let text = writer.write(graph)
        XCTAssertEqual(text, writer.write(graph))
        XCTAssertEqual(text.split(separator: "\n").map { String($0.split(separator: " ")[1]) }, ["a", "b", "m", "y", "z"])
    }
}
