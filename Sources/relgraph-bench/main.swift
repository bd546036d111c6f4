import Foundation
import RelGraph
import RelGraphRender
let text = try String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8)
let graph = try TextFormatParser(fileName: CommandLine.arguments[1]).parse(text)
if CommandLine.arguments[3] == "src" { print(Renderer().dotSource(for: graph)); exit(0) }
let r = try Renderer().render(graph, options: RenderOptions(format: OutputFormat(rawValue: CommandLine.arguments[3])!))
try Data(r.data).write(to: URL(fileURLWithPath: CommandLine.arguments[2]))
print(r.plan, r.warnings)
