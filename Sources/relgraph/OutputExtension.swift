import ArgumentParser
import Foundation

/// The check that `-o`'s extension names a format the command writes.
///
/// Why: `diff`, `merge` and `timeline` choose their format from `-o`'s
/// extension, and an extension they did not know (`-o diff.xyz`, `-o all.graph`)
/// used to fall back to the default format silently, so the file held text
/// or JSON whatever its name said. With `--format` any name is fine, and a
/// name without an extension takes the default.
enum OutputExtension {
    /// Throws a usage error naming the known extensions when `output` has an
    /// extension that is not among `known` (lower-cased, without the dot) and no
    /// `--format` was given. `described` lists them for the message, e.g.
    /// ".txt or .diff (text), .json, .md (markdown), .svg or .png".
    static func validate(_ output: String?, formatGiven: Bool, known: Set<String>, described: String) throws {
        guard !formatGiven, let output, output != "-" else { return }
        let ext = URL(fileURLWithPath: output).pathExtension.lowercased()
        guard !ext.isEmpty, !known.contains(ext) else { return }
        throw ValidationError("-o \(output): '.\(ext)' names no format this command writes; "
            + "use \(described), or choose one with --format")
    }
}
