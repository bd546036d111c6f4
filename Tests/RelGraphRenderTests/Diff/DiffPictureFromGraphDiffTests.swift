import Foundation
import RelGraph
@testable import RelGraphRender
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `DiffPicture(diff:)`: every entry of a `GraphDiff` becomes the node or edge
/// the picture needs, in the new graph's ids, with evidence only when asked.
final class DiffPictureFromGraphDiffTests: XCTestCase {
    /// Old: TUR meets RUS, TUR opposes KURDS, NATO supports TUR. New: "Turkey"
    /// (matched to TUR by name) opposes RUS, opposes KURDS (×2), IS added.
    private func graphs() throws -> (StanceGraph, StanceGraph) {
        let old = try StanceGraph(
            metadata: GraphMetadata(title: "Old story", date: "2016-02-05"),
            actors: [Actor(id: "TUR", name: "Turkey", kind: .state), Actor(id: "RUS", name: "Russia", kind: .state),
                     Actor(id: "KURDS", name: "Kurds", kind: .armedGroup), Actor(id: "NATO", kind: .organisation)],
            stances: [Stance(source: "TUR", target: "RUS", kind: .meets, evidence: [Evidence(text: "They met <here>.")]),
                      Stance(source: "TUR", target: "KURDS", kind: .opposes),
                      Stance(source: "NATO", target: "TUR", kind: .supports, evidence: [Evidence(text: "NATO backs Ankara.")])])
        let new = try StanceGraph(
            metadata: GraphMetadata(date: "2016-03-01"),
            actors: [Actor(id: "Turkey", name: "Turkey", kind: .state), Actor(id: "RUS", name: "Russia", kind: .state),
                     Actor(id: "KURDS", name: "Kurds", kind: .armedGroup), Actor(id: "IS", name: "Islamic State", kind: .armedGroup)],
            stances: [Stance(source: "Turkey", target: "RUS", kind: .opposes, evidence: [Evidence(text: "Ankara condemned Moscow.")]),
                      Stance(source: "Turkey", target: "KURDS", kind: .opposes, count: 2),
                      Stance(source: "RUS", target: "IS", kind: .attacks, evidence: [Evidence(text: "Russia bombed IS.")])])
        return (old, new)
    }

    func testActorsAndStancesGetTheirStatuses() throws {
        let (old, new) = try graphs()
        let picture = DiffPicture(diff: GraphDiff(old: old, new: new))
        XCTAssertEqual(picture.actors.map(\.id), ["IS", "KURDS", "NATO", "RUS", "Turkey"])
        XCTAssertEqual(picture.actors.map(\.status), [.added, .kept, .removed, .kept, .kept])
        XCTAssertEqual(picture.count(of: DiffPicture.EdgeStatus.added), 1)
        XCTAssertEqual(picture.count(of: DiffPicture.EdgeStatus.removed), 1)
        XCTAssertEqual(picture.count(of: DiffPicture.EdgeStatus.changed), 1)
        XCTAssertEqual(picture.count(of: DiffPicture.EdgeStatus.unchanged), 1)

        // Old ids are mapped onto the new graph's: the removed stance of NATO points at "Turkey".
        let removed = try XCTUnwrap(picture.edges.first { $0.status == .removed })
        XCTAssertEqual([removed.source, removed.target, removed.kind.rawValue], ["NATO", "Turkey", "supports"])
        let changed = try XCTUnwrap(picture.edges.first { $0.status == .changed })
        XCTAssertEqual([changed.source, changed.target], ["Turkey", "RUS"])
        XCTAssertEqual(changed.kind, .opposes)
        XCTAssertEqual(changed.oldKind, .meets)
        XCTAssertEqual(changed.tooltip, "now: Ankara condemned Moscow.\nwas: They met <here>.")
        // Unchanged stances are always in the picture, with both counts.
        let unchanged = try XCTUnwrap(picture.edges.first { $0.status == .unchanged })
        XCTAssertEqual(unchanged.count, 2)
        XCTAssertEqual(unchanged.oldCount, 1)
        // Every edge's actors are in the picture.
        let ids = Set(picture.actors.map(\.id))
        XCTAssertTrue(picture.edges.allSatisfy { ids.contains($0.source) && ids.contains($0.target) })
        // Captions: title, else date.
        XCTAssertEqual(picture.beforeTitle, "Old story")
        XCTAssertEqual(picture.afterTitle, "2016-03-01")
    }

