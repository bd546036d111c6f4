import Foundation
import RelGraph
import RelGraphStore

/// The extractor that `ingest` and `reindex` use, with the version string they
/// record: RelGraph's release plus a fingerprint of the built-in dictionaries
/// and the user's --actors and --lexicon files, so a change to any of them
/// marks the stored articles for `relgraph reindex`.
struct StoreExtractor {
    var extractor: StanceExtractor
    var version: ExtractorVersion

    static func load(actorsFile: String?, lexiconFile: String?) throws -> StoreExtractor {
        let extractor = try ExtractorLoader.load(actorsFile: actorsFile, lexiconFile: lexiconFile)
        var texts = try BuiltinResources.dictionaryTexts()
        // Absent user files still take a slot, so "--actors X" and "--lexicon X" differ.
        texts.append(try actorsFile.map { try GraphInput.readText($0).text } ?? "")
        texts.append(try lexiconFile.map { try GraphInput.readText($0).text } ?? "")
        return StoreExtractor(extractor: extractor,
                              version: ExtractorVersion(release: RelGraphVersion.current, dictionaries: texts))
    }
}
