import RelGraph
import RelGraphRender
import XCTest

/// Engine and labels are chosen by size so large graphs stay fast and readable.
final class LayoutPlanTests: XCTestCase {
    func testArticleSizedGraphsUseDotWithLabels() {
        let plan = LayoutPlan.choose(for: RenderFixtures.generatedGraph(seed: 1), options: RenderOptions())
        XCTAssertEqual(plan, LayoutPlan(engine: .dot, edgeLabels: true, compact: false, straightEdges: false))
    }

    func testLargeGraphsDropLabelsAndSwitchEngine() {
        let medium = RenderFixtures.generatedGraph(seed: 2, actors: 100, stances: 300)
        let mediumPlan = LayoutPlan.choose(for: medium, options: RenderOptions())
        XCTAssertEqual(mediumPlan, LayoutPlan(engine: .neato, edgeLabels: false, compact: false, straightEdges: true))
        let fewerStances = RenderFixtures.generatedGraph(seed: 2, actors: 100, stances: 120)
        XCTAssertFalse(LayoutPlan.choose(for: fewerStances, options: RenderOptions()).straightEdges)
        let large = RenderFixtures.generatedGraph(seed: 3, actors: 1_000, stances: 3_000)
        let largePlan = LayoutPlan.choose(for: large, options: RenderOptions())
        XCTAssertEqual(largePlan.engine, .sfdp)
        XCTAssertFalse(largePlan.edgeLabels)
        XCTAssertTrue(largePlan.compact)
        XCTAssertTrue(largePlan.straightEdges)
    }

    func testUserChoicesWin() {
        let large = RenderFixtures.generatedGraph(seed: 3, actors: 200, stances: 500)
        let plan = LayoutPlan.choose(for: large, options: RenderOptions(engine: .neato, edgeLabels: .on))
        XCTAssertEqual(plan.engine, .neato)
        XCTAssertTrue(plan.edgeLabels)
    }
}
