import Foundation
import RelGraph
@testable import RelGraphRender

/// Small diffs written for the diff pictures' tests.
enum DiffFixtures {
    /// Seven actors (one added, one removed) and every kind of change, with a
    /// changed stance `meets -> opposes`, a pair joined by two stances, and counts.
    static func syria() -> DiffPicture {
        DiffPicture(
            actors: [
                .init(id: "TUR", name: "Turkey", kind: .state),
                .init(id: "RUS", name: "Russia", kind: .state),
                .init(id: "KURDS", name: "Kurds", kind: .armedGroup),
                .init(id: "USA", name: "United States", kind: .state),
                .init(id: "NATO", name: "NATO", kind: .organisation, status: .removed),
                .init(id: "IS", name: "Islamic State", kind: .armedGroup, status: .added),
                .init(id: "SAA", name: "Syrian Arab Army", kind: .faction),
            ],
            edges: [
                .init(source: "TUR", target: "KURDS", kind: .opposes, status: .unchanged, count: 2,
                      tooltip: "Turkey considers Kurdish militias terrorists.\nAnkara will not tolerate them."),
                .init(source: "RUS", target: "TUR", kind: .opposes, oldKind: .meets, status: .changed,
                      tooltip: "Moscow accused Ankara of preparing an invasion."),
                .init(source: "USA", target: "KURDS", kind: .supports, status: .unchanged),
                .init(source: "NATO", target: "TUR", kind: .supports, status: .removed),
                .init(source: "RUS", target: "IS", kind: .attacks, status: .added, count: 3),
                .init(source: "TUR", target: "IS", kind: .attacks, status: .added),
                .init(source: "USA", target: "TUR", kind: .meets, status: .removed),
                .init(source: "RUS", target: "SAA", kind: .supports, status: .unchanged, count: 3, oldCount: 2),
                .init(source: "RUS", target: "SAA", kind: .cooperates, status: .added),
                .init(source: "KURDS", target: "SAA", kind: .threatens, oldKind: .opposes, status: .changed),
            ],
            beforeTitle: "5 February 2016",
            afterTitle: "12 February 2016")
    }

    /// Names and texts that would break DOT, HTML labels or SVG if not escaped.
    static let nastyName = "<b>A & \"B\"</b> \\N \\\\ 'q'"

    static func nasty() -> DiffPicture {
        DiffPicture(
            actors: [
                .init(id: "X<1>", name: nastyName, kind: .state),
                .init(id: "Y&2", name: "Y & </svg> \\G", kind: .armedGroup, status: .added),
            ],
            edges: [
                .init(source: "X<1>", target: "Y&2", kind: .opposes, oldKind: .meets, status: .changed,
                      tooltip: "He said \"<script>alert(1)</script>\" & left \\N"),
            ],
            beforeTitle: "<i>before</i> & \"after\"",
            afterTitle: "back\\slash \\N")
    }

    /// A generated union of `actors` actors and about `stances` stances with every status.
    static func generated(seed: UInt64, actors: Int, stances: Int) -> DiffPicture {
        var generator = SplitMix64(seed: seed)
        let statuses = DiffPicture.ActorStatus.allCases
        let nodes = (0..<actors).map { index in
            DiffPicture.Node(id: "A\(index)", name: "Actor \(index)",
                             kind: ActorKind.allCases[Int(generator.next() % 6)],
                             status: index < 3 ? .kept : statuses[Int(generator.next() % 3)])
        }
        var edges: [DiffPicture.Edge] = []
        while edges.count < stances {
            let source = Int(generator.next() % UInt64(actors)), target = Int(generator.next() % UInt64(actors))
            guard source != target else { continue }
            let kind = StanceKind.allCases[Int(generator.next() % 7)]
            let status = DiffPicture.EdgeStatus.allCases[Int(generator.next() % 4)]
            edges.append(.init(source: "A\(source)", target: "A\(target)", kind: kind,
                               oldKind: status == .changed ? StanceKind.allCases[Int(generator.next() % 7)] : nil,
                               status: status, count: Int(generator.next() % 3) + 1))
        }
        return DiffPicture(actors: nodes, edges: edges, beforeTitle: "A \(seed)", afterTitle: "B \(seed)")
    }
}
