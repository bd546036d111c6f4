/// The Graphviz layout engines RelGraph offers.
public enum LayoutEngine: String, CaseIterable, Sendable, Codable {
    /// Layered drawing; the clearest for article-sized graphs, slow for large ones.
    case dot
    /// Spring model; fine up to a few hundred nodes.
    case neato
    /// Force-directed; like neato with different forces.
    case fdp
    /// Multiscale force-directed; the one that stays fast for thousands of nodes.
    case sfdp
    /// Circular layout; good for small dense graphs. (Graphviz 2.42's circo
    /// crashed after some dozens of layouts in one process; `GraphvizContext`
    /// now clears the stale cache that caused it before each circo layout.)
    case circo
}
