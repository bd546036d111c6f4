import XCTest
@testable import RelGraph

final class SentenceSplitterTests: XCTestCase {
    private let splitter = SentenceSplitter()

    /// Splits `body`, checks that every range maps back to exactly its text and that
    /// the text is trimmed, and returns the texts.
    private func split(_ body: String, with splitter: SentenceSplitter? = nil,
                       file: StaticString = #filePath, line: UInt = #line) -> [String] {
        let sentences = (splitter ?? self.splitter).split(body)
        let characters = Array(body)
        var previousEnd = 0
        for sentence in sentences {
            XCTAssertLessThanOrEqual(sentence.range.upperBound, characters.count, file: file, line: line)
            guard sentence.range.upperBound <= characters.count else { continue }
            XCTAssertEqual(String(characters[sentence.range]), sentence.text, "range of \(sentence.text.debugDescription)",
                           file: file, line: line)
            XCTAssertFalse(sentence.text.isEmpty, file: file, line: line)
            XCTAssertFalse(sentence.text.first!.isWhitespace || sentence.text.last!.isWhitespace,
                           "untrimmed \(sentence.text.debugDescription)", file: file, line: line)
            XCTAssertGreaterThanOrEqual(sentence.range.lowerBound, previousEnd, "sentences overlap", file: file, line: line)
            previousEnd = sentence.range.upperBound
        }
        return sentences.map(\.text)
    }

    // MARK: Basics

    func testEmptyAndBlankBodiesGiveNoSentences() {
        XCTAssertEqual(split(""), [])
        XCTAssertEqual(split("   \n\n\t  \r\n"), [])
    }

    func testSimpleSentences() {
        XCTAssertEqual(split("Turkey closed the border. Russia protested. Talks failed."),
                       ["Turkey closed the border.", "Russia protested.", "Talks failed."])
    }

    func testTextWithoutFinalPunctuationIsOneSentence() {
        XCTAssertEqual(split("  Ankara warns Moscow  "), ["Ankara warns Moscow"])
    }

    func testQuestionAndExclamationMarks() {
        XCTAssertEqual(split("Will they sign? Nobody knows! The talks go on."),
                       ["Will they sign?", "Nobody knows!", "The talks go on."])
        XCTAssertEqual(split("Really?! Yes."), ["Really?!", "Yes."])
    }

    func testQuestionInQuotesFollowedByLowercaseOrSpeechVerbStays() {
        XCTAssertEqual(split("\"Why now?\" he asked. The envoy left."),
                       ["\"Why now?\" he asked.", "The envoy left."])
        XCTAssertEqual(split("“Why now?” Prime Minister Jones asked. Nobody answered."),
                       ["“Why now?” Prime Minister Jones asked.", "Nobody answered."])
        XCTAssertEqual(split("“Enough!” The crowd cheered."), ["“Enough!”", "The crowd cheered."])
    }

    // MARK: Abbreviations, initials and numbers

    func testTitlesAndRanksDoNotEndSentences() {
        XCTAssertEqual(split("Gen. Smith met Lt. Col. Brown and Mr. Green. Dr. White stayed home."),
                       ["Gen. Smith met Lt. Col. Brown and Mr. Green.", "Dr. White stayed home."])
        XCTAssertEqual(split("Sen. Gray, Rep. Black, Gov. Stone, Sgt. Reed, Capt. Hale, Maj. Ross and Adm. Page spoke. Then Mrs. Vale and Ms. Kerr left."),
                       ["Sen. Gray, Rep. Black, Gov. Stone, Sgt. Reed, Capt. Hale, Maj. Ross and Adm. Page spoke.",
                        "Then Mrs. Vale and Ms. Kerr left."])
    }

