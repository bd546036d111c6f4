/// Input that cannot be read as a graph, with where and what was expected, in the
/// `file:line:column: error: message` form that editors and terminals understand.
public struct FormatError: Error, Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    public var description: String { "\(location): error: \(message)" }
}
