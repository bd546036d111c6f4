/// What a render produces.
public enum OutputFormat: String, CaseIterable, Sendable, Codable {
    /// Scalable, embeddable, accessible: RelGraph's main output.
    case svg
    case png
    case pdf
    /// The laid-out graph as DOT, with positions, for further Graphviz tools.
    case dot
    /// Graphviz's JSON description of the laid-out graph (positions, draw operations).
    case json

    /// Graphviz's name for the format.
    var graphvizName: String {
        switch self {
        case .svg: return "svg"
        case .png: return "png"
        case .pdf: return "pdf"
        case .dot: return "dot"
        case .json: return "json"
        }
    }
}
