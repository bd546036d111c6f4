import Foundation
import RelGraph

/// How each stance kind is drawn: colour says polarity, line style and arrowhead
/// say kind, so a picture reads in greyscale and for colour-blind readers too.
///
/// Colours are the Okabe-Ito blue / vermillion pair (distinguishable under the
/// common colour-vision deficiencies) and a neutral grey for `meets`.
public struct StanceStyle: Sendable, Equatable {
    public var color: String
    /// Graphviz `style`: solid, dashed, dotted, bold.
    public var lineStyle: String
    public var arrowhead: String
    public var penwidth: Double
    /// Draws two parallel lines (Graphviz colour list `c:invis:c`).
    public var doubleLine: Bool
    /// A few characters that imitate the line and arrowhead in the legend.
    public var legendGlyph: String

    public static let cooperativeColor = "#0072B2"
    public static let conflictualColor = "#D55E00"
    public static let neutralColor = "#6E6E6E"

    /// The style of `kind`.
    public static func of(_ kind: StanceKind) -> StanceStyle {
        switch kind {
        case .supports:
            return StanceStyle(color: cooperativeColor, lineStyle: "solid", arrowhead: "normal", penwidth: 1.4,
                               doubleLine: false, legendGlyph: "───▶")
        case .cooperates:
            return StanceStyle(color: cooperativeColor, lineStyle: "solid", arrowhead: "none", penwidth: 1.2,
                               doubleLine: true, legendGlyph: "═══")
        case .meets:
            return StanceStyle(color: neutralColor, lineStyle: "dashed", arrowhead: "none", penwidth: 1.2,
                               doubleLine: false, legendGlyph: "╌╌╌")
        case .opposes:
            return StanceStyle(color: conflictualColor, lineStyle: "solid", arrowhead: "tee", penwidth: 1.4,
                               doubleLine: false, legendGlyph: "───┤")
        case .threatens:
            return StanceStyle(color: conflictualColor, lineStyle: "dashed", arrowhead: "vee", penwidth: 1.4,
                               doubleLine: false, legendGlyph: "╌╌╌>")
        case .coerces:
            return StanceStyle(color: conflictualColor, lineStyle: "solid", arrowhead: "box", penwidth: 2.0,
                               doubleLine: false, legendGlyph: "━━━■")
        case .attacks:
            return StanceStyle(color: conflictualColor, lineStyle: "bold", arrowhead: "normal", penwidth: 2.8,
                               doubleLine: false, legendGlyph: "━━━▶")
        }
    }

    /// Width for a stance stated `count` times: thicker with more statements, capped
    /// so a merged corpus graph stays readable.
    public func penwidth(count: Int) -> Double {
        guard count > 1 else { return penwidth }
        return penwidth + min(3.0, log2(Double(count)))
    }
}
