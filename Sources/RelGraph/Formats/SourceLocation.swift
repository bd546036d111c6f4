/// A place in an input file, 1-based, so errors can say `seed.rg:4:12`.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file's name as the user gave it, or `<stdin>`.
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}
