import ArgumentParser

/// `relgraph`: stance graphs from the command line. Each subcommand only parses
/// its arguments and calls the RelGraph libraries.
@main
struct RelGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relgraph",
        abstract: "Draw who stands where: stance graphs between states, armed groups and organisations.",
        version: "0.1.0",
        subcommands: [RenderCommand.self, ConvertCommand.self, ExtractCommand.self, EvalCommand.self]
    )
}
