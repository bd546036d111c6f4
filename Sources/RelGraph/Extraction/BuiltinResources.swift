import Foundation

/// The text of the dictionaries that ship with RelGraph (`Resources/actors.yaml`,
/// `Resources/lexicon.yaml`), verbatim.
///
/// Why: a corpus store records which extractor produced each article's stances
/// as RelGraph's version plus a fingerprint of these files, so that editing a
/// dictionary marks every stored article for `relgraph reindex`.
public enum BuiltinResources {
    /// The built-in dictionary files' texts, actors.yaml first, then lexicon.yaml.
    public static func dictionaryTexts() throws -> [String] {
        try ["actors", "lexicon"].map { name in
            guard let url = Bundle.module.url(forResource: name, withExtension: "yaml", subdirectory: "Resources") else {
                throw FormatError("the built-in \(name).yaml is missing from the RelGraph resource bundle",
                                  at: SourceLocation(file: "\(name).yaml", line: 1, column: 1))
            }
            return try String(contentsOf: url, encoding: .utf8)
        }
    }
}
