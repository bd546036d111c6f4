/// Makes cairo's PDF output reproducible: cairo stamps `/CreationDate` with the
/// current time (and ignores SOURCE_DATE_EPOCH), so the same graph gave other
/// bytes each second. The stamp is overwritten with a fixed date of the same
/// length, which leaves every byte offset in the file, and so its cross-reference
/// table, valid.
struct PDFPostProcessor {
    static let fixedDate = Array("19700101000000".utf8)

    func process(_ pdf: [UInt8]) -> [UInt8] {
        let marker = Array("/CreationDate (D:".utf8)
        var result = pdf
        var index = 0
        while index + marker.count + Self.fixedDate.count <= result.count {
            if result[index] == marker[0], Array(result[index..<index + marker.count]) == marker {
                let start = index + marker.count
                let digits = result[start..<start + Self.fixedDate.count]
                if digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                    result.replaceSubrange(start..<start + Self.fixedDate.count, with: Self.fixedDate)
                }
                index = start
            } else {
                index += 1
            }
        }
        return result
    }
}
