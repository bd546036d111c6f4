/// One article of a report: its graph and the name it goes by (the file name
/// without extension, or the stored article's name).
public struct ReportArticle: Sendable, Hashable {
    /// The article's name: shown when it has no title, and its key in the report.
    public var name: String
    public var graph: StanceGraph

    public init(name: String, graph: StanceGraph) {
        self.name = name
        self.graph = graph
    }

    /// The headline, else the name.
    public var title: String {
        if let title = graph.metadata.title, !title.isEmpty { return title }
        return name
    }

    /// The header's date, when it has one.
    public var date: String? {
        guard let date = graph.metadata.date, !date.isEmpty else { return nil }
        return date
    }

    /// The story the article belongs to: the header's `cluster:` field.
    public var cluster: String? {
        guard let cluster = graph.metadata.extra["cluster"], !cluster.isEmpty else { return nil }
        return cluster
    }

    /// Report order: by date (undated last), then by name.
    public static func inReportOrder(_ lhs: ReportArticle, _ rhs: ReportArticle) -> Bool {
        switch (lhs.date, rhs.date) {
        case let (left?, right?) where left != right: return left < right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.name < rhs.name
        }
    }
}
