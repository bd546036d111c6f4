/// What a report shows, composed once and then written as HTML or Markdown:
/// the articles in date order, the stories they form, the changes along each
/// story, and an overview graph of everything.
///
/// Why pure and apart from the writers: ordering, grouping and diffing decide
/// what a reader sees and must be the same in every format; they are tested
/// here without rendering anything.
///
/// A story is the articles that share the header's `cluster:` field; when no
/// article has one, all inputs are one story (articles without a cluster beside
/// ones with it form a story of their own). Diffs run between consecutive
/// articles of a story only.
public struct ReportDocument: Sendable, Hashable {
    public var title: String
    /// In date order (undated last), then by name.
    public var articles: [ReportArticle]
    /// In the order of their first article.
    public var stories: [ReportStory]
    /// All articles merged (`GraphMerger`): the report's first picture.
    public var overview: StanceGraph

    /// - Parameters:
    ///   - evidencePerStance: quotes the overview keeps per stance.
    public init(title: String, articles: [ReportArticle], evidencePerStance: Int = 3) {
        self.title = title
        let ordered = articles.sorted(by: ReportArticle.inReportOrder)
        self.articles = ordered

        var order: [String?] = []
        var members: [String?: [Int]] = [:]
        for (index, article) in ordered.enumerated() {
            if members[article.cluster] == nil { order.append(article.cluster) }
            members[article.cluster, default: []].append(index)
        }
        stories = order.map { cluster in
            let indices = members[cluster]!
            let steps = zip(indices, indices.dropFirst()).map { old, new in
                ReportStory.Step(old: old, new: new, diff: GraphDiff(old: ordered[old].graph, new: ordered[new].graph))
            }
            return ReportStory(cluster: cluster, articles: indices, steps: steps)
        }

        var merger = GraphMerger(evidenceLimit: evidencePerStance)
        for article in ordered { merger.add(article.graph, article: article.name) }
        var overview = merger.result()
        overview.metadata.title = title
        self.overview = overview
    }

    /// The first and last dates of the articles, when any is dated.
    public var dateRange: (first: String, last: String)? {
        let dates = articles.compactMap(\.date)
        guard let first = dates.min(), let last = dates.max() else { return nil }
        return (first, last)
    }

    /// Every picture the report shows, in reading order: what a renderer must draw.
    public var pictureKeys: [ReportPictureKey] {
        var keys: [ReportPictureKey] = [.overview]
        for story in stories {
            for (position, index) in story.articles.enumerated() {
                keys.append(.article(index))
                if position < story.steps.count {
                    keys.append(.diff(old: story.steps[position].old, new: story.steps[position].new))
                }
            }
        }
        return keys
    }
}
