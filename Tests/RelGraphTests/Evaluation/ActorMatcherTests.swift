import XCTest
@testable import RelGraph

final class ActorMatcherTests: XCTestCase {
    private let matcher = ActorMatcher(goldActors: [
        "US": ["the United States", "US", "American"],
        "TUR": ["Turkey", "Ankara", "Erdogan"],
        "SAA": ["Syrian Arab Army", "the government"],
        "SYR": ["Syria", "the government", "Damascus"],
        "HOUTHI": ["Ansar Allah", "Sana’a rebels"],
    ])

    func testNormalize() {
        XCTAssertEqual(ActorMatcher.normalize("  The United   States "), "united states")
        XCTAssertEqual(ActorMatcher.normalize("Sana’a"), "sana'a")
        XCTAssertEqual(ActorMatcher.normalize("‘Ansar’"), "'ansar'")
        XCTAssertEqual(ActorMatcher.normalize("Theresa"), "theresa")
        XCTAssertEqual(ActorMatcher.normalize("the"), "the")
    }

    func testMatchesByNameIgnoringCaseAndLeadingThe() {
        XCTAssertEqual(matcher.match(Actor(id: "x1", name: "united states")), "US")
        XCTAssertEqual(matcher.match(Actor(id: "x2", name: "The US")), "US")
        XCTAssertEqual(matcher.match(Actor(id: "x3", name: "THE UNITED STATES")), "US")
        XCTAssertEqual(matcher.match(Actor(id: "x4", name: "  ankara ")), "TUR")
        XCTAssertEqual(matcher.match(Actor(id: "x5", name: "Sana'a Rebels")), "HOUTHI", "curly vs straight apostrophe")
    }

    func testMatchesByIdOrAlias() {
        XCTAssertEqual(matcher.match(Actor(id: "Turkey", name: "Republic of Turkey")), "TUR", "by id")
        XCTAssertEqual(matcher.match(Actor(id: "t", name: "Türkiye", aliases: ["Ankara"])), "TUR", "by alias")
        XCTAssertEqual(matcher.match(id: "u", name: "USA", aliases: ["america", "the american"]), "US")
    }

    func testGoldIdsAreNotAliases() {
        XCTAssertNil(matcher.match(Actor(id: "TUR", name: "Tuvalu")), "a gold id is a label, not a surface form")
        XCTAssertNil(matcher.match(Actor(id: "iran", name: "Iran", aliases: ["Tehran"])))
        XCTAssertNil(matcher.match(Actor(id: "x", name: "United")), "whole forms only")
    }

    func testAmbiguityIsResolvedDeterministically() {
        // "the government" is an alias of SAA and SYR: the smaller id wins.
        XCTAssertEqual(matcher.candidates(for: "Government"), ["SAA", "SYR"])
        XCTAssertEqual(matcher.match(Actor(id: "gov", name: "The Government")), "SAA")
        // The name is tried before the id and the aliases.
        XCTAssertEqual(matcher.match(Actor(id: "Damascus", name: "Syrian Arab Army", aliases: ["Syria"])), "SAA")
        XCTAssertEqual(matcher.match(Actor(id: "Damascus", name: "Assad", aliases: ["Syrian Arab Army"])), "SYR")
        // Aliases in the actor's order.
        XCTAssertEqual(matcher.match(Actor(id: "z", name: "Z", aliases: ["Erdogan", "the US"])), "TUR")
        XCTAssertEqual(matcher.match(Actor(id: "z", name: "Z", aliases: ["the US", "Erdogan"])), "US")
    }

    func testGoldArticleInitAndEmptyAliases() {
        let gold = GoldArticle(article: "a", actors: ["A": ["", "Alpha"], "B": []], stances: [])
        let matcher = ActorMatcher(gold: gold)
        XCTAssertEqual(matcher.match(Actor(id: "a", name: "ALPHA")), "A")
        XCTAssertNil(matcher.match(id: "", name: "", aliases: []), "an empty alias matches nothing")
        XCTAssertNil(matcher.match(Actor(id: "B", name: "B")))
    }
}