    func testWithoutEvidenceNoQuoteReachesTheSVG() throws {
        let (old, new) = try graphs()
        let diff = GraphDiff(old: old, new: new)
        let bare = DiffPicture(diff: diff, beforeTitle: "A", afterTitle: "B", evidence: false)
        XCTAssertTrue(bare.edges.allSatisfy { $0.tooltip == nil })
        let svg = String(decoding: try DiffRenderer().render(bare, options: DiffRenderOptions(evidenceTooltips: false)),
                         as: UTF8.self)
        for quote in ["condemned", "bombed", "They met", "backs Ankara"] {
            XCTAssertFalse(svg.contains(quote), quote)
        }
        XCTAssertTrue(svg.contains("diff-unchanged"))

        let full = String(decoding: try DiffRenderer().render(DiffPicture(diff: diff)), as: UTF8.self)
        XCTAssertTrue(full.contains("Russia bombed IS."))
        XCTAssertTrue(full.contains("They met &lt;here&gt;."), "evidence is escaped")
    }

    func testIdenticalGraphsDrawOnlyUnchangedStances() throws {
        let (old, _) = try graphs()
        let picture = DiffPicture(diff: GraphDiff(old: old, new: old))
        XCTAssertTrue(picture.edges.allSatisfy { $0.status == .unchanged })
        XCTAssertTrue(picture.actors.allSatisfy { $0.status == .kept })
        XCTAssertEqual(picture.edges.count, old.stances.count)
    }

    /// "Before" is graph A and "after" graph B: an actor A calls "Turkey" and B
    /// "Ankara" is labelled by each side's own name, and each side's tooltips
    /// carry that side's evidence, while the actor stays in one place.
    func testEachSideShowsItsOwnNamesAndEvidence() throws {
        let old = try StanceGraph(
            actors: [Actor(id: "TUR", name: "Turkey", kind: .state), Actor(id: "RUS", name: "Russia", kind: .state),
                     Actor(id: "KURDS", name: "Kurdish forces of the north", kind: .armedGroup)],
            stances: [Stance(source: "TUR", target: "RUS", kind: .meets, evidence: [Evidence(text: "Old quote: they met.")]),
                      Stance(source: "TUR", target: "KURDS", kind: .opposes, evidence: [Evidence(text: "Old quote: Turkey opposes them.")])])
        let new = try StanceGraph(
            actors: [Actor(id: "TUR", name: "Ankara", kind: .state), Actor(id: "RUS", name: "Russia", kind: .state),
                     Actor(id: "KURDS", name: "YPG", kind: .armedGroup)],
            stances: [Stance(source: "TUR", target: "RUS", kind: .opposes, evidence: [Evidence(text: "New quote: Ankara condemned Moscow.")]),
                      Stance(source: "TUR", target: "KURDS", kind: .opposes, evidence: [Evidence(text: "New quote: Ankara shelled the YPG.")])])
        let picture = DiffPicture(diff: GraphDiff(old: old, new: new))
        let turkey = try XCTUnwrap(picture.actors.first { $0.id == "TUR" })
        XCTAssertEqual(turkey.name, "Ankara")
        XCTAssertEqual(turkey.beforeName, "Turkey")

        let sides = try DiffRenderer().renderSideBySide(picture)
        let before = String(decoding: sides.before, as: UTF8.self)
        let after = String(decoding: sides.after, as: UTF8.self)
        let beforeGroups = try DiffSVG.root(sides.before).groupsByID()
        let afterGroups = try DiffSVG.root(sides.after).groupsByID()
        XCTAssertEqual(beforeGroups["actor-TUR"]?.drawnText, "Turkey")
        XCTAssertEqual(afterGroups["actor-TUR"]?.drawnText, "Ankara")
        XCTAssertFalse(before.contains("Ankara"), "no name or quote of B in A's picture")
        XCTAssertFalse(before.contains("YPG"))
        XCTAssertFalse(before.contains("New quote"))
        XCTAssertTrue(before.contains("Old quote: they met."))
        XCTAssertTrue(before.contains("Old quote: Turkey opposes them."), "an unchanged stance shows A's evidence in A")
        XCTAssertFalse(after.contains("Turkey"), "no name or quote of A in B's picture")
        XCTAssertFalse(after.contains("Old quote"))
        XCTAssertTrue(after.contains("New quote: Ankara condemned Moscow."))
        XCTAssertTrue(after.contains("New quote: Ankara shelled the YPG."))
        // Same places and the same outline whatever the name: the longer name sized the node.
        for id in ["actor-TUR", "actor-KURDS", "actor-RUS"] {
            let outline = { (group: XMLElement?) in
                (group?.descendants(named: "path") ?? []).compactMap { $0.value(of: "d") }
                    + (group?.descendants(named: "polygon") ?? []).compactMap { $0.value(of: "points") }
            }
            XCTAssertFalse(outline(beforeGroups[id]).isEmpty, id)
            XCTAssertEqual(outline(beforeGroups[id]), outline(afterGroups[id]), id)
        }
        // The combined picture has both, each in its panel.
        let combined = try DiffSVG.root(sides.combined).groupsByID()
        XCTAssertEqual(combined["before-actor-TUR"]?.drawnText, "Turkey")
        XCTAssertEqual(combined["after-actor-TUR"]?.drawnText, "Ankara")
    }
}
