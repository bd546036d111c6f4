import XCTest
@testable import RelGraph

/// What keeps extraction fast and linear must not change what it finds: the
/// UTF-8 tokenizer against its `Character` definition, the sentence length
/// limit, and long single-line inputs against the same text with line breaks.
/// Correctness only; the timings are in `relgraph-bench extract`.
final class ExtractionScaleTests: XCTestCase {
    private static let extractor: StanceExtractor = {
        try! StanceExtractor(dictionary: .builtin(), lexicon: .builtin())
    }()

    // MARK: Tokenizer

    private static let awkwardTexts = [
        "Russia backs Syria.",
        "Turkey’s army and Qatar's funding of Hamas won’t stop O'Brien; don't.",
        "The U.S. and the U.N. met J. Smith at 3.5 p.m. on 1,000 days of $1.2 billion.",
        "Iran-backed Houthis, al-Nusra and the Saudis’ allies ʼs 's 'S ’s",
        "Erdoğan met Zelenskyy in İstanbul; Москва и Россия; 北京 and 中国; سوريا.",
        "Decomposed: E\u{301}rdogan e\u{301}lan s\u{307} and A\u{345} and x\u{308}y.",
        "Emoji 👍🏽 flags 🇺🇸🇹🇷 and a ZWJ family 👨‍👩‍👧 near Syria.",
        "CRLF line\r\nbreaks\r\nand lone \r returns\n and\ttabs\u{00A0}nbsp\u{2009}thin.",
        "Kelvin \u{212A} and Angstrom \u{212B}, ǅ titlecase, Ⅻ roman, ½ half, ٣ Arabic three, Ａ fullwidth, ﬁ ligature.",
        "'s at the start, a trailing '", "’", "s", ".", "U.S", "A.", "a.b.c.", "J.R.R. Tolkien", "1.2.3,4,5..6",
        "Hello\u{0000}control\u{0007}chars\u{007F}", "",
    ]

    func testUTF8TokenizerMatchesTheCharacterDefinition() {
        for text in Self.awkwardTexts {
            XCTAssertEqual(Tokenizer.tokenize(text), Tokenizer.referenceTokenize(text), text.debugDescription)
        }
        // Every pair of the texts, so boundaries between their characters are exercised too.
        for first in Self.awkwardTexts {
            for second in Self.awkwardTexts {
                let text = first + second
                XCTAssertEqual(Tokenizer.tokenize(text), Tokenizer.referenceTokenize(text), text.debugDescription)
            }
        }
    }

    func testQuickCapitalCheckMatchesIsCapitalized() {
        for text in Self.awkwardTexts {
            for token in Tokenizer.tokenize(text) {
                XCTAssertEqual(token.hasCapitalInitial, token.isCapitalized, token.text.debugDescription)
            }
        }
    }

    // MARK: Sentence length limit

    func testSentencesAreNeverLongerThanTheLimit() {
        var splitter = SentenceSplitter()
        splitter.maximumLength = 100
        let clause = "Russia backs Syria and Turkey condemns Iran in a long statement, "
        let body = String(repeating: clause, count: 40) + "and nobody ends it"
        let characters = Array(body)
        let sentences = splitter.split(body)
        XCTAssertGreaterThan(sentences.count, 20)
        var covered = 0
        for sentence in sentences {
            XCTAssertLessThanOrEqual(sentence.range.count, 100)
            XCTAssertEqual(String(characters[sentence.range]), sentence.text)
            XCTAssertFalse(sentence.text.first!.isWhitespace || sentence.text.last!.isWhitespace)
            covered += sentence.text.filter { !$0.isWhitespace }.count
        }
        // Nothing is lost: the pieces hold every non-space character of the body.
        XCTAssertEqual(covered, body.filter { !$0.isWhitespace }.count)
        // Cuts fall after a comma when there is one in the second half of the piece.
        XCTAssertTrue(sentences.dropLast().allSatisfy { $0.text.hasSuffix(",") }, "\(sentences.map(\.text))")
    }

    func testTextWithoutSpacesIsCutHardAtTheLimit() {
        var splitter = SentenceSplitter()
        splitter.maximumLength = 10
        XCTAssertEqual(splitter.split(String(repeating: "x", count: 25)).map(\.range), [0..<10, 10..<20, 20..<25])
    }

    func testOrdinarySentencesAreUnderTheDefaultLimit() {
        let body = "Turkey closed the border. The " + String(repeating: "word ", count: 150) + "end."
        XCTAssertEqual(SentenceSplitter().split(body).count, 2)
    }

    // MARK: Long inputs

    /// Sentences that each end a line, so the line breaks split nothing that
    /// the periods do not.
    private static let lines = [
        "Russia backs Syria in its fight against the rebels.",
        "Turkey condemned Russia on Monday, officials said.",
        "“We will not tolerate Kurdish militias on our border,” Erdogan said.",
        "Saudi Arabia was attacked by the Houthis late on Tuesday.",
        "The Iran-backed Houthis fired missiles at Riyadh.",
        "Clashes between Armenia and Azerbaijan killed 12 people.",
        "Iran denied arming Hamas.",
        "Qatar's funding of Hamas has drawn criticism from Egypt.",
        "Prices rose by 3.5 percent in May, the U.S. statistics office said.",
    ]

    private func graphJSON(_ text: String) -> String {
        JSONGraphFormat().encode(Self.extractor.extract(Article.parse(text, id: "long")))
    }

    func testOneLineGivesTheSameGraphAsLineBreaks() {
        var lines: [String] = []
        for round in 0..<60 { lines += Self.lines.shuffledDeterministically(round) }
        let withBreaks = lines.joined(separator: "\n")
        let oneLine = lines.joined(separator: " ")
        // A space for a line break keeps every offset, so the graphs are equal byte for byte.
        let expected = graphJSON(withBreaks)
        XCTAssertEqual(graphJSON(oneLine), expected)
        XCTAssertTrue(expected.contains("\"RUS\""), "the text should give stances")
    }

    func testTextWithoutAnyBreakGivesStancesAndBoundedEvidence() {
        let flat = String(repeating: "Russia backs Syria while Turkey condemned Russia and ", count: 400)
        let graph = Self.extractor.extract(Article.parse(flat, id: "flat"))
        let kinds = Set(graph.stances.map { "\($0.source) \($0.kind.rawValue) \($0.target)" })
        XCTAssertTrue(kinds.contains("RUS supports SYR"), "\(kinds)")
        XCTAssertTrue(kinds.contains("TUR opposes RUS"), "\(kinds)")
        let longest = graph.stances.flatMap(\.evidence).map(\.text.count).max() ?? 0
        XCTAssertLessThanOrEqual(longest, SentenceSplitter().maximumLength)
    }
}

private extension Array {
    /// The elements rotated by `seed`, then every other pair swapped: a fixed reordering.
    func shuffledDeterministically(_ seed: Int) -> [Element] {
        guard !isEmpty else { return self }
        var result = Array(self[(seed % count)...] + self[..<(seed % count)])
        var index = (seed % 2)
        while index + 1 < result.count {
            result.swapAt(index, index + 1)
            index += 2
        }
        return result
    }
}
