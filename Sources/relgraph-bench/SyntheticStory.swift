import RelGraph

/// Article graphs of one long-running story, for the merge memory check.
///
/// Why a story and not random pairs: a real story has a cast (a few dozen
/// actors) and a set of relations between them that repeat from article to
/// article; after a few hundred articles a merge sees almost no new stance.
/// Random pairs over a pool keep creating new stances for thousands of
/// articles, so a merge's peak memory grows with its (legitimately larger)
/// result, and that hid whether the merge itself keeps anything per article.
/// Here the cast is 40 actors and the relations 160 pairs, each with one or
/// two habitual kinds and a rare third: the merged graph stops growing at
/// about 400 stances, within the first tenth of a 10,000-article stream.
struct SyntheticStory {
    struct Relation {
        var source: Actor
        var target: Actor
        /// The usual kinds of the relation.
        var kinds: [StanceKind]
        /// The kind an article reports one time in fifty instead.
        var rare: StanceKind
    }

    let cast: [Actor]
    let relations: [Relation]
    let seed: UInt64

    init(cast: [Actor], seed: UInt64, relationCount: Int = 160) {
        self.cast = cast
        self.seed = seed
        var generator = SeededGenerator(seed: seed &+ 7)
        var relations: [Relation] = []
        var seen = Set<[String]>()
        while relations.count < relationCount {
            let source = generator.pick(cast)
            let target = generator.pick(cast)
            guard source.id != target.id, seen.insert([source.id, target.id]).inserted else { continue }
            var kinds = [generator.pick(StanceKind.allCases)]
            if generator.chance(0.5) {
                let other = generator.pick(StanceKind.allCases)
                if other != kinds[0] { kinds.append(other) }
            }
            var rare = generator.pick(StanceKind.allCases)
            while kinds.contains(rare) { rare = generator.pick(StanceKind.allCases) }
            relations.append(Relation(source: source, target: target, kinds: kinds, rare: rare))
        }
        self.relations = relations
    }

    /// Article `number`: 10-25 stances on the story's relations (a habitual
    /// kind, one time in fifty the relation's rare one), 0-2 quotes each, a
    /// date in 2016-2018.
    func article(number: Int) throws -> StanceGraph {
        var generator = SeededGenerator(seed: seed &+ UInt64(number) &* 0x9E37_79B9)
        let date = "201\(generator.int(in: 6...8))-0\(generator.int(in: 1...9))-1\(generator.int(in: 0...9))"
        var graph = StanceGraph(metadata: GraphMetadata(title: "Synthetic article \(number + 1)", date: date))
        let target = generator.int(in: 10...25)
        var attempts = 0
        while graph.stances.count < target, attempts < 200 {
            attempts += 1
            let relation = generator.pick(relations)
            let kind = generator.chance(0.02) ? relation.rare : generator.pick(relation.kinds)
            for actor in [relation.source, relation.target] where graph.actor(id: actor.id) == nil {
                try graph.addActor(actor)
            }
            let key = StanceKey(source: relation.source.id, target: relation.target.id, kind: kind)
            guard graph.stance(for: key) == nil else { continue }
            let evidence = (0..<generator.int(in: 0...2)).map { _ in
                Evidence(text: SyntheticText.evidence(relation.source.name, kind, relation.target.name, using: &generator),
                         article: "article-\(number)", date: date, rule: "synthetic")
            }
            try graph.addStance(Stance(source: relation.source.id, target: relation.target.id, kind: kind, evidence: evidence))
        }
        return graph
    }
}
