import XCTest
@testable import RelGraph

final class GoldStandardTests: XCTestCase {
    /// Column (1-based) where `fragment` starts in `line`, so tests need no hand counting.
    private func column(of fragment: String, in line: String) -> Int {
        line.distance(from: line.startIndex, to: line.range(of: fragment)!.lowerBound) + 1
    }

    private let valid = #"{"article": "x", "actors": {"A": ["Alpha"], "B": ["Beta"]}, "stances": [{"source": "A", "target": "B", "kind": "meets", "evidence": "Alpha met Beta."}]}"#

    func testParsesArticlesInFileOrderSkippingBlankLines() throws {
        let gold = try EvaluationFixture.gold()
        XCTAssertEqual(gold.map(\.article), ["a1", "a2"])
        XCTAssertEqual(gold[0].actors["RUS"], ["Russia", "the Russians"])
        XCTAssertEqual(gold[0].stances.count, 4)
        XCTAssertEqual(gold[0].stances[1], GoldStance(source: "RUS", target: "TUR", kind: .meets, evidence: "Russia met Turkey."))
        XCTAssertEqual(gold[1].stances.count, 4, "repeats are kept; scoring dedupes")
        XCTAssertEqual(gold[1].displayName(ofActor: "UAE"), "the UAE")
        XCTAssertEqual(gold[1].displayName(ofActor: "NOPE"), "NOPE")
        XCTAssertEqual(try GoldArticle.parseJSONL(EvaluationFixture.goldJSONL, fileName: "g"), gold)
    }

    func testWindowsLineEndsByteOrderMarkAndMissingEvidence() throws {
        let noEvidence = #"{"article": "y", "actors": {"A": ["Alpha"], "B": []}, "stances": [{"source": "B", "target": "A", "kind": "attacks"}]}"#
        let text = "\u{FEFF}" + valid + "\r\n  \r\n" + noEvidence + "\r\n"
        let gold = try GoldStandard.parseJSONL(text, fileName: "g.jsonl")
        XCTAssertEqual(gold.map(\.article), ["x", "y"])
        XCTAssertEqual(gold[1].stances, [GoldStance(source: "B", target: "A", kind: .attacks, evidence: "")])
        XCTAssertEqual(try GoldStandard.parseJSONL("", fileName: "g"), [])
        XCTAssertEqual(try GoldStandard.parseJSONL("\n\n", fileName: "g"), [])
    }

    func testMalformedLineNamesItsLineAndColumn() {
        let broken = #"{"article": "z", "actors": {} "stances": []}"#
        let text = valid + "\n\n" + broken + "\n"
        assertFormatError(try GoldStandard.parseJSONL(text, fileName: "gold.jsonl"),
                          file: "gold.jsonl", line: 3, column: column(of: #" "stances""#, in: broken) + 1,
                          containing: ["invalid JSON", "expected ',' or '}'"])
    }

    func testUnknownKindPointsAtTheKind() {
        let line = valid.replacingOccurrences(of: #""meets""#, with: #""befriends""#)
        let error = assertFormatError(try GoldStandard.parseJSONL(valid + "\n" + line, fileName: "g.jsonl"),
                                      file: "g.jsonl", line: 2, column: column(of: #""befriends""#, in: line),
                                      containing: ["stances[0].kind", "befriends", "expected one of: supports, cooperates"])
        XCTAssertNotNil(error)
    }

    func testUndeclaredActorIsAnError() {
        let line = valid.replacingOccurrences(of: #""target": "B""#, with: #""target": "C""#)
        assertFormatError(try GoldStandard.parseJSONL(line, fileName: "g.jsonl"),
                          file: "g.jsonl", line: 1, column: column(of: #""C""#, in: line),
                          containing: ["stances[0].target", "'C'", "expected one of: A, B"])
    }

    func testSelfStanceIsAnError() {
        let line = valid.replacingOccurrences(of: #""target": "B""#, with: #""target": "A""#)
        assertFormatError(try GoldStandard.parseJSONL(line, fileName: "g.jsonl"),
                          file: "g.jsonl", line: 1, column: column(of: #""target": "A""#, in: line) + 10,
                          containing: ["two different actors"])
    }

    func testWrongShapesSayWhatWasExpected() {
        assertFormatError(try GoldStandard.parseJSONL("[1, 2]", fileName: "g"), file: "g", line: 1, column: 1,
                          containing: ["expected an object"])
        let missing = #"{"article": "x", "stances": []}"#
        assertFormatError(try GoldStandard.parseJSONL("\n" + missing, fileName: "g"), file: "g", line: 2, column: 1,
                          message: #"the article object is missing the required field "actors""#)
        let badAlias = #"{"article": "x", "actors": {"A": ["Alpha", 3]}, "stances": []}"#
        assertFormatError(try GoldStandard.parseJSONL(badAlias, fileName: "g"), file: "g", line: 1,
                          column: column(of: "3]", in: badAlias), message: "actors.A[1]: expected a string")
        let badKind = #"{"article": "x", "actors": {"A": [], "B": []}, "stances": [{"source": "A", "target": "B", "kind": 7}]}"#
        assertFormatError(try GoldStandard.parseJSONL(badKind, fileName: "g"), file: "g", line: 1,
                          column: column(of: "7}", in: badKind), message: "stances[0].kind: expected a string")
        let emptyID = #"{"article": " ", "actors": {}, "stances": []}"#
        assertFormatError(try GoldStandard.parseJSONL(emptyID, fileName: "g"), file: "g", line: 1,
                          column: column(of: #"" ""#, in: emptyID), containing: ["non-empty article id"])
    }

    func testDuplicateArticleIsAnError() {
        assertFormatError(try GoldStandard.parseJSONL(valid + "\n" + valid, fileName: "g"), file: "g", line: 2,
                          column: column(of: #""x""#, in: valid), containing: ["already appeared on line 1"])
    }

    func testRealDevelopmentGoldParses() throws {
        let url = URL(fileURLWithPath: "/work/shared/eval/dev/gold.jsonl")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw XCTSkip("development gold file not available")
        }
        let gold = try GoldStandard.parseJSONL(text, fileName: url.path)
        XCTAssertEqual(gold.count, 10)
        XCTAssertEqual(gold.first?.article, "000-seed")
    }
}
