/// Puts the "before" and "after" pictures next to each other in one SVG.
///
/// Why nested `<svg>` elements rather than one Graphviz drawing: the two
/// pictures come from the same pinned layout and have the same drawing area,
/// so each is kept exactly as Graphviz drew it (1:1, no scaling) and an actor
/// sits at the same height on both sides. Element ids are prefixed with
/// `before-` and `after-` so the document stays valid (ids are unique) and a
/// report can still find `after-actor-TUR`.
struct SideBySideComposer {
    /// Space between the two pictures, in points.
    static let gap = 24.0

    var title: String
    var summary: String
    var fixedSize: Bool

    /// One SVG document of `before` and `after`, both raw Graphviz SVG output.
    func compose(before: [UInt8], after: [UInt8]) -> [UInt8] {
        let left = Panel(svg: before, idPrefix: "before-")
        let right = Panel(svg: after, idPrefix: "after-")
        let width = left.width + Self.gap + right.width
        let height = max(left.height, right.height)
        var svg = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
        svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        if fixedSize { svg += " width=\"\(DiffNumber.format(width))pt\" height=\"\(DiffNumber.format(height))pt\"" }
        svg += " viewBox=\"0 0 \(DiffNumber.format(width)) \(DiffNumber.format(height))\""
        svg += " role=\"img\" aria-labelledby=\"relgraph-title relgraph-desc\" class=\"relgraph relgraph-side-by-side\">\n"
        svg += "<title id=\"relgraph-title\">\(title.xmlEscaped)</title>\n<desc id=\"relgraph-desc\">\(summary.xmlEscaped)</desc>\n"
        svg += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        var bytes = Array(svg.utf8)
        left.append(to: &bytes, x: 0, name: "before")
        let divider = left.width + Self.gap / 2
        bytes += Array(("<line class=\"divider\" x1=\"\(DiffNumber.format(divider))\" y1=\"8\" x2=\"\(DiffNumber.format(divider))\" "
            + "y2=\"\(DiffNumber.format(height - 8))\" stroke=\"#CCCCCC\" stroke-width=\"1\"/>\n").utf8)
        right.append(to: &bytes, x: left.width + Self.gap, name: "after")
        bytes += Array("</svg>\n".utf8)
        return bytes
    }

    /// One picture's size and drawing, taken from Graphviz's SVG.
    private struct Panel {
        var width = 0.0
        var height = 0.0
        var viewBox = "0 0 0 0"
        var body: [UInt8] = []

        init(svg: [UInt8], idPrefix: String) {
            guard let open = SVGPostProcessor.find(Array("<svg".utf8), in: svg[...], from: 0),
                  let close = svg[open...].firstIndex(of: UInt8(ascii: ">")) else { return }
            let tag = String(decoding: svg[open..<close], as: UTF8.self)
            if let start = tag.range(of: "viewBox=\""), let end = tag[start.upperBound...].firstIndex(of: "\"") {
                viewBox = String(tag[start.upperBound..<end])
                let numbers = viewBox.split(separator: " ").compactMap { Double($0) }
                if numbers.count == 4 {
                    width = numbers[2]
                    height = numbers[3]
                }
            }
            let end = Self.lastIndex(of: Array("</svg>".utf8), in: svg) ?? svg.count
            var cleaned: [UInt8] = []
            SVGPostProcessor(title: "", summary: "", fixedSize: false).appendCleaned(svg[(close + 1)..<max(close + 1, end)], to: &cleaned)
            // Graphviz escapes quotes in text and attribute values, so ` id="`
            // only ever starts an id attribute.
            body = Array(String(decoding: cleaned, as: UTF8.self).replacingAll(" id=\"", with: " id=\"" + idPrefix).utf8)
        }

        func append(to bytes: inout [UInt8], x: Double, name: String) {
            bytes += Array(("<svg id=\"\(name)\" class=\"relgraph-side \(name)\" x=\"\(DiffNumber.format(x))\" y=\"0\" "
                + "width=\"\(DiffNumber.format(width))\" height=\"\(DiffNumber.format(height))\" viewBox=\"\(viewBox)\">").utf8)
            bytes += body
            bytes += Array("</svg>\n".utf8)
        }

        private static func lastIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
            var index = bytes.count - pattern.count
            while index >= 0 {
                if SVGPostProcessor.matches(pattern, in: bytes[...], at: index) { return index }
                index -= 1
            }
            return nil
        }
    }
}
