/// Which picture of a report: the overview, an article's graph, or the diff
/// between two articles (indices into `ReportDocument.articles`).
public enum ReportPictureKey: Sendable, Hashable {
    case overview
    case article(Int)
    case diff(old: Int, new: Int)

    /// A file name for the picture when it is written beside a Markdown report,
    /// and the id prefix when it is inlined in HTML: letters, digits, hyphens.
    public var slug: String {
        switch self {
        case .overview: return "overview"
        case .article(let index): return "article-\(index + 1)"
        case .diff(let old, let new): return "diff-\(old + 1)-\(new + 1)"
        }
    }
}

/// The pictures of a report as SVG text, rendered beforehand.
///
/// Why strings rather than a renderer: the model target stays free of
/// Graphviz, and the writers can be tested with any SVG. A missing picture is
/// left out of the report (a graph with no stances has nothing to draw).
public struct ReportPictures: Sendable, Hashable {
    public var svg: [ReportPictureKey: String]

    public init(svg: [ReportPictureKey: String] = [:]) {
        self.svg = svg
    }

    public subscript(key: ReportPictureKey) -> String? {
        get { svg[key] }
        set { svg[key] = newValue }
    }
}
