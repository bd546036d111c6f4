import Foundation

/// What the figures depend on, printed above them so a run can be compared with
/// another one: build mode, compiler, Graphviz version, cores, CPU, OS.
struct MachineFacts {
    var buildMode: String
    var compiler: String
    var graphviz: String
    var cores: String
    var cpu: String
    var system: String
    var memory: String

    init(graphvizVersion: String) {
        #if DEBUG
        buildMode = "debug (figures are not meaningful: use swift run -c release)"
        #else
        buildMode = "release"
        #endif
        #if compiler(>=6.3)
        compiler = "Swift 6.3 or later"
        #elseif compiler(>=6.2)
        compiler = "Swift 6.2"
        #elseif compiler(>=6.1)
        compiler = "Swift 6.1"
        #else
        compiler = "Swift 6.0"
        #endif
        graphviz = "\(graphvizVersion) (gvcVersion, libgvc in-process)"
        let info = ProcessInfo.processInfo
        cores = "\(info.activeProcessorCount) active of \(info.processorCount)"
        cpu = Self.cpuModel() ?? "unknown"
        system = info.operatingSystemVersionString
        memory = String(format: "%.1f GB", Double(info.physicalMemory) / 1_073_741_824)
    }

    var table: TextTable {
        var table = TextTable(["machine", ""])
        table.add(["build mode", buildMode])
        table.add(["compiler", compiler])
        table.add(["Graphviz", graphviz])
        table.add(["cores", cores])
        table.add(["CPU", cpu])
        table.add(["OS", system])
        table.add(["memory", memory])
        return table
    }

    /// The first "model name" in /proc/cpuinfo (Linux); nil elsewhere.
    private static func cpuModel() -> String? {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("model name") {
            if let colon = line.firstIndex(of: ":") {
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }
}
