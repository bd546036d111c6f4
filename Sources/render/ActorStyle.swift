import RelGraph

/// How each actor kind is drawn: shape tells states from armed groups and
/// organisations at a glance; fills are light so edge colours stay dominant.
public struct ActorStyle: Sendable, Equatable {
    public var shape: String
    public var style: String
    public var fillColor: String
    public var borderColor: String
    /// A character that stands for the shape in the legend.
    public var legendGlyph: String

    /// The style of `kind`.
    public static func of(_ kind: ActorKind) -> ActorStyle {
        switch kind {
        case .state:
            return ActorStyle(shape: "box", style: "rounded,filled", fillColor: "#EEF3F8", borderColor: "#3B4B5C", legendGlyph: "▢")
        case .armedGroup:
            return ActorStyle(shape: "hexagon", style: "filled", fillColor: "#FBEFE6", borderColor: "#5C3B2E", legendGlyph: "⬡")
        case .organisation:
            return ActorStyle(shape: "ellipse", style: "filled", fillColor: "#EEF6EE", borderColor: "#2F5130", legendGlyph: "○")
        case .faction:
            return ActorStyle(shape: "box", style: "rounded,filled,dashed", fillColor: "#F4F1F8", borderColor: "#46395C", legendGlyph: "⬚")
        case .person:
            return ActorStyle(shape: "plain", style: "filled", fillColor: "#FFFFFF", borderColor: "#333333", legendGlyph: "•")
        case .unknown:
            return ActorStyle(shape: "ellipse", style: "filled,dashed", fillColor: "#F5F5F5", borderColor: "#555555", legendGlyph: "◌")
        }
    }
}
