import Foundation
import XCTest
@testable import RelGraph

/// The hand-written writer against the reference it replaces: Foundation's
/// `JSONEncoder` over the model's `Encodable` conformances, with the options
/// the format promised from the start. Any difference, down to a byte, fails.
final class JSONGraphWriterTests: XCTestCase {
    /// The document as the encoder writes it.
    private struct Reference: Encodable {
        var graph: StanceGraph

        enum CodingKeys: String, CodingKey { case format, version, metadata, actors, stances }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(JSONGraphFormat.formatName, forKey: .format)
            try container.encode(JSONGraphFormat.currentVersion, forKey: .version)
            if !graph.metadata.isEmpty { try container.encode(graph.metadata, forKey: .metadata) }
            try container.encode(graph.actors, forKey: .actors)
            try container.encode(graph.stances, forKey: .stances)
        }
    }

    private func reference(_ graph: StanceGraph) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(Reference(graph: graph)), as: UTF8.self) + "\n"
    }

    private func written(_ graph: StanceGraph) -> String {
        String(decoding: JSONGraphWriter.document(graph, format: JSONGraphFormat.formatName,
                                                  version: JSONGraphFormat.currentVersion), as: UTF8.self)
    }

    func testEmptyGraph() throws {
        XCTAssertEqual(written(StanceGraph()), try reference(StanceGraph()))
    }

    func testEveryControlCharacterQuoteAndBackslash() throws {
        var text = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined()
        text += "\"\\/\u{7F}\u{2028}\u{2029}é😀"
        var graph = StanceGraph(metadata: GraphMetadata(title: text))
        graph.metadata.extra[text] = text
        try graph.addActor(Actor(id: text, name: text, kind: .faction, aliases: [text, ""]))
        try graph.addActor(Actor(id: "B", kind: .person))
        try graph.addStance(Stance(source: text, target: "B", kind: .opposes,
                                   evidence: [Evidence(text: text, article: text, date: text, start: 0, end: -1, rule: text)]))
        XCTAssertEqual(written(graph), try reference(graph))
    }

    func testGeneratedGraphsWithProvenance() throws {
        for seed in UInt64(1)...400 {
            var graph = GraphGenerator.graph(seed: seed, richEvidence: seed % 2 == 0)
            if seed % 3 == 0 {
                var rng = SeededGenerator(seed: seed)
                graph = try StanceGraph(metadata: graph.metadata, actors: graph.actors, stances: graph.stances.map { stance in
                    var stance = stance
                    if rng.chance(60) {
                        stance.provenance = Provenance(articles: rng.int(1...40),
                                                       firstDate: rng.chance(50) ? GraphGenerator.string(&rng) : nil,
                                                       lastDate: rng.chance(50) ? "2016-08" : nil)
                    }
                    return stance
                })
            }
            XCTAssertEqual(written(graph), try reference(graph), "seed \(seed)")
        }
    }

    /// Keys of `extra` in the encoder's order: by UTF-8 bytes (capitals before
    /// lower case, a decomposed "é" before a composed one).
    func testExtraKeysSortAsTheEncoderSortsThem() throws {
        var metadata = GraphMetadata()
        for key in ["é", "e", "Zb", "a_", "a1", "_", "B", "e\u{301}", "中"] { metadata.extra[key] = key }
        let graph = StanceGraph(metadata: metadata)
        XCTAssertEqual(written(graph), try reference(graph))
    }
}
