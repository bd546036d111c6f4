import XCTest
@testable import RelGraph

final class StanceKeyTests: XCTestCase {
    func testDirectedKindsKeepTheirDirection() {
        for kind in StanceKind.allCases where !kind.isSymmetric {
            let forward = StanceKey(source: "B", target: "A", kind: kind)
            XCTAssertEqual(forward.source, "B")
            XCTAssertEqual(forward.target, "A")
            XCTAssertNotEqual(forward, StanceKey(source: "A", target: "B", kind: kind))
        }
    }

    func testSymmetricKindsAreUnorderedPairs() {
        for kind in [StanceKind.meets, .cooperates] {
            let one = StanceKey(source: "TUR", target: "RUS", kind: kind)
            let other = StanceKey(source: "RUS", target: "TUR", kind: kind)
            XCTAssertEqual(one, other)
            XCTAssertEqual(one.hashValue, other.hashValue)
            XCTAssertEqual(one.source, "RUS")
            XCTAssertEqual(one.target, "TUR")
        }
    }

    func testKindIsPartOfTheKey() {
        XCTAssertNotEqual(StanceKey(source: "A", target: "B", kind: .meets),
                          StanceKey(source: "A", target: "B", kind: .cooperates))
        XCTAssertEqual(Set([
            StanceKey(source: "A", target: "B", kind: .meets),
            StanceKey(source: "B", target: "A", kind: .meets),
            StanceKey(source: "A", target: "B", kind: .attacks),
            StanceKey(source: "B", target: "A", kind: .attacks),
        ]).count, 3)
    }

    func testDescriptionAndStanceKey() {
        XCTAssertEqual(StanceKey(source: "TUR", target: "KURDS", kind: .opposes).description, "TUR opposes KURDS")
        XCTAssertEqual(StanceKey(source: "US", target: "TUR", kind: .meets).description, "TUR meets US")
        let stance = Stance(source: "US", target: "TUR", kind: .meets)
        XCTAssertEqual(stance.key, StanceKey(source: "TUR", target: "US", kind: .meets))
    }

    func testOrdering() {
        let keys = [
            StanceKey(source: "B", target: "A", kind: .attacks),
            StanceKey(source: "A", target: "C", kind: .supports),
            StanceKey(source: "A", target: "B", kind: .attacks),
            StanceKey(source: "A", target: "B", kind: .supports),
        ]
        XCTAssertEqual(keys.sorted().map(\.description),
                       ["A supports B", "A attacks B", "A supports C", "B attacks A"])
    }

    func testCodableRoundTrip() throws {
        let key = StanceKey(source: "Z", target: "A", kind: .cooperates)
        let decoded = try JSONDecoder().decode(StanceKey.self, from: JSONEncoder().encode(key))
        XCTAssertEqual(decoded, key)
    }
}
