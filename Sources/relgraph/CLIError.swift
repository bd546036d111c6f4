/// A problem the user can fix (missing file, unreadable input), printed as
/// `relgraph: <message>`; the command exits with status 1.
struct CLIError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
