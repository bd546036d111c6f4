import ArgumentParser

/// `--actors FILE` and `--lexicon FILE`, shared by every command that reads
/// articles (extract, eval, ingest, reindex, report), so they mean the same
/// everywhere.
struct DictionaryOptions: ParsableArguments {
    @Option(help: "A YAML actor dictionary that adds to or overrides the built-in one.")
    var actors: String?

    @Option(help: "A YAML stance lexicon that adds to the built-in one.")
    var lexicon: String?
}