    func testCountryAbbreviationsInsideSentences() {
        XCTAssertEqual(split("The U.S. and the U.K. asked the U.N. Security Council to meet. It did."),
                       ["The U.S. and the U.K. asked the U.N. Security Council to meet.", "It did."])
        XCTAssertEqual(split("U.S. officials said. The next day they left."),
                       ["U.S. officials said.", "The next day they left."])
        XCTAssertEqual(split("The U.S. Army moved in."), ["The U.S. Army moved in."])
    }

    func testAbbreviationAtSentenceEndBeforeACommonOpener() {
        XCTAssertEqual(split("Sanctions were imposed by the U.S. The next day Iran replied."),
                       ["Sanctions were imposed by the U.S.", "The next day Iran replied."])
        XCTAssertEqual(split("The deal was signed by Acme Corp. It takes effect soon."),
                       ["The deal was signed by Acme Corp.", "It takes effect soon."])
        XCTAssertEqual(split("Troops came from the U.K. But most went home."),
                       ["Troops came from the U.K.", "But most went home."])
        XCTAssertEqual(split("He criticized the U.S. “We will respond,” he said."),
                       ["He criticized the U.S.", "“We will respond,” he said."])
    }

    func testMonthsCompaniesAndReferences() {
        XCTAssertEqual(split("On Jan. 5 and Feb. 10 the talks stalled. Dec. 3 is next."),
                       ["On Jan. 5 and Feb. 10 the talks stalled.", "Dec. 3 is next."])
        XCTAssertEqual(split("Acme Inc. and Widget Ltd. and Smith & Co. signed Resolution No. 12 vs. the rest."),
                       ["Acme Inc. and Widget Ltd. and Smith & Co. signed Resolution No. 12 vs. the rest."])
        XCTAssertEqual(split("Ties were cut in May. The ambassador left."),
                       ["Ties were cut in May.", "The ambassador left."])
        XCTAssertEqual(split("They met on St. Patrick's Day in Sept. and Oct. of that year."),
                       ["They met on St. Patrick's Day in Sept. and Oct. of that year."])
    }

    func testLatinAbbreviations() {
        XCTAssertEqual(split("Some states, e.g. France, objected, i.e. Paris voted no. Others abstained."),
                       ["Some states, e.g. France, objected, i.e. Paris voted no.", "Others abstained."])
        XCTAssertEqual(split("Oil, gas, etc. were covered. Approx. half the cost, approx. 40 percent, was paid."),
                       ["Oil, gas, etc. were covered.", "Approx. half the cost, approx. 40 percent, was paid."])
        XCTAssertEqual(split("They sent tanks, guns, etc. Officials confirmed it."),
                       ["They sent tanks, guns, etc.", "Officials confirmed it."])
    }

    func testInitials() {
        XCTAssertEqual(split("Joe R. Biden met J. Smith in Paris. They talked."),
                       ["Joe R. Biden met J. Smith in Paris.", "They talked."])
        XCTAssertEqual(split("The plan was called Plan B. It failed."),
                       ["The plan was called Plan B.", "It failed."])
    }

    func testUnlistedDottedInitialisms() {
        let bare = SentenceSplitter(abbreviations: [])
        XCTAssertEqual(split("The N.A.T.O. summit began at 9 a.m. local time. It ended early.", with: bare),
                       ["The N.A.T.O. summit began at 9 a.m. local time.", "It ended early."])
    }

    func testNumbers() {
        XCTAssertEqual(split("Growth fell to 3.5 percent. Aid of $1.2 billion was pledged. It arrived in 2016. 2017 was calmer."),
                       ["Growth fell to 3.5 percent.", "Aid of $1.2 billion was pledged.", "It arrived in 2016.", "2017 was calmer."])
    }

    func testPeriodWithoutFollowingSpaceNeverSplits() {
        XCTAssertEqual(split("The U.S.-led coalition cited example.com.Then nothing."),
                       ["The U.S.-led coalition cited example.com.Then nothing."])
    }

