import Foundation

/// Writes a folder of files so that a failure never leaves a half-written
/// folder: the files go into a temporary folder beside the target, which then
/// replaces the target by renames (the old folder, if any, is moved aside
/// first and removed last). What `report --format markdown` writes its
/// pictures with.
enum OutputFolder {
    static func write(_ files: [(name: String, contents: String)], to path: String) throws {
        let target = URL(fileURLWithPath: path)
        let parent = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError("\(path): the folder \(parent.path) does not exist")
        }
        let pid = ProcessInfo.processInfo.processIdentifier
        let temporary = parent.appendingPathComponent(".\(target.lastPathComponent).\(pid).tmp")
        let aside = parent.appendingPathComponent(".\(target.lastPathComponent).\(pid).old")
        try? FileManager.default.removeItem(at: temporary)
        do {
            try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: false)
            for file in files {
                try OutputFile.write(text: file.contents, to: temporary.appendingPathComponent(file.name).path)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error is CLIError ? error : CLIError("\(path): cannot write (\(error.localizedDescription))")
        }
        let existed = FileManager.default.fileExists(atPath: target.path)
        if existed, rename(target.path, aside.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError("\(path): cannot replace (\(reason))")
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            if existed { _ = rename(aside.path, target.path) }
            try? FileManager.default.removeItem(at: temporary)
            throw CLIError("\(path): cannot write (\(reason))")
        }
        if existed { try? FileManager.default.removeItem(at: aside) }
    }
}
