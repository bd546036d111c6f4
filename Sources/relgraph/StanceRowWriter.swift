import Foundation
import RelGraph
import RelGraphStore

/// How `relgraph query` writes the stances it found: a readable listing, a JSON
/// array, JSON lines, or CSV for spreadsheets.
enum StanceRowWriter {
    static func text(_ rows: [StanceRow]) -> String {
        var out = ""
        for row in rows {
            let date = row.article.date ?? "undated"
            let times = row.count > 1 ? " (x\(row.count))" : ""
            out += "\(date)  \(row.source.name) \(row.kind.rawValue) \(row.target.name)\(times)  [\(row.article.name)"
            if let title = row.article.title { out += ": \(title)" }
            out += "]\n"
            for evidence in row.evidence {
                out += "    \u{201C}\(evidence.text)\u{201D}\n"
            }
        }
        return out
    }

    static func json(_ rows: [StanceRow]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(rows), as: UTF8.self) + "\n"
    }

    static func jsonLines(_ rows: [StanceRow]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try rows.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined()
    }

    /// One line per stance; the evidence sentences joined by " | ".
    static func csv(_ rows: [StanceRow]) -> String {
        var out = "date,source,source_name,kind,target,target_name,polarity,count,article,title,url,evidence\r\n"
        for row in rows {
            let fields = [row.article.date ?? "", row.source.id, row.source.name, row.kind.rawValue, row.target.id,
                          row.target.name, row.polarity.rawValue, String(row.count), row.article.name,
                          row.article.title ?? "", row.article.url ?? "",
                          row.evidence.map(\.text).joined(separator: " | ")]
            out += fields.map(quote).joined(separator: ",") + "\r\n"
        }
        return out
    }

    private static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
