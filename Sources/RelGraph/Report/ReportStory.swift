/// Articles of one story in date order, and what changed from each to the next.
public struct ReportStory: Sendable, Hashable {
    /// What changed between two consecutive articles of a story.
    public struct Step: Sendable, Hashable {
        /// Indices into `ReportDocument.articles`.
        public var old: Int
        public var new: Int
        public var diff: GraphDiff
    }

    /// The `cluster:` shared by the articles; nil when the inputs had none and
    /// all form one story.
    public var cluster: String?
    /// Indices into `ReportDocument.articles`, in date order.
    public var articles: [Int]
    /// One step per pair of consecutive articles.
    public var steps: [Step]
}
