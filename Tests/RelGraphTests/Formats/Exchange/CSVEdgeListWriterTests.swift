import XCTest
@testable import RelGraph

final class CSVEdgeListWriterTests: XCTestCase {
    private typealias Fixture = ExchangeFixture

    /// A strict RFC 4180 reader (LF or CRLF records, quoted fields with doubled
    /// quotes); fails the test on anything malformed, such as a stray quote.
    private func parseCSV(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var fieldStarted = false
        var afterQuote = false
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func endField() {
            row.append(String(field))
            field = String.UnicodeScalarView()
            fieldStarted = false
            afterQuote = false
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if quoted {
                if scalar == "\"" {
                    if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    field.append(scalar)
                }
            } else if scalar == "," {
                endField()
            } else if scalar == "\n" || (scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n") {
                if scalar == "\r" { index += 1 }
                endField()
                rows.append(row)
                row = []
            } else if scalar == "\"" {
                if fieldStarted || afterQuote {
                    XCTFail("stray quote at scalar \(index)", file: file, line: line)
                }
                quoted = true
                fieldStarted = true
            } else {
                if afterQuote || scalar == "\r" {
                    XCTFail("unexpected \(scalar.escaped(asASCII: true)) at scalar \(index)", file: file, line: line)
                }
                field.append(scalar)
                fieldStarted = true
            }
            index += 1
        }
        XCTAssertFalse(quoted, "unterminated quoted field", file: file, line: line)
        XCTAssertTrue(row.isEmpty && field.isEmpty, "last record lacks its line ending", file: file, line: line)
        return rows
    }

    /// Undoes the formula guard: one leading apostrophe comes off.
    private func unguard(_ cell: String) -> String {
        cell.hasPrefix("'") ? String(cell.dropFirst()) : cell
    }

    func testHeaderAndRowCount() {
        let rows = parseCSV(CSVEdgeListWriter.write(Fixture.graph()))
        XCTAssertEqual(rows.count, 1 + 4)
        XCTAssertEqual(rows.first, ["source", "source_name", "target", "target_name",
                                    "kind", "polarity", "symmetric", "count", "evidence"])
        XCTAssertTrue(rows.allSatisfy { $0.count == 9 })
        XCTAssertEqual(parseCSV(CSVEdgeListWriter.write(StanceGraph())).count, 1)
    }

    func testFieldsRoundTrip() {
        let graph = Fixture.graph()
        let rows = parseCSV(CSVEdgeListWriter.write(graph)).dropFirst()
        for (row, stance) in zip(rows, graph.stances) {
            let expected = [
                stance.source, graph.actor(id: stance.source)!.name,
                stance.target, graph.actor(id: stance.target)!.name,
                stance.kind.rawValue, stance.polarity.rawValue,
                stance.kind.isSymmetric ? "true" : "false", String(stance.count),
                stance.evidence.map(\.text).joined(separator: " | "),
            ]
            XCTAssertEqual(row.map(unguard), expected)
        }
        let first = Array(rows.first!)
        XCTAssertEqual(first[1], Fixture.turkeyName)
        XCTAssertEqual(first[3], Fixture.scriptName)
        XCTAssertEqual(first[8], Fixture.opposesEvidence.joined(separator: " | "))
        XCTAssertEqual(Array(rows)[1][6], "true")
        XCTAssertEqual(Array(rows)[1][7], "3")
    }

    func testFormulaInjectionGuard() {
        let rows = Array(parseCSV(CSVEdgeListWriter.write(Fixture.graph())).dropFirst())
        // Name starting with "=".
        XCTAssertEqual(rows[2][1], "'" + Fixture.hamasName)
        XCTAssertEqual(rows[3][3], "'" + Fixture.hamasName)
        // Evidence starting with "+".
        XCTAssertEqual(rows[2][8], "'" + Fixture.attacksEvidence[0])
        // A value that already starts with an apostrophe gets one more, so the guard is reversible.
        XCTAssertEqual(rows[1][1], "'" + Fixture.russiaName)
        for trigger in ["=", "+", "-", "@", "\t", "\r"] {
            XCTAssertEqual(CSVEdgeListWriter.guardFormula(trigger + "1"), "'" + trigger + "1")
        }
        XCTAssertEqual(CSVEdgeListWriter.guardFormula("Turkey"), "Turkey")
        XCTAssertEqual(CSVEdgeListWriter.guardFormula("a=b"), "a=b")
        XCTAssertEqual(CSVEdgeListWriter.guardFormula(""), "")
        // No cell in the file starts with a trigger once parsed.
        for row in rows {
            for cell in row {
                XCTAssertFalse(cell.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } ?? false, cell)
            }
        }
    }

    func testQuotingOnlyWhenNeeded() {
        XCTAssertEqual(CSVEdgeListWriter.field("plain <b> & 'x'"), "plain <b> & 'x'")
        XCTAssertEqual(CSVEdgeListWriter.field("a,b"), "\"a,b\"")
        XCTAssertEqual(CSVEdgeListWriter.field("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(CSVEdgeListWriter.field("a\nb"), "\"a\nb\"")
        XCTAssertEqual(CSVEdgeListWriter.field("a\rb"), "\"a\rb\"")
        // A quote followed by a combining mark is one Character but must still be doubled.
        XCTAssertEqual(CSVEdgeListWriter.field("x\"\u{301}y"), "\"x\"\"\u{301}y\"")
    }

    func testLineEndingsAndDeterminism() {
        let text = CSVEdgeListWriter.write(Fixture.graph())
        XCTAssertEqual(text, CSVEdgeListWriter.write(Fixture.graph()))
        XCTAssertTrue(text.hasPrefix("source,source_name,target,target_name,kind,polarity,symmetric,count,evidence\n"))
        XCTAssertTrue(text.hasSuffix("\n"))
        // The only CR in the file is the one inside the quoted evidence.
        XCTAssertEqual(text.unicodeScalars.filter { $0 == "\r" }.count, 1)
    }
}
