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

    /// The README promises every stance list sorted by source, target and kind
    /// as each stance is written: a symmetric stance (`Zeta meets Alpha`) must not
    /// sort under its target, as its key (`Alpha meets Zeta`) would.
    func testEveryStanceListIsSortedBySourceTargetAndKindAsWritten() {
        let old = DiffFixtures.graph("""
            Zeta meets Alpha
            Turkey opposes Alpha
            Turkey supports Beta
            Omega cooperates Beta
            Yemen meets Qatar
            Turkey attacks Qatar
            Mali cooperates Chad
            Egypt supports Chad
            """)
        let new = DiffFixtures.graph("""
            Zeta meets Gamma
            Turkey opposes Gamma
            Yemen opposes Qatar
            Turkey coerces Qatar
            Mali cooperates Chad
            Egypt supports Chad
            Sudan meets Chad
            """)
        let diff = GraphDiff(old: old, new: new)
        func written(_ stance: Stance) -> String { "\(stance.source) \(stance.target) \(stance.kind.rawValue)" }
        func isSorted(_ stances: [Stance]) -> Bool {
            zip(stances, stances.dropFirst()).allSatisfy { a, b in
                (a.source, a.target, a.kind) < (b.source, b.target, b.kind)
            }
        }
        XCTAssertEqual(diff.stancesRemoved.map(written), ["Omega Beta cooperates", "Turkey Alpha opposes",
                                                          "Turkey Beta supports", "Zeta Alpha meets"])
        XCTAssertEqual(diff.stancesAdded.map(written), ["Sudan Chad meets", "Turkey Gamma opposes", "Zeta Gamma meets"])
        XCTAssertTrue(isSorted(diff.stancesChanged.map(\.old)), "\(diff.stancesChanged.map { written($0.old) })")
        XCTAssertEqual(diff.stancesChanged.map { written($0.old) }, ["Turkey Qatar attacks", "Yemen Qatar meets"])
        XCTAssertEqual(diff.stancesUnchanged.map { written($0.old) }, ["Egypt Chad supports", "Mali Chad cooperates"])
        // Sorting is part of the value: the inverse diff sorts its own way and inverts back.
        XCTAssertEqual(diff.inverted().inverted(), diff)
        XCTAssertTrue(isSorted(diff.inverted().stancesRemoved))
    }
}
