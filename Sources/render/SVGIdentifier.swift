/// Stable element ids for SVG, made from actor ids and stance keys, so a report's
/// CSS, a script or a diff can find "the edge TUR opposes KURDS" in any picture.
///
/// ASCII letters and digits are kept; any other character becomes `_` plus its
/// hex code (`-` is `_2d`), so parts joined by `-` never run together and
/// distinct actor ids give distinct element ids.
enum SVGIdentifier {
    static func make(_ prefix: String, _ parts: [String]) -> String {
        ([prefix] + parts.map(encode)).joined(separator: "-")
    }

    static func encode(_ raw: String) -> String {
        var result = ""
        for scalar in raw.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if scalar == "-" {
                result += "_2d"
            } else {
                result += "_" + String(scalar.value, radix: 16)
            }
        }
        return result.isEmpty ? "_" : result
    }
}
