import Foundation
import RelGraph
@testable import RelGraphRender
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a report needs from the diff picture: classes to toggle each change,
/// stable ids, a legend with the counts, readable change labels, and an SVG
/// that scales and is accessible.
final class DiffSVGTests: XCTestCase {
    func testClassesMarkEveryChange() throws {
        let groups = try DiffSVG.root(DiffRenderer().render(DiffFixtures.syria())).groupsByID()
        XCTAssertEqual(groups["stance-TUR-opposes-KURDS"]?.value(of: "class"), "edge stance opposes conflictual diff-unchanged")
        XCTAssertEqual(groups["stance-RUS-opposes-TUR"]?.value(of: "class"), "edge stance opposes conflictual diff-changed")
        XCTAssertEqual(groups["stance-NATO-supports-TUR"]?.value(of: "class"), "edge stance supports cooperative diff-removed")
        XCTAssertEqual(groups["stance-RUS-attacks-IS"]?.value(of: "class"), "edge stance attacks conflictual diff-added")
        XCTAssertEqual(groups["actor-IS"]?.value(of: "class"), "node actor armed-group diff-actor-added")
        XCTAssertEqual(groups["actor-NATO"]?.value(of: "class"), "node actor organisation diff-actor-removed")
        XCTAssertEqual(groups["actor-TUR"]?.value(of: "class"), "node actor state diff-actor-kept")
    }

    func testChangedStanceIsLabelledOldToNew() throws {
        let groups = try DiffSVG.root(DiffRenderer().render(DiffFixtures.syria())).groupsByID()
        XCTAssertEqual(groups["stance-RUS-opposes-TUR"]?.drawnText, "meets -> opposes")
        XCTAssertEqual(groups["stance-RUS-attacks-IS"]?.drawnText, "+ attacks ×3")
        XCTAssertEqual(groups["stance-NATO-supports-TUR"]?.drawnText, "− supports")
        XCTAssertEqual(groups["stance-TUR-opposes-KURDS"]?.drawnText, "opposes ×2")
    }

    func testStylesPairColourWithLinePattern() throws {
        let groups = try DiffSVG.root(DiffRenderer().render(DiffFixtures.syria())).groupsByID()
        func stroke(_ id: String) throws -> XMLElement {
            try XCTUnwrap(groups[id]?.descendants(named: "path").first, id)
        }
        XCTAssertEqual(try stroke("stance-RUS-attacks-IS").value(of: "stroke"), "#009e73")
        XCTAssertNil(try stroke("stance-RUS-attacks-IS").value(of: "stroke-dasharray"))
        XCTAssertEqual(try stroke("stance-NATO-supports-TUR").value(of: "stroke"), "#d55e00")
        XCTAssertNotNil(try stroke("stance-NATO-supports-TUR").value(of: "stroke-opacity"), "removed stances are faded")
        XCTAssertEqual(try stroke("stance-NATO-supports-TUR").value(of: "stroke-dasharray"), "5,2")
        XCTAssertEqual(try stroke("stance-RUS-opposes-TUR").value(of: "stroke"), "#e69f00")
        XCTAssertEqual(try stroke("stance-RUS-opposes-TUR").value(of: "stroke-dasharray"), "1,5")
        // The kind's arrowhead stays: opposes ends in a tee (a polygon and a line).
        XCTAssertNotNil(groups["stance-RUS-opposes-TUR"]?.descendants(named: "polyline").first)
    }

    func testLegendCountsEachChange() throws {
        let groups = try DiffSVG.root(DiffRenderer().render(DiffFixtures.syria())).groupsByID()
        let legend = try XCTUnwrap(groups["legend"]).drawnText
        for expected in ["5 February 2016 → 12 February 2016", "added 3", "removed 2", "changed 2", "unchanged 3",
                         "1 actor added", "1 actor removed", "5 actors kept"] {
            XCTAssertTrue(legend.contains(expected), "legend lacks \(expected): \(legend)")
        }
        let bare = try DiffSVG.root(DiffRenderer().render(DiffFixtures.syria(), options: DiffRenderOptions(title: "Week 6", legend: false)))
        XCTAssertEqual(bare.groupsByID()["legend"]?.drawnText, "Week 6")
    }

    func testRootIsAccessibleAndScales() throws {
        let root = try DiffSVG.root(DiffRenderer().render(DiffFixtures.syria()))
        XCTAssertEqual(root.value(of: "role"), "img")
        XCTAssertNotNil(root.value(of: "viewBox"))
        XCTAssertNil(root.value(of: "width"))
        let title = root.descendants(named: "title").first { $0.value(of: "id") == "relgraph-title" }
        XCTAssertEqual(title?.stringValue, "5 February 2016 → 12 February 2016")
        let desc = root.descendants(named: "desc").first?.stringValue ?? ""
        XCTAssertEqual(desc, "Changes from 5 February 2016 to 12 February 2016: 3 stances added, 2 removed, "
            + "2 changed, 3 unchanged; 1 actors added, 1 removed, 5 kept.")
        let fixed = try DiffSVG.root(DiffRenderer().render(DiffFixtures.syria(), options: DiffRenderOptions(fixedSize: true)))
        XCTAssertTrue(fixed.value(of: "width")?.hasSuffix("pt") == true)
    }

