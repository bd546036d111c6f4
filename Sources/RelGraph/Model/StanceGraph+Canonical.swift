extension StanceGraph {
    /// The same graph with actors sorted by id and stances by key: the form in
    /// which two graphs that differ only in the order things were added compare
    /// equal (a merge of articles in another order, a diff applied to its old graph).
    public func canonicallyOrdered() -> StanceGraph {
        // Sorting a valid graph's parts cannot break its rules.
        try! StanceGraph(metadata: metadata,
                         actors: actors.sorted { $0.id < $1.id },
                         stances: stances.sorted { $0.key < $1.key })
    }
}
