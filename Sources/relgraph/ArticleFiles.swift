import Foundation

/// The article files that `extract` and `ingest` were given: files as named,
/// and folders walked into every subfolder for their `.txt` files.
///
/// Why recursive and counted: corpora arrive as trees (`2016/08/...`) and
/// with upper-case extensions (`.TXT` from Windows tools); reading only the
/// top folder's lower-case `.txt` silently left most of such a corpus out. The
/// walk is deterministic (files in byte order of their path within the
/// folder), `.txt` matches in any case, and every other file is counted so the
/// commands can say how many they left out. Hidden files and folders (a name
/// starting with `.`) are ignored, as a shell's `*` ignores them; a folder
/// reached twice through symbolic links is walked once.
struct ArticleFiles {
    /// One article file, with where it sits under the folder it was found in.
    struct Entry: Equatable {
        var path: String
        /// The subfolder of the named folder holding it (`2016/08`), empty for a
        /// file named directly or at the folder's top: where `extract` writes its graph.
        var subfolder: String
    }

    var entries: [Entry]
    /// Per named folder that had any, how many of its files are not `.txt`.
    var skipped: [(folder: String, count: Int)] = []

    var paths: [String] { entries.map(\.path) }

    /// The articles in `inputs` (`-` is standard input, kept as is); an input
    /// that does not exist is refused before anything is read or created.
    static func list(_ inputs: [String]) throws -> ArticleFiles {
        var files = ArticleFiles(entries: [])
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard input == "-" || FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw CLIError("\(input): no such file or folder")
            }
            guard input != "-", isDirectory.boolValue else {
                files.entries.append(Entry(path: input, subfolder: ""))
                continue
            }
            var found: [(relative: String, path: String)] = []
            var skipped = 0
            var visited = Set<String>()
            try walk(input, relative: "", into: &found, skipped: &skipped, visited: &visited)
            guard !found.isEmpty else {
                let others = skipped > 0 ? " (\(skipped) other file(s))" : ""
                throw CLIError("\(input): no .txt articles in this folder or its subfolders\(others)")
            }
            for file in found.sorted(by: { Array($0.relative.utf8).lexicographicallyPrecedes(Array($1.relative.utf8)) }) {
                let subfolder = (file.relative as NSString).deletingLastPathComponent
                files.entries.append(Entry(path: file.path, subfolder: subfolder))
            }
            if skipped > 0 { files.skipped.append((input, skipped)) }
        }
        return files
    }

    /// Tells standard error how many files of each folder were left out.
    func reportSkipped() {
        for (folder, count) in skipped {
            FileHandle.standardError.write(Data("relgraph: \(folder): skipped \(count) file(s) that are not .txt articles\n".utf8))
        }
    }

    /// Whether `name` is an article file's name: `.txt` in any case.
    static func isArticle(_ name: String) -> Bool {
        name.lowercased().hasSuffix(".txt") && name.count > 4
    }

    private static func walk(_ folder: String, relative: String, into found: inout [(relative: String, path: String)],
                             skipped: inout Int, visited: inout Set<String>) throws {
        guard visited.insert(URL(fileURLWithPath: folder).resolvingSymlinksInPath().path).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw CLIError("\(folder): cannot list this folder (check its permissions)")
        }
        for name in names where !name.hasPrefix(".") {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            let relativePath = relative.isEmpty ? name : relative + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                skipped += 1 // a dangling link
                continue
            }
            if isDirectory.boolValue {
                try walk(path, relative: relativePath, into: &found, skipped: &skipped, visited: &visited)
            } else if isArticle(name) {
                found.append((relativePath, path))
            } else {
                skipped += 1
            }
        }
    }
}
