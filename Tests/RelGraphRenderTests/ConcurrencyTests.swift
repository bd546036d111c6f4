import Foundation
import RelGraph
import RelGraphRender
import XCTest

/// Graphviz crashes when two threads lay out at once; the renderer must
/// serialise every call so concurrent tasks all succeed with identical output.
final class ConcurrencyTests: XCTestCase {
    func testConcurrentRendersSucceedWithIdenticalOutput() async throws {
        let graphs = (0..<6).map { RenderFixtures.generatedGraph(seed: UInt64(100 + $0)) }
        let expected = try graphs.map { try Renderer().render($0).data }
        let results = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for round in 0..<8 {
                for (index, graph) in graphs.enumerated() {
                    group.addTask {
                        let format: OutputFormat = round % 4 == 3 ? .dot : .svg
                        let data = try Renderer().render(graph, options: RenderOptions(format: format)).data
                        return (format == .svg ? index : -1, data)
                    }
                }
            }
            var collected: [(Int, [UInt8])] = []
            for try await result in group { collected.append(result) }
            return collected
        }
        XCTAssertEqual(results.count, 48)
        for (index, data) in results where index >= 0 {
            XCTAssertTrue(data == expected[index], "graph \(index) rendered concurrently differs")
        }
    }
}
