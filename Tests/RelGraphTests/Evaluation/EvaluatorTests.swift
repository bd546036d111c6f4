import Foundation
import XCTest
@testable import RelGraph

final class EvaluatorTests: XCTestCase {
    private typealias F = EvaluationFixture

    private func gold(_ ids: String...) throws -> [GoldArticle] {
        try F.gold().filter { ids.contains($0.article) }
    }

    private func assertScores(_ score: PRF, tp: Int, fp: Int, fn: Int,
                              file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(score, PRF(truePositives: tp, falsePositives: fp, falseNegatives: fn), file: file, line: line)
    }

    // MARK: PRF

    func testPRFConventions() {
        let none = PRF.zero
        XCTAssertEqual([none.precision, none.recall, none.f1], [0, 0, 0], "0/0 := 0")
        let onlyMisses = PRF(truePositives: 0, falsePositives: 0, falseNegatives: 5)
        XCTAssertEqual([onlyMisses.precision, onlyMisses.recall, onlyMisses.f1], [0, 0, 0])
        let some = PRF(truePositives: 2, falsePositives: 2, falseNegatives: 0)
        XCTAssertEqual(some.precision, 0.5)
        XCTAssertEqual(some.recall, 1)
        XCTAssertEqual(some.f1, 2.0 / 3.0, accuracy: 1e-12)
        XCTAssertEqual(some + onlyMisses, PRF(truePositives: 2, falsePositives: 2, falseNegatives: 5))
        XCTAssertEqual(some.predicted, 4)
        XCTAssertEqual(onlyMisses.gold, 5)
        XCTAssertEqual(EvaluationReport.ratio(2.0 / 3.0), "0.667")
        XCTAssertEqual(EvaluationReport.ratio(1), "1.000")
        XCTAssertEqual(EvaluationReport.ratio(0.05), "0.050")
        XCTAssertEqual(EvaluationReport.ratio(0), "0.000")
    }

    // MARK: Matching rules

    func testPerfectPredictionScoresOne() throws {
        let report = Evaluator().evaluate(gold: try F.gold(), predictions: try F.perfectPredictions())
        assertScores(report.strict, tp: 7, fp: 0, fn: 0)
        assertScores(report.lenient, tp: 7, fp: 0, fn: 0)
        for score in [report.strict, report.lenient] {
            XCTAssertEqual([score.precision, score.recall, score.f1], [1, 1, 1])
        }
        XCTAssertEqual(report.falsePositives, [])
        XCTAssertEqual(report.falseNegatives, [])
        XCTAssertEqual(report.articlesWithoutPrediction, [])
        XCTAssertEqual(report.articles.map(\.unmatchedActors), [[], []])
    }

    func testReversedSymmetricStanceStillMatches() throws {
        let predictions = [
            "a1": try F.graph([F.turkey, F.russia, F.us, F.kurds], [
                ("turkey", .opposes, "kurds", ""), ("turkey", .meets, "russia", ""),
                ("usa", .supports, "kurds", ""), ("turkey", .threatens, "russia", ""),
            ]),
            "a2": try F.graph([F.saudi, F.qatar, F.uae], [
                ("saudi", .coerces, "qatar", ""), ("uae", .coerces, "qatar", ""), ("uae", .cooperates, "saudi", ""),
            ]),
        ]
        let report = Evaluator().evaluate(gold: try F.gold(), predictions: predictions)
        assertScores(report.strict, tp: 7, fp: 0, fn: 0)
        assertScores(report.lenient, tp: 7, fp: 0, fn: 0)
    }

    func testReversedAsymmetricStanceDoesNotMatchEvenLeniently() throws {
        let predictions = ["a1": try F.graph([F.turkey, F.russia, F.us, F.kurds], [
            ("kurds", .opposes, "turkey", "The Kurds oppose Turkey."), ("russia", .meets, "turkey", ""),
            ("usa", .supports, "kurds", ""), ("turkey", .threatens, "russia", ""),
        ])]
        let report = Evaluator().evaluate(gold: try gold("a1"), predictions: predictions)
        assertScores(report.strict, tp: 3, fp: 1, fn: 1)
        assertScores(report.lenient, tp: 3, fp: 1, fn: 1)
        XCTAssertEqual(report.falsePositives.map(\.description), ["the Kurds [KURDS] opposes Turkey [TUR]"])
        XCTAssertEqual(report.falsePositives.first?.evidence, "The Kurds oppose Turkey.")
        XCTAssertEqual(report.falsePositives.first?.matchedLeniently, false)
        XCTAssertEqual(report.falseNegatives.map(\.description), ["Turkey [TUR] opposes the Kurds [KURDS]"])
        XCTAssertEqual(report.falseNegatives.first?.evidence, "Turkey considers the Kurds terrorists.")
    }

