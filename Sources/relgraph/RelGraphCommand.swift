import ArgumentParser
import Foundation

/// `relgraph`: stance graphs from the command line. Each subcommand only parses
/// its arguments and calls the RelGraph libraries.
@main
struct RelGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relgraph",
        abstract: "Draw who stands where: stance graphs between states, armed groups and organisations.",
        version: RelGraphVersion.current,
        subcommands: [RenderCommand.self, ConvertCommand.self, ExtractCommand.self, EvalCommand.self,
                      DiffCommand.self, MergeCommand.self, TimelineCommand.self,
                      IngestCommand.self, QueryCommand.self, ReindexCommand.self,
                      ReportCommand.self]
    )

    /// The commands that keep diff(1)'s exit statuses: for `diff` 1 means "the
    /// inputs differ", so every kind of trouble, usage errors included, is 2;
    /// `merge` and `timeline` read the same inputs and report trouble the same
    /// way, so a script that runs all three checks one status.
    static let diffStatusCommands: Set<String> = ["diff", "merge", "timeline"]

    /// ArgumentParser's own entry point, except that `diff`, `merge` and
    /// `timeline` exit with 2 on usage errors (64 elsewhere), as on any other
    /// trouble (see `diffStatusCommands`).
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if let name = arguments.first, diffStatusCommands.contains(name), code != .success, code.rawValue != 1 {
                let message = fullMessage(for: error)
                if !message.isEmpty { StandardError.write(message + "\n") }
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
