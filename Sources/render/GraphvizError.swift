/// What went wrong inside Graphviz, with Graphviz's own messages (captured, never
/// printed) and what a user can do about it.
public enum GraphvizError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The layout plugins are not registered (Debian's libgvc6 post-install step did not run).
    case pluginsNotConfigured(messages: [String])
    /// Graphviz could not read the DOT text.
    case invalidDOT(messages: [String])
    /// The layout engine is unknown to this Graphviz or failed.
    case layoutFailed(engine: String, messages: [String])
    /// The output format is not provided by the installed plugins.
    case unsupportedFormat(format: String, messages: [String])
    /// Rendering failed for another reason.
    case renderFailed(format: String, messages: [String])

    public var description: String {
        switch self {
        case .pluginsNotConfigured(let messages):
            return "Graphviz's plugins are not registered, so no layout can run. Run `dot -c` as root once "
                + "(Debian's libgvc6 does this when installed)." + Self.detail(messages)
        case .invalidDOT(let messages):
            return "Graphviz could not read the graph." + Self.detail(messages)
        case .layoutFailed(let engine, let messages):
            return "Graphviz layout '\(engine)' failed." + Self.detail(messages)
        case .unsupportedFormat(let format, let messages):
            return "this Graphviz installation cannot write '\(format)'." + Self.detail(messages)
        case .renderFailed(let format, let messages):
            return "Graphviz could not render '\(format)'." + Self.detail(messages)
        }
    }

    private static func detail(_ messages: [String]) -> String {
        messages.isEmpty ? "" : " Graphviz said: " + messages.joined(separator: " / ")
    }
}
