import XCTest
@testable import RelGraph

/// What a diff finds between two small, hand-written graphs.
final class GraphDiffTests: XCTestCase {
    private let before = DiffFixtures.graph("""
        actor TUR "Turkey" state aliases: Ankara
        actor KURDS "Kurds" armed-group
        Turkey opposes Kurds "Ankara calls them terrorists."
        Turkey meets Russia "Erdogan met Putin."
        US supports Kurds
        """)
    private let after = DiffFixtures.graph("""
        actor Turkey "Turkey" state
        Turkey opposes Kurds "Ankara condemned the Kurds." x2
        Turkey opposes Russia "Turkey condemned Russian strikes."
        Russia attacks "Syrian rebels"
        """)

    func testFindsAddedRemovedAndChangedStancesWithPolarity() {
        let diff = GraphDiff(old: before, new: after)
        XCTAssertEqual(diff.stancesRemoved.map(\.key.description), ["US supports KURDS"])
        XCTAssertEqual(diff.stancesAdded.map(\.key.description), ["Russia attacks Syrian-rebels"])
        XCTAssertEqual(diff.stancesChanged.count, 1)
        let change = diff.stancesChanged[0]
        XCTAssertEqual(change.old.kind, .meets)
        XCTAssertEqual(change.new.kind, .opposes)
        XCTAssertTrue(change.polarityChanged)
        XCTAssertEqual(change.old.evidence.map(\.text), ["Erdogan met Putin."])
        XCTAssertEqual(change.new.evidence.map(\.text), ["Turkey condemned Russian strikes."])
        XCTAssertEqual(diff.polarityChanges, 1)
        XCTAssertFalse(diff.isEmpty)
    }

    func testMatchesActorsByNameWhenIdsDiffer() {
        let diff = GraphDiff(old: before, new: after)
        XCTAssertEqual(diff.actorsRemoved.map(\.id), ["US"])
        XCTAssertEqual(diff.actorsAdded.map(\.id), ["Syrian-rebels"])
        XCTAssertTrue(diff.actorsMatched.contains { $0.old.id == "TUR" && $0.new.id == "Turkey" })
        // The stance of the renamed actor is the same stance, with both sides' evidence and counts.
        let shared = diff.stancesUnchanged.first { $0.old.kind == .opposes }
        XCTAssertEqual(shared?.old.source, "TUR")
        XCTAssertEqual(shared?.new.source, "Turkey")
        XCTAssertEqual(shared?.new.count, 2)
        XCTAssertTrue(shared?.detailsChanged ?? false)
    }

    func testSymmetricStanceWrittenTheOtherWayIsUnchanged() {
        let a = DiffFixtures.graph("Turkey meets Russia")
        let b = DiffFixtures.graph("Russia meets Turkey")
        XCTAssertTrue(GraphDiff(old: a, new: b).isEmpty)
    }

    func testReversedDirectionOfADirectedStanceIsNotAChange() {
        let a = DiffFixtures.graph("Turkey opposes Russia")
        let b = DiffFixtures.graph("Russia attacks Turkey")
        let diff = GraphDiff(old: a, new: b)
        XCTAssertEqual(diff.stancesChanged.count, 0)
        XCTAssertEqual(diff.stancesAdded.count, 1)
        XCTAssertEqual(diff.stancesRemoved.count, 1)
    }

    func testSymmetricKindPairsWithEitherDirection() {
        let a = DiffFixtures.graph("Turkey meets Russia")
        let b = DiffFixtures.graph("Russia attacks Turkey")
        let diff = GraphDiff(old: a, new: b)
        XCTAssertEqual(diff.stancesChanged.map { "\($0.old.kind) -> \($0.new.kind)" }, ["meets -> attacks"])
    }

    func testEvidenceAndCountChangesAreNotDifferences() {
        let a = DiffFixtures.graph("Turkey opposes Kurds \"one\"")
        let b = DiffFixtures.graph("Turkey opposes Kurds \"two\" \"three\"")
        let diff = GraphDiff(old: a, new: b)
        XCTAssertTrue(diff.isEmpty)
        XCTAssertEqual(diff.stancesUnchanged.count, 1)
    }

    func testApplyRebuildsTheNewGraph() throws {
        let diff = GraphDiff(old: before, new: after)
        XCTAssertEqual(try diff.apply(to: before).canonicallyOrdered(), after.canonicallyOrdered())
    }

    func testApplyToAnotherGraphSaysWhatIsMissing() {
        let diff = GraphDiff(old: before, new: after)
        XCTAssertThrowsError(try diff.apply(to: DiffFixtures.graph("Iran meets Iraq"))) { error in
            XCTAssertTrue("\(error)".contains("which this graph does not have"), "\(error)")
        }
    }
}
