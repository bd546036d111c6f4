/// A Markdown report and the picture files it links to, ready to be written
/// side by side: `report.md` and `report-files/overview.svg` ...
public struct MarkdownReport: Sendable, Hashable {
    /// A file of the folder beside the report.
    public struct File: Sendable, Hashable {
        /// The file name inside the folder (`article-1.svg`).
        public var name: String
        public var contents: String
    }

    public var markdown: String
    /// The folder's name, as the links use it (`report-files`).
    public var folder: String
    public var files: [File]
}
