import RelGraph

extension TimelinePicture {
    /// The chart of a computed `PairTimeline`: one column per entry (every
    /// article, also those that say nothing about the pair, so gaps show), in
    /// the timeline's order (by date, undated last).
    ///
    /// Why the mapping lives here: `PairTimeline` is the model the text, JSON
    /// and Markdown views share; the chart shows the same entries. Stances from
    /// the first actor towards the second, and symmetric ones (meets,
    /// cooperates) either way, are filled marks; the second's towards the first
    /// are hollow. A stance stated N times in an article counts N (`×N`).
    /// No evidence reaches the chart: marks name the article, date and stance.
    public init(timeline: PairTimeline, title: String? = nil) {
        let rows = timeline.entries.map { entry -> Row in
            var kinds: [StanceKind] = []
            var reverse: [StanceKind] = []
            for stance in entry.stances {
                let repeated = Array(repeating: stance.kind, count: max(1, stance.count))
                if stance.source == timeline.first || stance.kind.isSymmetric {
                    kinds += repeated
                } else {
                    reverse += repeated
                }
            }
            // An undated article (sorted last) says so, rather than showing its position.
            return Row(date: entry.date ?? "undated", article: entry.article, kinds: kinds, reverseKinds: reverse)
        }
        self.init(source: timeline.first, target: timeline.second, rows: rows, title: title)
    }
}
