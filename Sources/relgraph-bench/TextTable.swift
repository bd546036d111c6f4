import Foundation

/// A plain-text table with aligned columns: text columns left-aligned, numbers
/// right-aligned.
///
/// Why plain text: the output is read in a terminal and in CI logs, and diffed
/// between runs; no terminal codes, no Unicode box drawing.
struct TextTable {
    var header: [String]
    var rows: [[String]] = []
    /// Columns (by index) whose cells are aligned to the right.
    var rightAligned: Set<Int> = []

    init(_ header: [String], rightAligned: Set<Int> = []) {
        self.header = header
        self.rightAligned = rightAligned
    }

    mutating func add(_ row: [String]) {
        rows.append(row)
    }

    func render(indent: String = "  ") -> String {
        let all = [header] + rows
        let columns = all.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in all {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ row: [String]) -> String {
            let cells = row.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                return rightAligned.contains(index) ? padding + cell : cell + padding
            }
            return indent + cells.joined(separator: "  ").trimmingTrailingSpaces()
        }
        let rule = indent + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}

/// Number formatting shared by every table, so units and precision are consistent.
enum Format {
    static func ms(_ value: Double) -> String { String(format: "%.3f", value) }
    static func seconds(_ value: Double) -> String { String(format: "%.3f", value) }
    static func ratio(_ value: Double) -> String { String(format: "%.3fx", value) }
    static func rate(_ value: Double) -> String { String(format: "%.1f", value) }
    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
    static func kilobytes(_ bytes: Int) -> String { String(format: "%.1f KB", Double(bytes) / 1024) }

    /// "target met" / "target missed", the verdict printed next to each target.
    static func verdict(_ met: Bool) -> String { met ? "target met" : "target missed" }
}
