/// Whether edges carry their kind as a text label. Labels make a small graph
/// self-explanatory but become extra nodes in dot's layout, which is what makes
/// large graphs slow and cluttered; `auto` drops them by size.
public enum EdgeLabelPolicy: String, CaseIterable, Sendable, Codable {
    case auto
    case on
    case off
}
