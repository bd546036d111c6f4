/// Choices a user makes about a picture; everything has a sensible default.
public struct RenderOptions: Sendable, Equatable {
    public var format: OutputFormat
    /// nil chooses by graph size (see `LayoutPlan`).
    public var engine: LayoutEngine?
    /// The caption; nil uses the graph's own title, when it has one.
    public var title: String?
    public var edgeLabels: EdgeLabelPolicy
    /// Keep Graphviz's fixed `width`/`height` in points on the SVG root instead of
    /// scaling by the viewBox alone.
    public var fixedSize: Bool
    /// Draw the legend of kinds present.
    public var legend: Bool

    public init(format: OutputFormat = .svg, engine: LayoutEngine? = nil, title: String? = nil,
                edgeLabels: EdgeLabelPolicy = .auto, fixedSize: Bool = false, legend: Bool = true) {
        self.format = format
        self.engine = engine
        self.title = title
        self.edgeLabels = edgeLabels
        self.fixedSize = fixedSize
        self.legend = legend
    }
}