    func testLowercaseAfterPeriodContinues() {
        XCTAssertEqual(split("The ministers met in the capt. room and talked."),
                       ["The ministers met in the capt. room and talked."])
    }

    func testExplicitAbbreviationSet() {
        let custom = SentenceSplitter(abbreviations: ["Zz."])
        XCTAssertEqual(split("They met Zz. Kappa there. Then left.", with: custom),
                       ["They met Zz. Kappa there.", "Then left."])
        // Without the entry, "Zz." is an ordinary word that ends a sentence.
        XCTAssertEqual(split("They met Zz. Kappa there.", with: SentenceSplitter(abbreviations: [])),
                       ["They met Zz.", "Kappa there."])
        // Without the list, titles are ordinary words too.
        XCTAssertEqual(split("Gen. Smith left.", with: SentenceSplitter(abbreviations: [])), ["Gen.", "Smith left."])
    }

    func testBuiltInListIsLoadedFromTheResource() {
        let builtIn = SentenceSplitter.Abbreviations.builtIn
        XCTAssertTrue(builtIn.prefixes.contains("Gen"))
        XCTAssertTrue(builtIn.prefixes.contains("e.g"))
        XCTAssertTrue(builtIn.ambiguous.contains("U.S"))
        XCTAssertTrue(builtIn.ambiguous.contains("Jan"))
        XCTAssertTrue(builtIn.finals.contains("etc"))
        XCTAssertFalse(builtIn.ambiguous.contains("May"))
    }

    func testAbbreviationFileFormat() {
        let list = SentenceSplitter.Abbreviations.parse("""
        # a comment
        Foo.   prefix   # trailing comment
        Bar.
          Baz. final

        Qux    odd-kind
        """)
        XCTAssertEqual(list.prefixes, ["Foo"])
        XCTAssertEqual(list.ambiguous, ["Bar", "Qux"])
        XCTAssertEqual(list.finals, ["Baz"])

        let extended = SentenceSplitter.Abbreviations.builtIn.merging(.parse("Zz. prefix"))
        XCTAssertTrue(extended.prefixes.contains("Zz"))
        XCTAssertTrue(extended.prefixes.contains("Gen"))
        XCTAssertEqual(split("They met Zz. The envoy there.", with: SentenceSplitter(abbreviations: extended)),
                       ["They met Zz. The envoy there."])
    }

    // MARK: Ellipses

    func testEllipses() {
        XCTAssertEqual(split("We waited... and waited. Nothing happened… Then the call came."),
                       ["We waited... and waited.", "Nothing happened…", "Then the call came."])
        XCTAssertEqual(split("He paused . . . and went on. Done."), ["He paused . . . and went on.", "Done."])
        XCTAssertEqual(split("It was over... 12 people died."), ["It was over... 12 people died."])
    }

    // MARK: Quotes and parentheses

    func testPeriodInsideClosingQuoteThenSpeechTag() {
        XCTAssertEqual(split("“We will not allow a corridor on our border,” Erdogan said. Moscow disagreed."),
                       ["“We will not allow a corridor on our border,” Erdogan said.", "Moscow disagreed."])
        XCTAssertEqual(split("\"We will act on the border,\" the minister said."),
                       ["\"We will act on the border,\" the minister said."])
    }

    func testSentenceEndingInsideQuotes() {
        XCTAssertEqual(split("\"We won't tolerate it.\" He added that talks were over."),
                       ["\"We won't tolerate it.\"", "He added that talks were over."])
        XCTAssertEqual(split("“We won’t tolerate it.” He added that talks were over."),
                       ["“We won’t tolerate it.”", "He added that talks were over."])
        XCTAssertEqual(split("She called it ‘a betrayal.’ Others agreed."),
                       ["She called it ‘a betrayal.’", "Others agreed."])
        XCTAssertEqual(split("“Go.” “No.” They argued."), ["“Go.”", "“No.”", "They argued."])
    }

