/// Choices a user makes about diff and side-by-side pictures; every default
/// gives a picture fit for a report.
public struct DiffRenderOptions: Sendable, Equatable {
    /// The engine that lays out the union once; nil chooses by the union's size
    /// as `LayoutPlan` does (dot for article-sized graphs, neato, then sfdp).
    public var engine: LayoutEngine?
    /// Kind (and change) written on each edge; `auto` drops them for large unions.
    public var edgeLabels: EdgeLabelPolicy
    /// Caption of the diff picture; nil joins the two titles ("A → B").
    public var title: String?
    /// Draw the legend (with the counts of each change) under the picture.
    public var legend: Bool
    /// Show the edges' evidence quotes on hover. Off, a tooltip only names the
    /// actors, the kind and the change: for pictures published where the quotes
    /// may not be.
    public var evidenceTooltips: Bool
    /// Keep Graphviz's fixed `width`/`height` in points instead of scaling by the viewBox.
    public var fixedSize: Bool

    public init(engine: LayoutEngine? = nil, edgeLabels: EdgeLabelPolicy = .auto, title: String? = nil,
                legend: Bool = true, evidenceTooltips: Bool = true, fixedSize: Bool = false) {
        self.engine = engine
        self.edgeLabels = edgeLabels
        self.title = title
        self.legend = legend
        self.evidenceTooltips = evidenceTooltips
        self.fixedSize = fixedSize
    }
}
