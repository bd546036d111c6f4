import XCTest
@testable import RelGraph

final class ActorTests: XCTestCase {
    func testDefaults() {
        let actor = Actor(id: "TUR")
        XCTAssertEqual(actor.name, "TUR")
        XCTAssertEqual(actor.kind, .unknown)
        XCTAssertEqual(actor.aliases, [])
        XCTAssertEqual(actor.allNames, ["TUR", "TUR"])
        let full = Actor(id: "TUR", name: "Turkey", kind: .state, aliases: ["Ankara", "Turkish"])
        XCTAssertEqual(full.allNames, ["TUR", "Turkey", "Ankara", "Turkish"])
    }

    func testMatchKey() {
        XCTAssertEqual(Actor.matchKey("The United  States"), "united states")
        XCTAssertEqual(Actor.matchKey("  the\tHague "), "hague")
        XCTAssertEqual(Actor.matchKey("THE"), "the", "a lone 'the' is a name, not an article")
        XCTAssertEqual(Actor.matchKey("Theresa May"), "theresa may")
        XCTAssertEqual(Actor.matchKey(""), "")
    }

    func testIsNamedIgnoresCaseSpacingAndLeadingThe() {
        let actor = Actor(id: "US", name: "United States", kind: .state, aliases: ["America"])
        XCTAssertTrue(actor.isNamed("us"))
        XCTAssertTrue(actor.isNamed("the United States"))
        XCTAssertTrue(actor.isNamed("UNITED   states"))
        XCTAssertTrue(actor.isNamed("The America"))
        XCTAssertFalse(actor.isNamed("United"))
        XCTAssertFalse(actor.isNamed("American"))
    }

    func testMakeID() {
        XCTAssertEqual(Actor.makeID(fromName: "Saudi Arabia"), "Saudi-Arabia")
        XCTAssertEqual(Actor.makeID(fromName: "  al-Nusra  Front! "), "al-Nusra-Front")
        XCTAssertEqual(Actor.makeID(fromName: "U.S."), "U-S")
        XCTAssertEqual(Actor.makeID(fromName: "Россия 2"), "Россия-2")
        XCTAssertEqual(Actor.makeID(fromName: "حماس"), "حماس")
        XCTAssertEqual(Actor.makeID(fromName: "!!!"), "actor")
        XCTAssertEqual(Actor.makeID(fromName: ""), "actor")
        XCTAssertEqual(Actor.makeID(fromName: "🇷🇺"), "actor")
    }

    func testDecodingFillsDefaults() throws {
        let actor = try JSONDecoder().decode(Actor.self, from: Data(#"{"id": "IS"}"#.utf8))
        XCTAssertEqual(actor, Actor(id: "IS", name: "IS", kind: .unknown, aliases: []))
        let full = try JSONDecoder().decode(
            Actor.self, from: Data(#"{"id": "IS", "name": "Islamic State", "kind": "armed-group", "aliases": ["Daesh"]}"#.utf8))
        XCTAssertEqual(full, Actor(id: "IS", name: "Islamic State", kind: .armedGroup, aliases: ["Daesh"]))
        XCTAssertThrowsError(try JSONDecoder().decode(Actor.self, from: Data(#"{"name": "x"}"#.utf8)))
        XCTAssertThrowsError(try JSONDecoder().decode(Actor.self, from: Data(#"{"id": "x", "kind": "planet"}"#.utf8)))
    }

    func testCodableRoundTrip() throws {
        let actor = Actor(id: "RU", name: "Россия \"🇷🇺\"", kind: .state, aliases: ["Moscow", "Кремль"])
        let data = try JSONEncoder().encode(actor)
        XCTAssertEqual(try JSONDecoder().decode(Actor.self, from: data), actor)
    }

    func testGraphErrorDescriptions() {
        XCTAssertEqual(GraphError.duplicateActor(id: "TUR").description,
                       "actor id 'TUR' is declared twice; ids must be unique")
        XCTAssertEqual(GraphError.unknownActor(id: "X", stance: "A supports X").description,
                       "stance 'A supports X' refers to actor 'X', which is not in the graph's actor list")
        XCTAssertEqual(GraphError.selfStance(actor: "A", kind: .attacks).description,
                       "'A attacks A': an actor cannot take a stance towards itself")
        XCTAssertEqual(GraphError.emptyActorID.description, "an actor id must not be empty")
    }
}
