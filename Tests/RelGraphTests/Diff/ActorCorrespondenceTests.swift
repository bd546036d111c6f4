import XCTest
@testable import RelGraph

/// How actors of two graphs are paired.
final class ActorCorrespondenceTests: XCTestCase {
    func testIdsFirstThenNamesAndAliasesOneToOne() {
        let old = DiffFixtures.graph("""
            actor TUR "Turkey" aliases: Ankara
            actor KURDS "Kurds"
            actor YPG "People's Protection Units" aliases: Kurdish militia
            """)
        let new = DiffFixtures.graph("""
            actor KURDS "Kurdish militia"
            actor Ankara "Ankara government" aliases: ankara
            actor KURDS2 "the Kurds"
            """)
        let match = ActorCorrespondence(old: old, new: new)
        XCTAssertEqual(match.oldIDForNew["KURDS"], "KURDS")       // same id wins over YPG's alias
        XCTAssertEqual(match.oldIDForNew["Ankara"], "TUR")        // by alias, case-insensitive
        XCTAssertNil(match.oldIDForNew["KURDS2"])       // KURDS is taken: one-to-one
    }

    func testCorrespondenceIsTheSameBothWays() {
        for seed in 0..<200 as Range<UInt64> {
            let a = DiffFixtures.randomGraph(seed: seed)
            let b = DiffFixtures.randomGraph(seed: seed + 10_000)
            XCTAssertEqual(ActorCorrespondence(old: a, new: b).oldIDForNew,
                           ActorCorrespondence(old: b, new: a).newIDForOld, "seed \(seed)")
        }
    }
}