    func testWrongKindOfSamePolarityCountsOnlyLeniently() throws {
        let predictions = ["a1": try F.graph([F.turkey, F.russia, F.us, F.kurds], [
            ("turkey", .opposes, "kurds", ""), ("russia", .meets, "turkey", ""),
            ("usa", .supports, "kurds", ""), ("turkey", .attacks, "russia", "Turkey shelled Russian troops."),
        ])]
        let report = Evaluator().evaluate(gold: try gold("a1"), predictions: predictions)
        assertScores(report.strict, tp: 3, fp: 1, fn: 1)
        assertScores(report.lenient, tp: 4, fp: 0, fn: 0)
        XCTAssertEqual(report.falsePositives.map(\.kind), [.attacks])
        XCTAssertEqual(report.falsePositives.map(\.matchedLeniently), [true])
        XCTAssertEqual(report.falseNegatives.map(\.kind), [.threatens])
        XCTAssertEqual(report.falseNegatives.map(\.matchedLeniently), [true])

        // Another polarity is wrong in both.
        let friendly = ["a1": try F.graph([F.turkey, F.russia, F.us, F.kurds], [
            ("turkey", .opposes, "kurds", ""), ("russia", .meets, "turkey", ""),
            ("usa", .supports, "kurds", ""), ("turkey", .supports, "russia", ""),
        ])]
        let wrong = Evaluator().evaluate(gold: try gold("a1"), predictions: friendly)
        assertScores(wrong.strict, tp: 3, fp: 1, fn: 1)
        assertScores(wrong.lenient, tp: 3, fp: 1, fn: 1)
    }

    func testLenientSymmetricKindAgreesWithEitherDirection() throws {
        // Gold `SAU cooperates UAE`; predicted `UAE supports SAU`: same pair and sign.
        let predictions = ["a2": try F.graph([F.saudi, F.qatar, F.uae], [
            ("saudi", .coerces, "qatar", ""), ("uae", .coerces, "qatar", ""), ("uae", .supports, "saudi", ""),
        ])]
        let report = Evaluator().evaluate(gold: try gold("a2"), predictions: predictions)
        assertScores(report.strict, tp: 2, fp: 1, fn: 1)
        assertScores(report.lenient, tp: 3, fp: 0, fn: 0)
        XCTAssertEqual(report.score(for: .cooperative), PRF(truePositives: 1, falsePositives: 0, falseNegatives: 0))
    }

    func testLenientPairsItemsOneToOneAtMaximum() throws {
        // Gold: A cooperates B, A supports B. Predicted: B cooperates A, B supports A.
        // Pairing {A,B} with {A,B} first would leave B->A and A->B unpaired; the
        // maximum pairing is B->A ~ {A,B} and {A,B} ~ A->B.
        let gold = [GoldArticle(article: "m", actors: ["A": ["Alpha"], "B": ["Beta"]], stances: [
            GoldStance(source: "A", target: "B", kind: .cooperates),
            GoldStance(source: "A", target: "B", kind: .supports),
        ])]
        let predicted = try F.graph([Actor(id: "a", name: "Alpha"), Actor(id: "b", name: "Beta")], [
            ("b", .cooperates, "a", ""), ("b", .supports, "a", ""),
        ])
        let report = Evaluator().evaluate(gold: gold, predictions: ["m": predicted])
        assertScores(report.strict, tp: 1, fp: 1, fn: 1)
        assertScores(report.lenient, tp: 2, fp: 0, fn: 0)

        // One undirected prediction finds only one of two directed gold items.
        let single = try F.graph([Actor(id: "a", name: "Alpha"), Actor(id: "b", name: "Beta")], [
            ("a", .cooperates, "b", ""),
        ])
        let both = [GoldArticle(article: "m", actors: ["A": ["Alpha"], "B": ["Beta"]], stances: [
            GoldStance(source: "A", target: "B", kind: .supports),
            GoldStance(source: "B", target: "A", kind: .supports),
        ])]
        assertScores(Evaluator().evaluate(gold: both, predictions: ["m": single]).lenient, tp: 1, fp: 0, fn: 1)
    }

