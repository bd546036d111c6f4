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

    /// ArgumentParser's own entry point, except that `diff` keeps diff(1)'s exit
    /// statuses: 1 means "the inputs differ", so its usage errors (64 elsewhere)
    /// and any other trouble exit with 2.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if arguments.first == "diff", code != .success, code.rawValue != 1 {
                let message = fullMessage(for: error)
                if !message.isEmpty { StandardError.write(message + "\n") }
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
