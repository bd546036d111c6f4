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
}
