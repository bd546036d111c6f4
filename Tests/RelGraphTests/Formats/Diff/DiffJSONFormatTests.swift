import XCTest
@testable import RelGraph

/// The diff's JSON: schema fields, determinism, and refusing other documents.
final class DiffJSONFormatTests: XCTestCase {
    func testWritesTheDocumentedFieldsDeterministically() throws {
        let text = DiffJSONFormat().encode(DiffWriterFixture.diff, oldName: "a.rg", newName: "b.rg")
        XCTAssertEqual(text, DiffJSONFormat().encode(DiffWriterFixture.diff, oldName: "a.rg", newName: "b.rg"))
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(object["format"] as? String, "relgraph-diff")
        XCTAssertEqual(object["version"] as? Int, 1)
        XCTAssertEqual((object["old"] as? [String: Any])?["name"] as? String, "a.rg")
        let summary = try XCTUnwrap(object["summary"] as? [String: Any])
        XCTAssertEqual(summary["stances_changed"] as? Int, 1)
        XCTAssertEqual(summary["polarity_changes"] as? Int, 1)
        XCTAssertEqual(summary["identical"] as? Bool, false)
        let stances = try XCTUnwrap(object["stances"] as? [String: Any])
        XCTAssertEqual(Set(stances.keys), ["added", "removed", "changed", "unchanged"])
        let change = try XCTUnwrap((stances["changed"] as? [[String: Any]])?.first)
        XCTAssertEqual(change["polarity_changed"] as? Bool, true)
        XCTAssertEqual((change["old"] as? [String: Any])?["kind"] as? String, "meets")
    }

    func testRefusesAGraphWithAClearMessage() {
        let graph = JSONGraphFormat().encode(DiffFixtures.graph("Turkey opposes Kurds"))
        XCTAssertThrowsError(try DiffJSONFormat(fileName: "g.json").decode(graph)) { error in
            XCTAssertTrue("\(error)".contains("g.json:1:1: error: this JSON is a 'relgraph' document, not a RelGraph diff"), "\(error)")
        }
    }

    func testAGraphReaderRefusesADiff() {
        let text = DiffJSONFormat().encode(DiffWriterFixture.diff, oldName: "a", newName: "b")
        XCTAssertThrowsError(try JSONGraphFormat(fileName: "d.json").decode(text)) { error in
            XCTAssertTrue("\(error)".contains("'relgraph-diff' document, not a RelGraph graph"), "\(error)")
        }
    }
}
