/// How the diff picture draws each kind of change. Colour alone must not carry
/// the meaning (about one reader in twelve does not see red and green apart), so
/// every status pairs its colour with a line pattern, a weight and a text
/// marker on the label, and the picture still reads in greyscale:
///
/// | status    | colour (Okabe-Ito)     | line                  | label           |
/// |-----------|------------------------|-----------------------|-----------------|
/// | added     | bluish green `#009E73` | solid, heavier        | `+ opposes`     |
/// | removed   | vermillion `#D55E00`   | dashed, translucent   | `− opposes`     |
/// | changed   | orange `#E69F00`       | dotted, heavier       | `meets -> opposes` |
/// | unchanged | light grey `#BDBDBD`   | solid, thin           | `opposes`       |
///
/// Under deuteranopia the green turns a mid grey-brown, so unchanged stances
/// are a light grey and thin: added ones stay darker and heavier. Removed and
/// changed (both yellowish then) differ by dashes against dots and the label.
/// Arrowheads stay those of the stance kind (`tee` for opposes ...), so the
/// kind is still visible without labels.
public struct DiffStyle: Sendable, Equatable {
    /// Line colour (with alpha for ghosted stances).
    public var color: String
    /// Label colour: darker than the line where the line colour is too light
    /// for text on white (orange, grey).
    public var textColor: String
    /// Graphviz `style`: solid, dashed or dotted.
    public var lineStyle: String
    /// Added to the kind's pen width.
    public var extraWidth: Double
    /// Text put before the kind in the edge label ("+ ", "− ") so the change reads without colour.
    public var labelMarker: String
    /// A few characters that imitate the line in the legend.
    public var legendGlyph: String

    public static let addedColor = "#009E73"
    public static let removedColor = "#D55E00"
    public static let changedColor = "#E69F00"
    public static let unchangedColor = "#BDBDBD"

    /// The style of `status`.
    public static func of(_ status: DiffPicture.EdgeStatus) -> DiffStyle {
        switch status {
        case .added:
            return DiffStyle(color: addedColor, textColor: "#007A59", lineStyle: "solid", extraWidth: 0.9,
                             labelMarker: "+ ", legendGlyph: "━━━▶")
        case .removed:
            return DiffStyle(color: removedColor + "99", textColor: "#B84F00", lineStyle: "dashed", extraWidth: 0,
                             labelMarker: "− ", legendGlyph: "╌╌╌▷")
        case .changed:
            return DiffStyle(color: changedColor, textColor: "#9A6500", lineStyle: "dotted", extraWidth: 0.8,
                             labelMarker: "", legendGlyph: "┈┈┈▶")
        case .unchanged:
            return DiffStyle(color: unchangedColor, textColor: "#707070", lineStyle: "solid", extraWidth: 0,
                             labelMarker: "", legendGlyph: "───▶")
        }
    }

    /// Border colour, border style addition and pen width of an actor with `status`:
    /// added actors get a heavy green border, removed ones a dashed vermillion one
    /// over a faded fill, kept ones their usual look.
    static func actor(_ status: DiffPicture.ActorStatus) -> (border: String?, dashed: Bool, penwidth: Double?, faded: Bool) {
        switch status {
        case .added: return (addedColor, false, 2.6, false)
        case .removed: return (removedColor, true, 1.8, true)
        case .kept: return (nil, false, nil, false)
        }
    }

    /// Legend glyphs for actor statuses, in the status colour.
    static func actorGlyph(_ status: DiffPicture.ActorStatus) -> (glyph: String, color: String) {
        switch status {
        case .added: return ("▣", addedColor)
        case .removed: return ("⬚", removedColor)
        case .kept: return ("▢", "#3B4B5C")
        }
    }
}
