import XCTest
@testable import RelGraph

/// Which words of a quote the report marks, as ranges.
final class EvidenceHighlighterTests: XCTestCase {
    private let highlighter = EvidenceHighlighter(knownForms: ["meet": ["met"], "hold": ["held"]])

    /// The marked text of each highlight, `a:` for actors and `t:` for triggers.
    private func marked(_ text: String, _ names: [String], _ rule: String?,
                        _ highlighter: EvidenceHighlighter? = nil) -> [String] {
        let characters = Array(text)
        return (highlighter ?? self.highlighter).highlights(in: text, actorNames: names, rule: rule).map {
            ($0.role == .actor ? "a:" : "t:") + String(characters[$0.range])
        }
    }

    func testInflectedVerbs() {
        XCTAssertEqual(marked("Turkey attacked the Kurds.", ["Turkey", "Kurds"], "verb:attacks:attack"),
                       ["a:Turkey", "t:attacked", "a:Kurds"])
        XCTAssertEqual(marked("Russia is backing Syria.", ["Russia", "Syria"], "verb:supports:back"),
                       ["a:Russia", "t:backing", "a:Syria"])
        XCTAssertEqual(marked("Egypt accuses Ethiopia of lying.", ["Egypt", "Ethiopia"], "verb:opposes:accuse"),
                       ["a:Egypt", "t:accuses", "a:Ethiopia"])
        XCTAssertEqual(marked("Iran carried supplies.", ["Iran"], "verb:supports:carry"), ["a:Iran", "t:carried"])
        XCTAssertEqual(marked("They stabbed him.", [], "verb:attacks:stab"), ["t:stabbed"])
    }

    func testIrregularFormsFromTheLexicon() {
        XCTAssertEqual(marked("Egypt met Ethiopia.", ["Egypt", "Ethiopia"], "verb:meets:meet"),
                       ["a:Egypt", "t:met", "a:Ethiopia"])
        XCTAssertEqual(marked("Both held talks on Monday.", [], "mutual:meets:hold talks (mutual)"), ["t:held talks"])
        let lexicon = try! StanceLexicon.builtin()
        XCTAssertEqual(marked("Russian soldiers fought alongside the SAA.", ["Russian soldiers", "SAA"],
                              "verb:cooperates:fight alongside", EvidenceHighlighter(lexicon: lexicon)),
                       ["a:Russian soldiers", "t:fought alongside", "a:SAA"])
    }

    func testMultiWordLemmaWithWordsBetween() {
        XCTAssertEqual(marked("The SAA inflicted significant losses on jihadi groups.", ["SAA", "jihadi groups"],
                              "verb:attacks:inflict losses on"),
                       ["a:SAA", "t:inflicted", "t:losses on", "a:jihadi groups"])
        XCTAssertEqual(marked("Cairo imposed sanctions on Ethiopian firms.", ["Cairo", "Ethiopian"],
                              "verb:coerces:impose sanctions on"),
                       ["a:Cairo", "t:imposed sanctions on", "a:Ethiopian"])
    }

    func testCaseAndPunctuation() {
        XCTAssertEqual(marked("“TURKEY,” he said, “ATTACKS!” (turkey's)", ["Turkey"], "verb:attacks:attack"),
                       ["a:TURKEY", "t:ATTACKS", "a:turkey"])
        // Word boundaries: no actor inside a longer word, no trigger inside another.
        XCTAssertEqual(marked("Turkeys backed Iranian plans.", ["Turkey", "Iran"], "verb:supports:back"), ["t:backed"])
        XCTAssertEqual(marked("Iran-backed Houthis", ["Iran", "Houthis"], "adjective:supports:backed"),
                       ["a:Iran", "t:backed", "a:Houthis"])
        XCTAssertEqual(marked("Syria’s army; Syria's army", ["Syria"], nil), ["a:Syria", "a:Syria"])
    }

    func testAcronymsMatchOnlyInCapitals() {
        XCTAssertEqual(marked("This is what IS did: the US is angry.", ["Islamic State", "IS", "US"], nil),
                       ["a:IS", "a:US"])
    }

    func testOverlappingActorAndTriggerWordsPreferTheActor() {
        // "Support Front" is the actor's name; only the later "support" is the trigger.
        XCTAssertEqual(marked("The Support Front gave support to Qatar.", ["Support Front", "Qatar"], "noun:supports:support to"),
                       ["a:Support Front", "t:support to", "a:Qatar"])
        // The longest alias wins over a shorter one inside it.
        XCTAssertEqual(marked("Kurdish militias and Kurdish forces", ["Kurdish", "Kurdish militias"], nil),
                       ["a:Kurdish militias", "a:Kurdish"])
    }

    func testUnknownOrPartialRules() {
        XCTAssertEqual(marked("Turkey attacked.", ["Turkey"], "hand-written"), ["a:Turkey"])
        XCTAssertEqual(marked("Turkey attacked.", ["Turkey"], nil), ["a:Turkey"])
        // Only part of a multi-word lemma is there: its content words are marked.
        XCTAssertEqual(marked("A military build-up near the border.", [], "phrase:threatens:military confrontation"),
                       ["t:military"])
        XCTAssertEqual(TriggerRule("phrase:threatens:military confrontation (mutual)")?.lemma, "military confrontation")
        XCTAssertNil(TriggerRule("no colons here"))
    }

    func testSegmentsConcatenateToTheQuote() {
        let text = "Egypt <b>met</b> Ethiopia & Sudan."
        let segments = highlighter.segments(of: text, actorNames: ["Egypt", "Sudan"], rule: "verb:meets:meet")
        XCTAssertEqual(segments.map(\.text).joined(), text)
        XCTAssertEqual(segments.filter { $0.role != nil }.map(\.text), ["Egypt", "met", "Sudan"])
    }

    func testStems() {
        for (word, stem) in [("attacks", "attack"), ("attacked", "attack"), ("attacking", "attack"), ("accused", "accus"),
                             ("accuse", "accus"), ("carries", "carry"), ("labelled", "label"), ("is", "is"), ("us", "us")] {
            XCTAssertEqual(WordStem.stem(word), stem, word)
        }
    }
}