    func testQuotedAbbreviationFollowedByLowercaseContinues() {
        XCTAssertEqual(split("The “U.S.” position and the U.S.’ allies differ."),
                       ["The “U.S.” position and the U.S.’ allies differ."])
    }

    func testParentheses() {
        XCTAssertEqual(split("The army advanced (see map). Rebels withdrew."),
                       ["The army advanced (see map).", "Rebels withdrew."])
        XCTAssertEqual(split("The army advanced. (Rebels disputed this.) Talks resumed."),
                       ["The army advanced.", "(Rebels disputed this.)", "Talks resumed."])
        XCTAssertEqual(split("Forces of the Syrian Democratic Forces (S.D.F.) crossed the river."),
                       ["Forces of the Syrian Democratic Forces (S.D.F.) crossed the river."])
    }

    // MARK: Lines and paragraphs

    func testBlankLineAlwaysEndsASentence() {
        XCTAssertEqual(split("Turkey warned Russia\n\nRussia replied"), ["Turkey warned Russia", "Russia replied"])
        XCTAssertEqual(split("He met Gen.\n\nSmith later."), ["He met Gen.", "Smith later."])
        XCTAssertEqual(split("One.\n  \t\nTwo."), ["One.", "Two."])
        XCTAssertEqual(split("One\r\n\r\nTwo"), ["One", "Two"])
        XCTAssertEqual(split("One\u{2029}Two"), ["One", "Two"])
    }

    func testHeadingWithoutPunctuationStandsAlone() {
        XCTAssertEqual(split("Border Tensions Rise\n\nTurkey moved troops. Russia sent jets."),
                       ["Border Tensions Rise", "Turkey moved troops.", "Russia sent jets."])
        // One paragraph per line: a heading line needs no blank line after it.
        XCTAssertEqual(split("Border tensions rise\nTurkey moved troops.\nRussia sent jets."),
                       ["Border tensions rise", "Turkey moved troops.", "Russia sent jets."])
    }

    func testHardWrappedLinesJoin() {
        let body = "Turkey moved troops to the border on\nMonday, officials said, and Russia\nsent jets. It was tense.\n\nNew paragraph here."
        XCTAssertEqual(split(body), [
            "Turkey moved troops to the border on\nMonday, officials said, and Russia\nsent jets.",
            "It was tense.",
            "New paragraph here.",
        ])
    }

    func testLineEndingWithCommaOrColonContinues() {
        XCTAssertEqual(split("The minister said:\n“We will not allow it.”"),
                       ["The minister said:\n“We will not allow it.”"])
        XCTAssertEqual(split("Talks stalled after the vote,\nofficials said."),
                       ["Talks stalled after the vote,\nofficials said."])
        // A lead-in with a colon above a heading line does not swallow the heading.
        XCTAssertEqual(split("Reactions came from abroad:\nEurope and Asia\n“We regret it,” a minister said."),
                       ["Reactions came from abroad:", "Europe and Asia", "“We regret it,” a minister said."])
    }

    func testIndentedOrBulletedLineStartsASentence() {
        XCTAssertEqual(split("The demands were sent to\nthe embassy\n- close the base\n- expel the envoy"),
                       ["The demands were sent to\nthe embassy", "- close the base", "- expel the envoy"])
        XCTAssertEqual(split("The talks went on for\nhours without result\n    Another paragraph starts"),
                       ["The talks went on for\nhours without result", "Another paragraph starts"])
    }

    func testNumberedListItems() {
        XCTAssertEqual(split("Demands:\n\n1. The base closes.\n2. The envoy leaves."),
                       ["Demands:", "1. The base closes.", "2. The envoy leaves."])
    }

    func testCRLFInsideText() {
        let body = "Turkey warned Russia.\r\nRussia replied.\r\n\r\nHeading\r\nBody text."
        XCTAssertEqual(split(body), ["Turkey warned Russia.", "Russia replied.", "Heading", "Body text."])
    }

