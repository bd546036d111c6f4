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

    func process(_ svg: String) -> String {
        var text = removingComments(svg)
        // Graphviz writes hyphens in ids and classes as &#45;; the plain character is
        // equivalent XML and lets CSS selectors and text search find them.
        text = text.replacingAll("&#45;", with: "-")
        guard let open = text.range(of: "<svg"), let close = text[open.upperBound...].firstIndex(of: ">") else {
            return text
        }
        var tag = String(text[open.lowerBound..<close])
        if !fixedSize {
            tag = removingAttribute("width", from: tag)
            tag = removingAttribute("height", from: tag)
        }
        tag += " role=\"img\" aria-labelledby=\"relgraph-title relgraph-desc\" class=\"relgraph\""
        let accessible = ">\n<title id=\"relgraph-title\">\(title.xmlEscaped)</title>\n<desc id=\"relgraph-desc\">\(summary.xmlEscaped)</desc>"
        return String(text[..<open.lowerBound]) + tag + accessible + String(text[text.index(after: close)...])
    }

    private func removingComments(_ svg: String) -> String {
        var result = ""
        var rest = Substring(svg)
        while let start = rest.range(of: "<!--") {
            result += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].range(of: "-->") else { return result }
            rest = rest[end.upperBound...]
            if rest.first == "\n" { rest = rest.dropFirst() }
        }
        return result + rest
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
