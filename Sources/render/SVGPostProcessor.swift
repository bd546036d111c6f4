import RelGraph

/// Makes Graphviz's SVG fit for embedding in reports: it scales by its viewBox,
/// announces itself to screen readers (`role="img"`, `<title>`, `<desc>`), and
/// carries nothing that changes between runs or Graphviz builds (the version
/// comment). Only markup Graphviz itself generated is touched; article text was
/// escaped before layout and stays escaped.
struct SVGPostProcessor {
    var title: String
    var summary: String
    var fixedSize: Bool

    func process(_ svg: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(svg.count + 512)
        // The root tag comes before any drawing and outside comments: find it
        // first, then copy everything once, editing the tag on the way. Only the
        // tag is handled as a string, so a multi-megabyte picture costs one pass.
        guard let open = Self.find(Array("<svg".utf8), in: svg[...], from: 0),
              let close = svg[open...].firstIndex(of: UInt8(ascii: ">")) else {
            appendCleaned(svg[...], to: &result)
            return result
        }
        var tag = String(decoding: svg[open..<close], as: UTF8.self)
        if !fixedSize {
            tag = removingAttribute("width", from: tag)
            tag = removingAttribute("height", from: tag)
        }
        tag += " role=\"img\" aria-labelledby=\"relgraph-title relgraph-desc\" class=\"relgraph\""
        let accessible = ">\n<title id=\"relgraph-title\">\(title.xmlEscaped)</title>\n<desc id=\"relgraph-desc\">\(summary.xmlEscaped)</desc>"
        appendCleaned(svg[..<open], to: &result)
        result += tag.utf8
        result += accessible.utf8
        appendCleaned(svg[(close + 1)...], to: &result)
        return result
    }

    /// Copies `svg` without `<!-- ... -->` comments (and the line break after
    /// them), writing Graphviz's `&#45;` as a plain hyphen, which is equivalent
    /// XML and lets CSS selectors and text search find ids and classes.
    func appendCleaned(_ svg: ArraySlice<UInt8>, to result: inout [UInt8]) {
        let commentOpen = Array("<!--".utf8)
        let commentClose = Array("-->".utf8)
        let hyphenEntity = Array("&#45;".utf8)
        var runStart = svg.startIndex
        var index = svg.startIndex
        while index < svg.endIndex {
            let byte = svg[index]
            guard byte == UInt8(ascii: "<") || byte == UInt8(ascii: "&") else {
                index += 1
                continue
            }
            if byte == UInt8(ascii: "<"), Self.matches(commentOpen, in: svg, at: index) {
                result.append(contentsOf: svg[runStart..<index])
                guard let end = Self.find(commentClose, in: svg, from: index + commentOpen.count) else { return }
                index = end + commentClose.count
                if index < svg.endIndex, svg[index] == UInt8(ascii: "\n") { index += 1 }
                runStart = index
            } else if byte == UInt8(ascii: "&"), Self.matches(hyphenEntity, in: svg, at: index) {
                result.append(contentsOf: svg[runStart..<index])
                result.append(UInt8(ascii: "-"))
                index += hyphenEntity.count
                runStart = index
            } else {
                index += 1
            }
        }
        result.append(contentsOf: svg[runStart...])
    }

    static func matches(_ pattern: [UInt8], in bytes: ArraySlice<UInt8>, at index: Int) -> Bool {
        guard index + pattern.count <= bytes.endIndex else { return false }
        for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }

    static func find(_ pattern: [UInt8], in bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        var index = start
        while index + pattern.count <= bytes.endIndex {
            if bytes[index] == pattern[0], matches(pattern, in: bytes, at: index) { return index }
            index += 1
        }
        return nil
    }

    private func removingAttribute(_ name: String, from tag: String) -> String {
        guard let start = tag.range(of: " \(name)=\"") else { return tag }
        guard let end = tag[start.upperBound...].firstIndex(of: "\"") else { return tag }
        return String(tag[..<start.lowerBound]) + String(tag[tag.index(after: end)...])
    }
}

extension String {
    /// Every occurrence replaced; Foundation-free so the renderer's string work stays portable.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
