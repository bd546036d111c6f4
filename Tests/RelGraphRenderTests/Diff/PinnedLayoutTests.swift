import Foundation
import RelGraph
@testable import RelGraphRender
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The point of the diff pictures: one layout, so every actor is at the same
/// coordinates in the diff, in "before" and in "after", and the same input
/// gives the same bytes.
final class PinnedLayoutTests: XCTestCase {
    func testSameActorHasSameCoordinatesOnBothSides() throws {
        let picture = DiffFixtures.syria()
        let sides = try DiffRenderer().renderSideBySide(picture)
        let diff = try DiffSVG.root(DiffRenderer().render(picture)).groupsByID()
        let before = try DiffSVG.root(sides.before).groupsByID()
        let after = try DiffSVG.root(sides.after).groupsByID()
        // The drawing is placed by the same transform in every picture.
        XCTAssertEqual(before["relgraph"]?.value(of: "transform"), after["relgraph"]?.value(of: "transform"))
        XCTAssertEqual(diff["relgraph"]?.value(of: "transform"), after["relgraph"]?.value(of: "transform"))
        var compared = 0
        for actor in picture.actors where actor.status == .kept {
            let id = "actor-\(actor.id)"
            let left = try XCTUnwrap(before[id], "\(id) in before").geometry
            XCTAssertFalse(left.isEmpty)
            XCTAssertEqual(left, try XCTUnwrap(after[id], "\(id) in after").geometry, id)
            compared += 1
        }
        XCTAssertEqual(compared, 5)
        // Added and removed actors keep their places in the diff too (the diff
        // draws borders differently, so compare the name's position only).
        for (id, side) in [("actor-NATO", before), ("actor-IS", after), ("actor-TUR", after)] {
            let text = { (group: XMLElement?) in group?.descendants(named: "text").first.map { "\($0.value(of: "x")!),\($0.value(of: "y")!)" } }
            XCTAssertNotNil(text(side[id]))
            XCTAssertEqual(text(side[id]), text(diff[id]), id)
        }
        XCTAssertNil(before["actor-IS"], "an added actor is not in before")
        XCTAssertNil(after["actor-NATO"], "a removed actor is not in after")
    }

    func testCombinedPanelsKeepCoordinates() throws {
        let sides = try DiffRenderer().renderSideBySide(DiffFixtures.syria())
        let combined = try DiffSVG.root(sides.combined)
        let groups = combined.groupsByID()
        XCTAssertEqual(groups["before-actor-TUR"]?.geometry, groups["after-actor-TUR"]?.geometry)
        XCTAssertEqual(groups["before-actor-TUR"]?.geometry, try DiffSVG.root(sides.before).groupsByID()["actor-TUR"]?.geometry)
        let panels = combined.descendants(named: "svg")
        XCTAssertEqual(panels.compactMap { $0.value(of: "id") }, ["before", "after"])
        // The two panels start at the top and the right one after the left one.
        XCTAssertEqual(panels.map { $0.value(of: "y") }, ["0", "0"])
        let leftWidth = try XCTUnwrap(panels[0].value(of: "width").flatMap(Double.init))
        let rightX = try XCTUnwrap(panels[1].value(of: "x").flatMap(Double.init))
        XCTAssertGreaterThan(rightX, leftWidth)
        // Ids stay unique in the one document.
        let ids = combined.descendants(named: "g").compactMap { $0.value(of: "id") }
        XCTAssertEqual(ids.count, Set(ids).count)
        // Captions: each panel carries its title.
        XCTAssertTrue(panels[0].drawnText.contains("5 February 2016"))
        XCTAssertTrue(panels[1].drawnText.contains("12 February 2016"))
        XCTAssertEqual(combined.value(of: "role"), "img")
        XCTAssertNotNil(combined.value(of: "viewBox"))
    }

    func testSameInputGivesSameBytes() throws {
        let renderer = DiffRenderer()
        let picture = DiffFixtures.syria()
        let first = try renderer.render(picture)
        let firstSides = try renderer.renderSideBySide(picture)
        // Other layouts in between must not change anything.
        _ = try renderer.render(DiffFixtures.generated(seed: 9, actors: 20, stances: 30))
        _ = try Renderer().render(RenderFixtures.generatedGraph(seed: 5))
        XCTAssertTrue(try renderer.render(picture) == first, "diff picture differs between renders")
        let secondSides = try renderer.renderSideBySide(picture)
        XCTAssertTrue(firstSides.before == secondSides.before)
        XCTAssertTrue(firstSides.after == secondSides.after)
        XCTAssertTrue(firstSides.combined == secondSides.combined)
    }

    /// Larger unions go to neato (no labels) and sfdp (compact); the pinning
    /// must hold there too.
    func testPinningHoldsForNeatoAndSfdp() throws {
        for (actors, stances) in [(60, 120), (200, 420)] {
            let picture = DiffFixtures.generated(seed: UInt64(actors), actors: actors, stances: stances)
            let sides = try DiffRenderer().renderSideBySide(picture)
            let before = try DiffSVG.root(sides.before).groupsByID()
            let after = try DiffSVG.root(sides.after).groupsByID()
            var compared = 0
            for actor in picture.actors where actor.status == .kept {
                XCTAssertEqual(before["actor-\(actor.id)"]?.geometry, after["actor-\(actor.id)"]?.geometry)
                compared += 1
            }
            XCTAssertGreaterThan(compared, 3)
        }
    }

    func testEmptyPictureRenders() throws {
        let empty = DiffPicture(actors: [], edges: [])
        XCTAssertNoThrow(try DiffSVG.root(DiffRenderer().render(empty)))
        XCTAssertNoThrow(try DiffSVG.root(DiffRenderer().renderSideBySide(empty).combined))
    }
}