    func testUnmatchedActorsGiveFalsePositives() throws {
        // "Tuvalu" has the id TUR, a gold id, but no gold alias: it must not match.
        let tuvalu = Actor(id: "TUR", name: "Tuvalu")
        let iran = Actor(id: "iran", name: "Iran", aliases: ["Tehran"])
        let predictions = ["a1": try F.graph([tuvalu, iran, F.kurds, F.turkey], [
            ("TUR", .opposes, "kurds", "Tuvalu opposes the Kurds."),
            ("iran", .attacks, "turkey", "Iran attacked Turkey."),
        ])]
        let report = Evaluator().evaluate(gold: try gold("a1"), predictions: predictions)
        assertScores(report.strict, tp: 0, fp: 2, fn: 4)
        assertScores(report.lenient, tp: 0, fp: 2, fn: 4)
        XCTAssertEqual(report.articles.first?.unmatchedActors, ["Iran", "Tuvalu"])
        // Sorted by source: unmatched ends after gold ones, then by id ("TUR" < "iran").
        XCTAssertEqual(report.falsePositives.map(\.description), [
            "Tuvalu [unmatched: TUR] opposes the Kurds [KURDS]",
            "Iran [unmatched: iran] attacks Turkey [TUR]",
        ])
        XCTAssertEqual(report.falsePositives.map(\.evidence), ["Tuvalu opposes the Kurds.", "Iran attacked Turkey."])
        XCTAssertEqual(report.falsePositives.filter { !$0.source.isGold }.map(\.source.id).sorted(), ["TUR", "iran"])
    }

    func testPredictedActorsMergingIntoOneGoldActor() throws {
        let erdogan = Actor(id: "erdogan", name: "Erdogan")
        let predictions = ["a1": try F.graph([erdogan, F.turkey, F.kurds], [
            ("erdogan", .opposes, "kurds", "Erdogan condemned the Kurds."),
            ("turkey", .opposes, "kurds", "Turkey considers the Kurds terrorists."),
            ("erdogan", .opposes, "turkey", "Erdogan criticised Turkey."),
        ])]
        let report = Evaluator().evaluate(gold: try gold("a1"), predictions: predictions)
        assertScores(report.strict, tp: 1, fp: 1, fn: 3)
        XCTAssertEqual(report.falsePositives.map(\.description), ["Turkey [TUR] opposes Turkey [TUR]"])
    }

    func testAliasMatchingWithTheAndCase() throws {
        let predictions = ["a1": try F.graph([
            Actor(id: "r", name: "THE RUSSIANS"), Actor(id: "t", name: "Türkiye", aliases: ["ankara"]),
            Actor(id: "United States", name: "Washington"), Actor(id: "k", name: "kurdish  forces"),
        ], [
            ("t", .meets, "r", ""), ("United States", .supports, "k", ""), ("t", .opposes, "k", ""),
        ])]
        let report = Evaluator().evaluate(gold: try gold("a1"), predictions: predictions)
        assertScores(report.strict, tp: 3, fp: 0, fn: 1)
        XCTAssertEqual(report.articles.first?.unmatchedActors, [])
    }

    // MARK: Breakdowns and report

    /// a1 with `attacks` for `threatens`, a2 without a prediction, and a prediction
    /// for an article the gold does not have.
    private func mixedReport() throws -> EvaluationReport {
        var predictions = ["a1": try F.graph([F.turkey, F.russia, F.us, F.kurds], [
            ("turkey", .opposes, "kurds", ""), ("russia", .meets, "turkey", ""),
            ("usa", .supports, "kurds", ""), ("turkey", .attacks, "russia", "Turkey shelled Russian troops."),
        ])]
        predictions["zz"] = StanceGraph()
        return Evaluator().evaluate(gold: try F.gold(), predictions: predictions)
    }

