import Foundation
import RelGraph

/// Builds the extractor from the built-in dictionaries plus the user's own
/// `--actors` and `--lexicon` files, which add to or override the built-in ones.
enum ExtractorLoader {
    static func load(actorsFile: String?, lexiconFile: String?) throws -> StanceExtractor {
        var dictionary = try ActorDictionary.builtin()
        if let actorsFile {
            let (text, name) = try GraphInput.readText(actorsFile)
            dictionary = dictionary.merging(try ActorDictionary(yaml: text, fileName: name))
        }
        return StanceExtractor(dictionary: dictionary, lexicon: try lexicon(lexiconFile: lexiconFile))
    }

    /// The built-in lexicon plus the user's `--lexicon` file; also what a report's
    /// highlighter learns irregular verb forms from.
    static func lexicon(lexiconFile: String?) throws -> StanceLexicon {
        var lexicon = try StanceLexicon.builtin()
        if let lexiconFile {
            let (text, name) = try GraphInput.readText(lexiconFile)
            lexicon = lexicon.merging(try StanceLexicon(yaml: text, fileName: name))
        }
        return lexicon
    }

    /// The article in `path` (or standard input), with its file name, minus
    /// extension, as its id.
    static func article(at path: String) throws -> Article {
        let (text, _) = try GraphInput.readText(path)
        return Article.parse(text, id: articleID(path))
    }

    /// The id of the article in `path`: its file name without extension (`stdin`
    /// for `-`). It names the article in evidence and its graph file in a batch.
    static func articleID(_ path: String) -> String {
        path == "-" ? "stdin" : URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    }

    /// Article files given as files or folders (their `.txt` files, sorted).
    static func articlePaths(_ inputs: [String]) throws -> [String] {
        var paths: [String] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            if input != "-", FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = try FileManager.default.contentsOfDirectory(atPath: input)
                    .filter { $0.hasSuffix(".txt") }
                    .sorted()
                guard !names.isEmpty else { throw CLIError("\(input): no .txt articles in this folder") }
                paths += names.map { URL(fileURLWithPath: input).appendingPathComponent($0).path }
            } else {
                paths.append(input)
            }
        }
        return paths
    }
}
