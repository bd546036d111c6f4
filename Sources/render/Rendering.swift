/// The result of a render: the file's bytes, the plan that drew it, and any
/// warnings Graphviz gave (captured rather than printed).
public struct Rendering: Sendable {
    public var data: [UInt8]
    public var plan: LayoutPlan
    public var warnings: [String]

    /// The output as text, for SVG, DOT and JSON.
    public var text: String { String(decoding: data, as: UTF8.self) }
}
