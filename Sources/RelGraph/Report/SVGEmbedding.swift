import Foundation

/// Makes a standalone SVG document fit to sit inline in an HTML page beside
/// other SVGs.
///
/// Why: every picture the renderer makes uses the same ids (`relgraph-title`,
/// `actor-TUR`, `stance-TUR-opposes-KURDS`), and in one HTML document ids must
/// be unique, or `aria-labelledby` and any `#id` reference picks the wrong
/// picture. The XML prolog and DOCTYPE are not allowed inside HTML either.
/// The renderer's SVG is already escaped; this only edits its markup.
public enum SVGEmbedding {
    /// `svg` without prolog, DOCTYPE or comments before the root, with every
    /// `id` and every reference to one (`href="#…"`, `xlink:href="#…"`,
    /// `url(#…)`, `aria-labelledby`, `aria-describedby`) prefixed by `prefix`.
    public static func inline(_ svg: String, idPrefix prefix: String) -> String {
        var text = Substring(svg)
        if let root = text.range(of: "<svg") {
            text = text[root.lowerBound...]
        }
        var result = String(text)
        result = prefixingAttribute("id", in: result, prefix: prefix, list: false)
        result = prefixingAttribute("aria-labelledby", in: result, prefix: prefix, list: true)
        result = prefixingAttribute("aria-describedby", in: result, prefix: prefix, list: true)
        result = result.replacingOccurrences(of: "href=\"#", with: "href=\"#" + prefix)
        result = result.replacingOccurrences(of: "url(#", with: "url(#" + prefix)
        return result.trimmingTrailingNewlines() + "\n"
    }

    /// The width the picture was laid out for, in CSS pixels (viewBox points × 4/3),
    /// so a small graph is not blown up to the page width.
    public static func naturalWidth(_ svg: String) -> Double? {
        guard let start = svg.range(of: "viewBox=\"") else { return nil }
        let rest = svg[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        let numbers = rest[..<end].split(whereSeparator: { $0 == " " || $0 == "," }).compactMap { Double($0) }
        guard numbers.count == 4, numbers[2] > 0 else { return nil }
        return numbers[2] * 4 / 3
    }

    private static func prefixingAttribute(_ name: String, in text: String, prefix: String, list: Bool) -> String {
        let marker = " \(name)=\""
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: marker) {
            result += rest[..<range.upperBound]
            rest = rest[range.upperBound...]
            guard let close = rest.firstIndex(of: "\"") else { break }
            let value = rest[..<close]
            result += list ? value.split(separator: " ").map { prefix + $0 }.joined(separator: " ") : prefix + value
            rest = rest[close...]
        }
        return result + rest
    }
}

extension String {
    fileprivate func trimmingTrailingNewlines() -> String {
        var slice = self[...]
        while slice.last == "\n" || slice.last == "\r" { slice = slice.dropLast() }
        return String(slice)
    }
}
