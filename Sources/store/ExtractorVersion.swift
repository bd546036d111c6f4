/// Which extractor produced a stored article's stances: RelGraph's version and
/// a fingerprint of every dictionary it read (the built-in actors.yaml and
/// lexicon.yaml, and the user's --actors and --lexicon files).
///
/// Why: `relgraph reindex` re-extracts only the articles whose stances came
/// from another extractor, so editing a dictionary (or upgrading RelGraph) and
/// reindexing redoes exactly the stale articles. Stored as one string,
/// `0.1.0+3f2a9c...`, in each article's row.
public struct ExtractorVersion: Sendable, Hashable, CustomStringConvertible {
    public let string: String

    /// The version for RelGraph `release` reading `dictionaries` (the text of each
    /// dictionary file, in a fixed order: built-in ones first, then the user's).
    public init(release: String, dictionaries: [String]) {
        // A separator that cannot occur in UTF-8 text keeps ["ab", "c"] and ["a", "bc"] apart.
        let fingerprint = ContentHash.sha256(dictionaries.joined(separator: "\u{0}\u{1}"))
        string = "\(release)+\(fingerprint.prefix(16))"
    }

    /// A version read back from the database.
    public init(string: String) {
        self.string = string
    }

    public var description: String { string }
}
