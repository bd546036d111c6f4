/// RelGraph's release, shown by `relgraph --version` and recorded with every
/// article a corpus store extracts (see `StoreExtractor`).
enum RelGraphVersion {
    static let current = "0.1.0"
}
