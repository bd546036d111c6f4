import XCTest
@testable import RelGraph

final class StanceGraphTests: XCTestCase {
    private func threeActors() -> StanceGraph {
        try! StanceGraph(actors: [
            Actor(id: "TUR", name: "Turkey", kind: .state, aliases: ["Ankara", "Turkish"]),
            Actor(id: "US", name: "The United States", kind: .state, aliases: ["America"]),
            Actor(id: "KURDS", name: "Kurds", kind: .armedGroup),
        ], stances: [])
    }

    private func assertGraphError(_ expected: GraphError, file: StaticString = #filePath, line: UInt = #line,
                                  _ body: () throws -> Void) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            XCTAssertEqual(error as? GraphError, expected, file: file, line: line)
        }
    }

    // MARK: Actors

    func testActorsKeepInsertionOrderAndAreFoundByID() throws {
        var graph = StanceGraph()
        try graph.addActor(Actor(id: "B"))
        try graph.addActor(Actor(id: "A"))
        try graph.addActor(Actor(id: "C"))
        XCTAssertEqual(graph.actors.map(\.id), ["B", "A", "C"])
        XCTAssertEqual(graph.actor(id: "A")?.id, "A")
        XCTAssertNil(graph.actor(id: "a"), "actor(id:) is exact")
        XCTAssertNil(graph.actor(id: "D"))
    }

    func testActorIDsAreUnique() throws {
        var graph = threeActors()
        assertGraphError(.duplicateActor(id: "TUR")) { try graph.addActor(Actor(id: "TUR", name: "Other")) }
        XCTAssertEqual(graph.actors.count, 3)
        XCTAssertEqual(graph.actor(id: "TUR")?.name, "Turkey", "the first actor is kept")
        // Ids are case-sensitive: "tur" is a different id.
        XCTAssertNoThrow(try graph.addActor(Actor(id: "tur")))
        assertGraphError(.duplicateActor(id: "A")) {
            _ = try StanceGraph(actors: [Actor(id: "A"), Actor(id: "B"), Actor(id: "A")], stances: [])
        }
    }

    func testEmptyActorIDIsRejected() {
        var graph = StanceGraph()
        assertGraphError(.emptyActorID) { try graph.addActor(Actor(id: "")) }
        XCTAssertTrue(graph.actors.isEmpty)
    }

    func testUpdateActorKeepsPlace() throws {
        var graph = threeActors()
        try graph.updateActor(Actor(id: "US", name: "USA", kind: .state))
        XCTAssertEqual(graph.actors.map(\.id), ["TUR", "US", "KURDS"])
        XCTAssertEqual(graph.actor(id: "US")?.name, "USA")
        XCTAssertEqual(graph.resolveActor("usa")?.id, "US")
        assertGraphError(.unknownActor(id: "RU", stance: "update")) { try graph.updateActor(Actor(id: "RU")) }
    }

    func testResolveActorByIDNameAliasIgnoringCaseAndThe() {
        let graph = threeActors()
        XCTAssertEqual(graph.resolveActor("TUR")?.id, "TUR")
        XCTAssertEqual(graph.resolveActor("tur")?.id, "TUR")
        XCTAssertEqual(graph.resolveActor("Turkey")?.id, "TUR")
        XCTAssertEqual(graph.resolveActor("TURKEY")?.id, "TUR")
        XCTAssertEqual(graph.resolveActor("the Turkey")?.id, "TUR")
        XCTAssertEqual(graph.resolveActor("ankara")?.id, "TUR")
        XCTAssertEqual(graph.resolveActor("United States")?.id, "US", "the name's own 'The' is ignored")
        XCTAssertEqual(graph.resolveActor("the united  states")?.id, "US")
        XCTAssertEqual(graph.resolveActor("The America")?.id, "US")
        XCTAssertEqual(graph.resolveActor("the kurds")?.id, "KURDS")
        XCTAssertNil(graph.resolveActor("Kurdish"))
        XCTAssertNil(graph.resolveActor("Turk"))
        XCTAssertNil(graph.resolveActor(""))
    }

    func testResolveActorPrefersExactIDOverAnotherActorsName() throws {
        let graph = try StanceGraph(actors: [
            Actor(id: "A", name: "B"),
            Actor(id: "B", name: "Bravo"),
        ], stances: [])
        XCTAssertEqual(graph.resolveActor("B")?.id, "B")
        // Without an exact id, the first actor (in order) that has the name wins.
        XCTAssertEqual(graph.resolveActor("b")?.id, "A")
    }

    func testActorNamedReturnsExistingActor() {
        var graph = threeActors()
        XCTAssertEqual(graph.actor(named: "the Turkish").id, "TUR")
        XCTAssertEqual(graph.actor(named: "kurds").id, "KURDS")
        XCTAssertEqual(graph.actors.count, 3)
    }

    func testActorNamedCreatesActorWithDerivedID() {
        var graph = threeActors()
        let created = graph.actor(named: "Saudi Arabia")
        XCTAssertEqual(created, Actor(id: "Saudi-Arabia", name: "Saudi Arabia", kind: .unknown))
        XCTAssertEqual(graph.actors.last, created)
        XCTAssertEqual(graph.actors.count, 4)
        // Asking again finds it, by name or by id, instead of creating another.
        XCTAssertEqual(graph.actor(named: "saudi arabia").id, "Saudi-Arabia")
        XCTAssertEqual(graph.actor(named: "Saudi-Arabia").id, "Saudi-Arabia")
        XCTAssertEqual(graph.actors.count, 4)
    }

    func testActorNamedAvoidsIDCollisions() throws {
        var graph = try StanceGraph(actors: [
            Actor(id: "Saudi-Arabia", name: "KSA"),
            Actor(id: "Saudi-Arabia-2", name: "Riyadh"),
        ], stances: [])
        // "Saudi Arabia." is not a name of any actor, but its derived id is taken twice over.
        let created = graph.actor(named: "Saudi Arabia.")
        XCTAssertEqual(created.id, "Saudi-Arabia-3")
        XCTAssertEqual(created.name, "Saudi Arabia.")
        let punctuation = graph.actor(named: "?!")
        XCTAssertEqual(punctuation.id, "actor")
        XCTAssertEqual(graph.actor(named: "...").id, "actor-2")
        XCTAssertEqual(Set(graph.actors.map(\.id)).count, graph.actors.count)
        // The created actors are fully registered: stances may use them.
        XCTAssertNoThrow(try graph.addStance(Stance(source: "actor", target: "Saudi-Arabia-3", kind: .meets)))
    }

    // MARK: Stances

    func testStancesMustJoinKnownActors() {
        var graph = threeActors()
        assertGraphError(.unknownActor(id: "RUS", stance: "RUS attacks TUR")) {
            try graph.addStance(Stance(source: "RUS", target: "TUR", kind: .attacks))
        }
        assertGraphError(.unknownActor(id: "RUS", stance: "TUR attacks RUS")) {
            try graph.addStance(Stance(source: "TUR", target: "RUS", kind: .attacks))
        }
        // Names are not ids: stances refer to ids only.
        assertGraphError(.unknownActor(id: "Turkey", stance: "Turkey opposes KURDS")) {
            try graph.addStance(Stance(source: "Turkey", target: "KURDS", kind: .opposes))
        }
        XCTAssertTrue(graph.stances.isEmpty)
    }

    func testStancesMustJoinDifferentActors() {
        var graph = threeActors()
        assertGraphError(.selfStance(actor: "TUR", kind: .opposes)) {
            try graph.addStance(Stance(source: "TUR", target: "TUR", kind: .opposes))
        }
        assertGraphError(.unknownActor(id: "X", stance: "X meets X")) {
            try graph.addStance(Stance(source: "X", target: "X", kind: .meets))
        }
        XCTAssertTrue(graph.stances.isEmpty)
    }

    func testRepeatedStanceKeysMerge() throws {
        var graph = threeActors()
        try graph.addStance(Stance(source: "TUR", target: "KURDS", kind: .opposes, evidence: [Evidence(text: "one")]))
        try graph.addStance(Stance(source: "US", target: "KURDS", kind: .supports))
        try graph.addStance(Stance(source: "TUR", target: "KURDS", kind: .opposes,
                                   evidence: [Evidence(text: "two"), Evidence(text: "three", article: "a2")]))
        try graph.addStance(Stance(source: "TUR", target: "KURDS", kind: .opposes, count: 4))
        XCTAssertEqual(graph.stances.count, 2)
        let merged = graph.stances[0]
        XCTAssertEqual(merged.key, StanceKey(source: "TUR", target: "KURDS", kind: .opposes))
        XCTAssertEqual(merged.count, 1 + 2 + 4)
        XCTAssertEqual(merged.evidence, [Evidence(text: "one"), Evidence(text: "two"), Evidence(text: "three", article: "a2")])
        XCTAssertEqual(graph.stance(for: merged.key), merged)
        XCTAssertEqual(graph.stances[1].key.description, "US supports KURDS")
    }

    func testDirectedStancesInBothDirectionsStaySeparate() throws {
        var graph = threeActors()
        try graph.addStance(Stance(source: "TUR", target: "US", kind: .opposes))
        try graph.addStance(Stance(source: "US", target: "TUR", kind: .opposes))
        try graph.addStance(Stance(source: "TUR", target: "US", kind: .attacks))
        XCTAssertEqual(graph.stances.map(\.key.description), ["TUR opposes US", "US opposes TUR", "TUR attacks US"])
        XCTAssertTrue(graph.stances.allSatisfy { $0.count == 1 })
    }

    func testSymmetricKindsMergeBothDirections() throws {
        var graph = threeActors()
        try graph.addStance(Stance(source: "US", target: "TUR", kind: .meets, evidence: [Evidence(text: "Biden met Davutoglu")]))
        try graph.addStance(Stance(source: "TUR", target: "US", kind: .meets, evidence: [Evidence(text: "Davutoglu met Biden")]))
        try graph.addStance(Stance(source: "KURDS", target: "US", kind: .cooperates))
        try graph.addStance(Stance(source: "US", target: "KURDS", kind: .cooperates, count: 2))
        XCTAssertEqual(graph.stances.count, 2)
        let meets = graph.stances[0]
        // The first orientation is kept.
        XCTAssertEqual(meets.source, "US")
        XCTAssertEqual(meets.target, "TUR")
        XCTAssertEqual(meets.count, 2)
        XCTAssertEqual(meets.evidence.map(\.text), ["Biden met Davutoglu", "Davutoglu met Biden"])
        XCTAssertEqual(graph.stance(for: StanceKey(source: "TUR", target: "US", kind: .meets)), meets)
        XCTAssertEqual(graph.stance(for: StanceKey(source: "US", target: "TUR", kind: .meets)), meets)
        XCTAssertEqual(graph.stances[1].source, "KURDS")
        XCTAssertEqual(graph.stances[1].count, 3)
        XCTAssertNil(graph.stance(for: StanceKey(source: "TUR", target: "US", kind: .opposes)))
    }

    func testRemoveStance() throws {
        var graph = threeActors()
        try graph.addStance(Stance(source: "TUR", target: "KURDS", kind: .opposes))
        try graph.addStance(Stance(source: "US", target: "TUR", kind: .meets))
        try graph.addStance(Stance(source: "US", target: "KURDS", kind: .supports))
        // Removing by the reversed pair of a symmetric stance works.
        let removed = graph.removeStance(for: StanceKey(source: "TUR", target: "US", kind: .meets))
        XCTAssertEqual(removed?.source, "US")
        XCTAssertEqual(graph.stances.map(\.key.description), ["TUR opposes KURDS", "US supports KURDS"])
        XCTAssertNil(graph.removeStance(for: StanceKey(source: "TUR", target: "US", kind: .meets)))
        XCTAssertNil(graph.removeStance(for: StanceKey(source: "KURDS", target: "TUR", kind: .opposes)))
        // The index is rebuilt: the stance that moved down is still found and still merges.
        let supports = StanceKey(source: "US", target: "KURDS", kind: .supports)
        XCTAssertEqual(graph.stance(for: supports)?.key, supports)
        try graph.addStance(Stance(source: "US", target: "KURDS", kind: .supports))
        XCTAssertEqual(graph.stances.count, 2)
        XCTAssertEqual(graph.stance(for: supports)?.count, 2)
        // A removed key can be added afresh, at the end.
        try graph.addStance(Stance(source: "TUR", target: "US", kind: .meets))
        XCTAssertEqual(graph.stances.last?.source, "TUR")
        XCTAssertEqual(graph.stances.last?.count, 1)
    }

    func testKindsPresentMostCooperativeFirst() throws {
        var graph = threeActors()
        XCTAssertEqual(graph.kindsPresent, [])
        try graph.addStance(Stance(source: "TUR", target: "KURDS", kind: .attacks))
        try graph.addStance(Stance(source: "US", target: "TUR", kind: .meets))
        try graph.addStance(Stance(source: "TUR", target: "US", kind: .opposes))
        try graph.addStance(Stance(source: "US", target: "KURDS", kind: .supports))
        try graph.addStance(Stance(source: "KURDS", target: "TUR", kind: .attacks))
        XCTAssertEqual(graph.kindsPresent, [.supports, .meets, .opposes, .attacks])
        XCTAssertEqual(graph.actorKindsPresent, [.state, .armedGroup])
        XCTAssertEqual(StanceGraph().actorKindsPresent, [])
    }

    // MARK: Equality and coding

    func testEqualityIgnoresHowTheGraphWasBuilt() throws {
        let actors = [Actor(id: "A"), Actor(id: "B")]
        let oneGo = try StanceGraph(actors: actors, stances: [Stance(source: "A", target: "B", kind: .meets, count: 2)])
        var stepwise = StanceGraph()
        for actor in actors { try stepwise.addActor(actor) }
        try stepwise.addStance(Stance(source: "A", target: "B", kind: .meets))
        try stepwise.addStance(Stance(source: "B", target: "A", kind: .meets))
        XCTAssertEqual(oneGo, stepwise)
        XCTAssertEqual(oneGo.hashValue, stepwise.hashValue)
        var titled = stepwise
        titled.metadata.title = "x"
        XCTAssertNotEqual(titled, stepwise)
        let reordered = try StanceGraph(actors: actors.reversed(), stances: oneGo.stances)
        XCTAssertNotEqual(reordered, oneGo, "actor order is part of a graph")
    }

    func testCodableRoundTrip() throws {
        var graph = try StanceGraph(
            metadata: GraphMetadata(title: "T", url: "https://example.org/a", date: "2016-02-05", extra: ["cluster": "syria"]),
            actors: [
                Actor(id: "TUR", name: "Turkey", kind: .state, aliases: ["Ankara"]),
                Actor(id: "RUS", name: "Россия", kind: .state),
            ],
            stances: [
                Stance(source: "TUR", target: "RUS", kind: .coerces, evidence: [
                    Evidence(text: "detained 27 ships", article: "a1", date: "2016-02-05", start: 10, end: 42, rule: "detain"),
                ], count: 3),
                Stance(source: "RUS", target: "TUR", kind: .meets),
            ])
        let decoded = try JSONDecoder().decode(StanceGraph.self, from: JSONEncoder().encode(graph))
        XCTAssertEqual(decoded, graph)
        XCTAssertEqual(decoded.stances[0].evidence[0].end, 42)
        // The decoded graph's indexes work: repeats still merge.
        var merged = decoded
        try merged.addStance(Stance(source: "TUR", target: "RUS", kind: .meets))
        XCTAssertEqual(merged.stances.count, 2)
        XCTAssertEqual(merged.stances[1].count, 2)

        graph.metadata = GraphMetadata()
        let bare = try JSONEncoder().encode(graph)
        let object = try JSONSerialization.jsonObject(with: bare) as? [String: Any]
        XCTAssertNil(object?["metadata"], "empty metadata is left out")
        XCTAssertEqual(try JSONDecoder().decode(StanceGraph.self, from: bare), graph)
    }

    func testDecodingChecksTheRules() {
        let dangling = #"{"actors": [{"id": "A"}], "stances": [{"source": "A", "target": "B", "kind": "attacks"}]}"#
        XCTAssertThrowsError(try JSONDecoder().decode(StanceGraph.self, from: Data(dangling.utf8))) { error in
            XCTAssertEqual(error as? GraphError, .unknownActor(id: "B", stance: "A attacks B"))
        }
        let twice = #"{"actors": [{"id": "A"}, {"id": "A"}]}"#
        XCTAssertThrowsError(try JSONDecoder().decode(StanceGraph.self, from: Data(twice.utf8))) { error in
            XCTAssertEqual(error as? GraphError, .duplicateActor(id: "A"))
        }
        XCTAssertEqual(try JSONDecoder().decode(StanceGraph.self, from: Data("{}".utf8)), StanceGraph())
    }

    func testMetadataIsEmpty() {
        XCTAssertTrue(GraphMetadata().isEmpty)
        XCTAssertFalse(GraphMetadata(title: "t").isEmpty)
        XCTAssertFalse(GraphMetadata(url: "u").isEmpty)
        XCTAssertFalse(GraphMetadata(date: "d").isEmpty)
        XCTAssertFalse(GraphMetadata(extra: ["k": "v"]).isEmpty)
    }
}
