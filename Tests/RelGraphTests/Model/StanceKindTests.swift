import XCTest
@testable import RelGraph

final class StanceKindTests: XCTestCase {
    func testSevenKindsInLegendOrder() {
        XCTAssertEqual(StanceKind.allCases.map(\.rawValue),
                       ["supports", "cooperates", "meets", "opposes", "threatens", "coerces", "attacks"])
        XCTAssertEqual(StanceKind.allowedNames,
                       "supports, cooperates, meets, opposes, threatens, coerces, attacks")
        XCTAssertEqual(StanceKind.allCases.sorted(), StanceKind.allCases)
        XCTAssertEqual([StanceKind.attacks, .meets, .supports, .coerces].sorted(), [.supports, .meets, .coerces, .attacks])
        XCTAssertLessThan(StanceKind.supports, StanceKind.cooperates)
        XCTAssertFalse(StanceKind.attacks < StanceKind.attacks)
    }

    func testPolarityPerKind() {
        let expected: [StanceKind: Polarity] = [
            .supports: .cooperative, .cooperates: .cooperative,
            .meets: .neutral,
            .opposes: .conflictual, .threatens: .conflictual, .coerces: .conflictual, .attacks: .conflictual,
        ]
        for kind in StanceKind.allCases {
            XCTAssertEqual(kind.polarity, expected[kind], "\(kind)")
        }
        XCTAssertEqual(Polarity.cooperative.sign, "+")
        XCTAssertEqual(Polarity.neutral.sign, "0")
        XCTAssertEqual(Polarity.conflictual.sign, "-")
        XCTAssertEqual(Polarity.allCases.map(\.rawValue), ["cooperative", "neutral", "conflictual"])
    }

    func testOnlyMeetsAndCooperatesAreSymmetric() {
        XCTAssertEqual(StanceKind.allCases.filter(\.isSymmetric), [.cooperates, .meets])
    }

    func testPloverTypes() {
        XCTAssertEqual(StanceKind.supports.ploverTypes, ["SUPPORT", "AID"])
        XCTAssertEqual(StanceKind.cooperates.ploverTypes, ["COOPERATE", "AGREE"])
        XCTAssertEqual(StanceKind.meets.ploverTypes, ["CONSULT"])
        XCTAssertEqual(StanceKind.opposes.ploverTypes, ["REJECT", "ACCUSE", "PROTEST"])
        XCTAssertEqual(StanceKind.threatens.ploverTypes, ["THREATEN", "MOBILIZE"])
        XCTAssertEqual(StanceKind.coerces.ploverTypes, ["COERCE", "SANCTION"])
        XCTAssertEqual(StanceKind.attacks.ploverTypes, ["ASSAULT"])
        // Every PLOVER type belongs to exactly one kind.
        let all = StanceKind.allCases.flatMap(\.ploverTypes)
        XCTAssertEqual(Set(all).count, all.count)
    }

    func testStancePolarityFollowsKind() {
        for kind in StanceKind.allCases {
            XCTAssertEqual(Stance(source: "A", target: "B", kind: kind).polarity, kind.polarity)
        }
    }

    func testStanceCountIsAtLeastOneAndAtLeastTheEvidence() {
        XCTAssertEqual(Stance(source: "A", target: "B", kind: .opposes).count, 1)
        XCTAssertEqual(Stance(source: "A", target: "B", kind: .opposes, count: 0).count, 1)
        XCTAssertEqual(Stance(source: "A", target: "B", kind: .opposes, count: 5).count, 5)
        let two = [Evidence(text: "one"), Evidence(text: "two")]
        XCTAssertEqual(Stance(source: "A", target: "B", kind: .opposes, evidence: two).count, 2)
        XCTAssertEqual(Stance(source: "A", target: "B", kind: .opposes, evidence: two, count: 1).count, 2)
        XCTAssertEqual(Stance(source: "A", target: "B", kind: .opposes, evidence: two, count: 7).count, 7)
    }

    func testActorKindNamesAndSynonyms() {
        XCTAssertEqual(ActorKind.allowedNames, "state, armed-group, organisation, faction, person, unknown")
        for kind in ActorKind.allCases {
            XCTAssertEqual(ActorKind(name: kind.rawValue), kind)
            XCTAssertEqual(ActorKind(name: kind.rawValue.uppercased()), kind)
        }
        XCTAssertEqual(ActorKind(name: "Country"), .state)
        XCTAssertEqual(ActorKind(name: "militia"), .armedGroup)
        XCTAssertEqual(ActorKind(name: "armed_group"), .armedGroup)
        XCTAssertEqual(ActorKind(name: "Organization"), .organisation)
        XCTAssertEqual(ActorKind(name: "igo"), .organisation)
        XCTAssertEqual(ActorKind(name: "leader"), .person)
        XCTAssertEqual(ActorKind(name: "other"), .unknown)
        XCTAssertNil(ActorKind(name: "planet"))
        XCTAssertNil(ActorKind(name: ""))
    }
}