    func testPerKindPerPolarityAndPerArticleFigures() throws {
        let report = try mixedReport()
        assertScores(report.strict, tp: 3, fp: 1, fn: 4)
        assertScores(report.lenient, tp: 4, fp: 0, fn: 3)
        XCTAssertEqual(report.strict.f1, 6.0 / 11.0, accuracy: 1e-12)
        XCTAssertEqual(report.byKind.map(\.kind), StanceKind.allCases)
        assertScores(report.score(for: .supports), tp: 1, fp: 0, fn: 0)
        assertScores(report.score(for: .cooperates), tp: 0, fp: 0, fn: 1)
        assertScores(report.score(for: .meets), tp: 1, fp: 0, fn: 0)
        assertScores(report.score(for: .opposes), tp: 1, fp: 0, fn: 0)
        assertScores(report.score(for: .threatens), tp: 0, fp: 0, fn: 1)
        assertScores(report.score(for: .coerces), tp: 0, fp: 0, fn: 2, "the repeated gold stance counts once")
        assertScores(report.score(for: .attacks), tp: 0, fp: 1, fn: 0)
        XCTAssertEqual(report.byPolarity.map(\.polarity), Polarity.allCases)
        assertScores(report.score(for: .cooperative), tp: 1, fp: 0, fn: 1)
        assertScores(report.score(for: .neutral), tp: 1, fp: 0, fn: 0)
        assertScores(report.score(for: .conflictual), tp: 2, fp: 0, fn: 2)

        XCTAssertEqual(report.articles.map(\.article), ["a1", "a2"])
        let a1 = try XCTUnwrap(report.score(forArticle: "a1"))
        assertScores(a1.strict, tp: 3, fp: 1, fn: 1)
        assertScores(a1.lenient, tp: 4, fp: 0, fn: 0)
        XCTAssertTrue(a1.hasPrediction)
        let a2 = try XCTUnwrap(report.score(forArticle: "a2"))
        assertScores(a2.strict, tp: 0, fp: 0, fn: 3)
        assertScores(a2.lenient, tp: 0, fp: 0, fn: 3)
        XCTAssertFalse(a2.hasPrediction)
        XCTAssertEqual(report.articlesWithoutPrediction, ["a2"])
        XCTAssertEqual(report.unscoredPredictions, ["zz"])

        XCTAssertEqual(report.falseNegatives.map(\.description), [
            "Turkey [TUR] threatens Russia [RUS]",
            "Saudi Arabia [SAU] coerces Qatar [QAT]",
            "Saudi Arabia [SAU] cooperates the UAE [UAE]",
            "the UAE [UAE] coerces Qatar [QAT]",
        ])
        XCTAssertEqual(report.falseNegatives[1].evidence, "Saudi Arabia cut ties with Qatar.", "first gold evidence")
    }

    private func assertScores(_ score: PRF, tp: Int, fp: Int, fn: Int, _ message: String,
                              file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(score, PRF(truePositives: tp, falsePositives: fp, falseNegatives: fn), message, file: file, line: line)
    }

    func testFormattedTextContainsTheNumbers() throws {
        let report = try mixedReport()
        let text = report.formattedText(verbose: false)
        let rows = text.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        XCTAssertTrue(rows.contains(["strict", "3", "1", "4", "0.750", "0.429", "0.545"]), text)
        XCTAssertTrue(rows.contains(["lenient", "4", "0", "3", "1.000", "0.571", "0.727"]), text)
        XCTAssertTrue(rows.contains(["coerces", "0", "0", "2", "0.000", "0.000", "0.000"]), text)
        XCTAssertTrue(rows.contains(["conflictual", "(-)", "2", "0", "2", "1.000", "0.500", "0.667"]), text)
        XCTAssertTrue(rows.contains(["a1", "strict", "3", "1", "1", "0.750", "0.750", "0.750"]), text)
        XCTAssertTrue(rows.contains(["a2", "(no", "prediction)", "strict", "0", "0", "3", "0.000", "0.000", "0.000"]), text)
        XCTAssertTrue(text.contains("1 without prediction"), text)
        XCTAssertTrue(text.contains("Not in the gold file, not scored: zz"), text)
        XCTAssertFalse(text.contains("Errors by article"))
        XCTAssertTrue(text.hasSuffix("\n"))

        let verbose = report.formattedText(verbose: true)
        XCTAssertTrue(verbose.hasPrefix(text))
        XCTAssertTrue(verbose.contains("  FN ~ Turkey [TUR] threatens Russia [RUS]\n       \"Turkey warned Russia.\"\n"), verbose)
        XCTAssertTrue(verbose.contains("  FP ~ Turkey [TUR] attacks Russia [RUS]\n       \"Turkey shelled Russian troops.\"\n"), verbose)
        XCTAssertTrue(verbose.contains("  FN   Saudi Arabia [SAU] coerces Qatar [QAT]\n       \"Saudi Arabia cut ties with Qatar.\"\n"), verbose)
        let a1 = try XCTUnwrap(verbose.range(of: "\na1\n")), a2 = try XCTUnwrap(verbose.range(of: "\na2\n"))
        XCTAssertLessThan(a1.lowerBound, a2.lowerBound, "grouped by article, in order")
    }

    func testReportRoundTripsThroughJSON() throws {
        let report = try mixedReport()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(report)
        let json = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(json.contains(#""precision":0.75"#), json)
        XCTAssertTrue(json.contains(#""kind":"attacks""#), json)
        XCTAssertEqual(try JSONDecoder().decode(EvaluationReport.self, from: data), report)
    }

    func testDeterministic() throws {
        let gold = try F.gold()
        let predictions = try F.perfectPredictions().merging(["a1": StanceGraph()]) { _, new in new }
        let first = Evaluator().evaluate(gold: gold, predictions: predictions)
        let second = Evaluator().evaluate(gold: gold.reversed(), predictions: predictions)
        XCTAssertEqual(first, second)
        XCTAssertEqual(first.formattedText(verbose: true), second.formattedText(verbose: true))
    }
}