    func testSidesDrawEachVersionsKinds() throws {
        let sides = try DiffRenderer().renderSideBySide(DiffFixtures.syria())
        let before = try DiffSVG.root(sides.before).groupsByID()
        let after = try DiffSVG.root(sides.after).groupsByID()
        // The changed stance is `meets` before, `opposes` after, with the kind's own colours.
        XCTAssertEqual(before["stance-RUS-meets-TUR"]?.drawnText, "meets")
        XCTAssertEqual(after["stance-RUS-opposes-TUR"]?.drawnText, "opposes")
        XCTAssertEqual(after["stance-RUS-opposes-TUR"]?.descendants(named: "path").first?.value(of: "stroke"), "#d55e00")
        XCTAssertNil(before["stance-RUS-attacks-IS"])
        XCTAssertNil(after["stance-NATO-supports-TUR"])
        // Counts of each side.
        XCTAssertEqual(before["stance-RUS-supports-SAA"]?.drawnText, "supports ×2")
        XCTAssertEqual(after["stance-RUS-supports-SAA"]?.drawnText, "supports ×3")
        XCTAssertTrue(try XCTUnwrap(before["legend"]).drawnText.hasPrefix("5 February 2016"))
    }

    func testEvidenceTooltipsCanBeLeftOut() throws {
        func tooltip(_ options: DiffRenderOptions) throws -> String {
            let group = try XCTUnwrap(DiffSVG.root(DiffRenderer().render(DiffFixtures.syria(), options: options))
                .groupsByID()["stance-TUR-opposes-KURDS"])
            return try XCTUnwrap(group.descendants(named: "a").first?.value(of: "xlink:title"))
        }
        XCTAssertEqual(try tooltip(DiffRenderOptions()),
                       "Turkey opposes Kurds (×2): unchanged\nTurkey considers Kurdish militias terrorists.\nAnkara will not tolerate them.")
        XCTAssertEqual(try tooltip(DiffRenderOptions(evidenceTooltips: false)), "Turkey opposes Kurds (×2): unchanged")
    }

    func testEdgesToUnknownActorsAreLeftOut() throws {
        var picture = DiffFixtures.syria()
        picture.edges.append(.init(source: "TUR", target: "NOWHERE", kind: .attacks, status: .added))
        let groups = try DiffSVG.root(DiffRenderer().render(picture)).groupsByID()
        XCTAssertNil(groups["stance-TUR-attacks-NOWHERE"])
        XCTAssertNotNil(groups["stance-TUR-attacks-IS"])
    }

    /// Past 80 stances the size policy drops edge labels, but a changed stance
    /// is the point of the picture: it keeps its `old -> new` label whatever the
    /// size (with neato and sfdp too), while the others go unlabelled.
    func testChangedStancesKeepTheirLabelInBigPictures() throws {
        for (actors, stances) in [(30, 120), (160, 420)] {
            let picture = DiffFixtures.generated(seed: 7, actors: actors, stances: stances)
            let root = try DiffSVG.root(DiffRenderer().render(picture))
            let edges = root.descendants(named: "g").filter { ($0.value(of: "class") ?? "").hasPrefix("edge stance") }
            XCTAssertFalse(edges.isEmpty)
            var changed = 0
            for edge in edges {
                let classes = edge.value(of: "class") ?? ""
                if classes.hasSuffix("diff-changed") {
                    changed += 1
                    XCTAssertTrue(edge.drawnText.contains(" -> "), "\(edge.value(of: "id") ?? "") of \(stances): '\(edge.drawnText)'")
                } else {
                    XCTAssertEqual(edge.drawnText, "", "labels of other stances are dropped at this size")
                }
            }
            XCTAssertGreaterThan(changed, 10)
            // Each label is the change of its own edge.
            let edgesByID = root.groupsByID()
            let first = try XCTUnwrap(picture.edges.first { $0.status == .changed && $0.oldKind != $0.kind })
            let id = "stance-\(first.source)-\(first.kind.rawValue)-\(first.target)"
            XCTAssertTrue(edgesByID[id]?.drawnText.hasPrefix("\(first.oldKind!.rawValue) -> \(first.kind.rawValue)") == true,
                          "\(id): \(edgesByID[id]?.drawnText ?? "missing")")
        }
        // Labels switched off by choice stay off.
        let off = try DiffSVG.root(DiffRenderer().render(DiffFixtures.syria(), options: DiffRenderOptions(edgeLabels: .off)))
        XCTAssertEqual(off.groupsByID()["stance-RUS-opposes-TUR"]?.drawnText, "")
    }

    /// The legend always has the actor row, with zeros when no actor came or
    /// went, so every diff picture's legend reads the same way.
    func testLegendAlwaysCountsActors() throws {
        var picture = DiffFixtures.syria()
        picture.actors = picture.actors.filter { $0.status == .kept }
        picture.edges = picture.edges.filter { !["NATO", "IS"].contains($0.source) && !["NATO", "IS"].contains($0.target) }
        let legend = try XCTUnwrap(DiffSVG.root(DiffRenderer().render(picture)).groupsByID()["legend"]).drawnText
        for expected in ["0 actors added", "0 actors removed", "5 actors kept"] {
            XCTAssertTrue(legend.contains(expected), "legend lacks \(expected): \(legend)")
        }
    }
}