    // MARK: Offsets

    func testRangesCountCharactersNotBytesOrScalars() {
        let body = "Café e\u{301}lite met 🇫🇷 envoys. 👨‍👩‍👧 Families fled. Done."
        let sentences = splitter.split(body)
        XCTAssertEqual(sentences.map(\.text), ["Café e\u{301}lite met 🇫🇷 envoys.", "👨‍👩‍👧 Families fled.", "Done."])
        XCTAssertEqual(sentences.map(\.range), [0..<24, 25..<41, 42..<47])
        let characters = Array(body)
        for sentence in sentences {
            XCTAssertEqual(String(characters[sentence.range]), sentence.text)
        }
    }

    func testRangesPointAtTrimmedText() {
        let sentences = splitter.split("  \n  First one.   Second one.  \n ")
        XCTAssertEqual(sentences, [
            Sentence(text: "First one.", range: 5..<15),
            Sentence(text: "Second one.", range: 18..<29),
        ])
    }

    func testNonBreakingAndUnicodeSpaces() {
        XCTAssertEqual(split("Turkey left.\u{00A0}Russia stayed.\u{2003}Iran watched."),
                       ["Turkey left.", "Russia stayed.", "Iran watched."])
    }

    func testIdeographicFullStops() {
        XCTAssertEqual(split("会谈结束。双方同意。"), ["会谈结束。", "双方同意。"])
    }

    /// Random mixes of the tricky pieces: whatever the splitter decides, the
    /// sentences must cover every non-space character once, in order, exactly.
    func testRandomTextIsCoveredExactly() {
        let pieces = ["U.S.", "Gen.", "Mr.", "e.g.", "etc.", "J.", "3.5", "$1.2", "...", "…", ".", "?", "!", "?!",
                      "“", "”", "‘", "’", "\"", "'", "(", ")", "[", "]", " ", " ", " ", "\n", "\n\n", "\r\n", "\t",
                      "\u{00A0}", "The", "he", "said", "Turkey", "e\u{301}", "🇫🇷", "👨‍👩‍👧", "会谈。", "- ", "1. ", ":", ",", ";"]
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<300 {
            var body = ""
            for _ in 0..<next(60) { body += pieces[next(pieces.count)] }
            let sentences = splitter.split(body)
            let characters = Array(body)
            var covered = [Bool](repeating: false, count: characters.count)
            var previousEnd = 0
            for sentence in sentences {
                XCTAssertGreaterThanOrEqual(sentence.range.lowerBound, previousEnd, body.debugDescription)
                XCTAssertLessThanOrEqual(sentence.range.upperBound, characters.count, body.debugDescription)
                guard sentence.range.lowerBound >= previousEnd, sentence.range.upperBound <= characters.count else { break }
                XCTAssertEqual(String(characters[sentence.range]), sentence.text, body.debugDescription)
                XCTAssertFalse(sentence.text.first!.isWhitespace || sentence.text.last!.isWhitespace, body.debugDescription)
                for index in sentence.range { covered[index] = true }
                previousEnd = sentence.range.upperBound
            }
            for (index, character) in characters.enumerated() where !character.isWhitespace {
                XCTAssertTrue(covered[index], "\(character.debugDescription) at \(index) of \(body.debugDescription) is in no sentence")
            }
        }
    }

    /// Not a timed test: a long single line must come out whole and exact.
    func testLongSingleLine() {
        let unit = "The U.S. envoy met Gen. Smith on Jan. 5 in St. Louis and said “We won’t go.” "
        let body = String(repeating: unit, count: 2_000)
        let sentences = splitter.split(body)
        XCTAssertEqual(sentences.count, 2_000)
        XCTAssertEqual(sentences.first?.text, String(unit.dropLast()))
        XCTAssertEqual(sentences.last?.range.upperBound, body.count - 1)
    }
}
