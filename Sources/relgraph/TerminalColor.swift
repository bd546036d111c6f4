import Foundation

/// Whether a command's text output should be coloured: only on a terminal, never
/// when piped or written to a file, and never when the user said no (`--no-color`,
/// or the `NO_COLOR` convention, or a dumb terminal).
enum TerminalColor {
    static func enabled(noColor: Bool, output: String?) -> Bool {
        guard !noColor, output == nil || output == "-", OutputFile.standardOutputIsTerminal else { return false }
        let environment = ProcessInfo.processInfo.environment
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }
}
