import XCTest
@testable import RelGraph

final class TextFormatParserTests: XCTestCase {
    private func parse(_ text: String, file: String = "<input>") throws -> StanceGraph {
        try TextFormatParser(fileName: file).parse(text)
    }

    /// Each stance as `SOURCE kind TARGET xCOUNT`, for compact assertions.
    private func summary(_ graph: StanceGraph) -> [String] {
        graph.stances.map { "\($0.source) \($0.kind.rawValue) \($0.target) x\($0.count)" }
    }

    // MARK: Comments and blank lines

    func testCommentsAndBlankLines() throws {
        let graph = try parse("""
        # a comment on its own line
            # an indented comment

        TUR opposes KURDS # a comment after a stance
        TUR backs US "a # inside quotes is text" # and then a comment
        US meets TUR#no space before the comment
        #TUR attacks US
        """)
        XCTAssertEqual(graph.actors.map(\.id), ["TUR", "KURDS", "US"])
        XCTAssertEqual(summary(graph), ["TUR opposes KURDS x1", "TUR supports US x1", "US meets TUR x1"])
        XCTAssertEqual(graph.stances[1].evidence, [Evidence(text: "a # inside quotes is text")])
        XCTAssertTrue(graph.metadata.isEmpty)
    }

    func testEmptyDocuments() throws {
        XCTAssertEqual(try parse(""), StanceGraph())
        XCTAssertEqual(try parse("\n\n   \n# only a comment\n"), StanceGraph())
        XCTAssertEqual(try parse("\u{FEFF}"), StanceGraph())
    }

    // MARK: Metadata

    func testMetadataLines() throws {
        let graph = try parse("""
        title "Russia and Turkey prepare for a confrontation"
        date 2016-02-05
        url https://example.org/a?b=1&c=2
        meta cluster syria-2016
        meta source "wire, \\"AP\\""
        META Desk   world   news
        """)
        XCTAssertEqual(graph.metadata, GraphMetadata(
            title: "Russia and Turkey prepare for a confrontation",
            url: "https://example.org/a?b=1&c=2",
            date: "2016-02-05",
            extra: ["cluster": "syria-2016", "source": "wire, \"AP\"", "Desk": "world news"]))
        XCTAssertTrue(graph.actors.isEmpty)
    }

    func testUnquotedTitleIsJoinedWithSingleSpacesAndLaterLinesWin() throws {
        let graph = try parse("TITLE first\ntitle  Plain   words\there # comment\nDate \"5 Feb 2016\"")
        XCTAssertEqual(graph.metadata.title, "Plain words here")
        XCTAssertEqual(graph.metadata.date, "5 Feb 2016")
    }

    func testMetaKeysMayBeQuotedAndStayInExtra() throws {
        // The writer quotes keys that are stance words, start with x or hold spaces,
        // and writes extra fields named like the metadata keywords with `meta`.
        let graph = try parse("""
        title "Real title"
        meta "support" yes
        meta "x-ref" "1"
        meta "my key" "my value"
        meta title "an extra field called title"
        """)
        XCTAssertEqual(graph.metadata.title, "Real title")
        XCTAssertEqual(graph.metadata.extra, [
            "support": "yes", "x-ref": "1", "my key": "my value", "title": "an extra field called title",
        ])
    }

    // MARK: Actor declarations

    func testActorDeclarations() throws {
        let graph = try parse("""
        actor TUR "Turkey" state aliases: Turkish, Ankara, "Recep Tayyip Erdogan", Ahmet   Davutoglu
        actor KURDS "Kurds" armed-group
        actor NATO organization
        actor IS aliases: ISIS, "Daesh, or IS"
        actor "Free Syrian Army" "FSA" militia aliases: FSA rebels
        actor SAA "Syrian Arab Army" Faction ALIASES: "Syrian government forces"
        actor EMPTY "Nobody" aliases:
        """)
        XCTAssertEqual(graph.actors, [
            Actor(id: "TUR", name: "Turkey", kind: .state,
                  aliases: ["Turkish", "Ankara", "Recep Tayyip Erdogan", "Ahmet Davutoglu"]),
            Actor(id: "KURDS", name: "Kurds", kind: .armedGroup),
            Actor(id: "NATO", name: "NATO", kind: .organisation),
            Actor(id: "IS", name: "IS", kind: .unknown, aliases: ["ISIS", "Daesh, or IS"]),
            Actor(id: "Free Syrian Army", name: "FSA", kind: .armedGroup, aliases: ["FSA rebels"]),
            Actor(id: "SAA", name: "Syrian Arab Army", kind: .faction, aliases: ["Syrian government forces"]),
            Actor(id: "EMPTY", name: "Nobody"),
        ])
        XCTAssertTrue(graph.stances.isEmpty)
    }

    func testDeclarationsApplyBeforeStancesWhereverTheyAre() throws {
        let graph = try parse("""
        Turkey opposes Kurds "They are terrorists."
        the turkish threatens KURDISH FORCES
        actor TUR "Turkey" state aliases: Turkish
        actor KURDS "Kurds" armed-group aliases: Kurdish forces
        """)
        XCTAssertEqual(graph.actors.map(\.id), ["TUR", "KURDS"], "no actor is created for a declared name")
        XCTAssertEqual(summary(graph), ["TUR opposes KURDS x1", "TUR threatens KURDS x1"])
        XCTAssertEqual(graph.stances[0].evidence.map(\.text), ["They are terrorists."])
    }

    func testUndeclaredActorsAreCreatedInOrderOfUse() throws {
        let graph = try parse("""
        Saudi Arabia backs Yemen
        Houthis attacks Saudi Arabia
        yemen meets the Houthis
        """)
        XCTAssertEqual(graph.actors, [
            Actor(id: "Saudi-Arabia", name: "Saudi Arabia"),
            Actor(id: "Yemen", name: "Yemen"),
            Actor(id: "Houthis", name: "Houthis"),
        ])
        XCTAssertEqual(summary(graph), [
            "Saudi-Arabia supports Yemen x1", "Houthis attacks Saudi-Arabia x1", "Yemen meets Houthis x1",
        ])
    }

    func testQuotedActorNames() throws {
        let graph = try parse("""
        "Support Group" backs "Attack Force" "evidence"
        "the Attack Force" fights alongside "Saudi Arabia"
        "Россия 🇷🇺" opposes "حماس"
        """)
        XCTAssertEqual(graph.actors.map(\.id), ["Support-Group", "Attack-Force", "Saudi-Arabia", "Россия", "حماس"])
        XCTAssertEqual(graph.actors.map(\.name), ["Support Group", "Attack Force", "Saudi Arabia", "Россия 🇷🇺", "حماس"])
        XCTAssertEqual(summary(graph), [
            "Support-Group supports Attack-Force x1",
            "Attack-Force cooperates Saudi-Arabia x1",
            "Россия opposes حماس x1",
        ])
    }

    func testMultiWordNamesStopAtTheFirstStanceWord() throws {
        let graph = try parse("United Arab Emirates backs Free Syrian Army \"q\" x2")
        XCTAssertEqual(graph.actors.map(\.name), ["United Arab Emirates", "Free Syrian Army"])
        XCTAssertEqual(summary(graph), ["United-Arab-Emirates supports Free-Syrian-Army x2"])
    }

    // MARK: Stance words

    func testSynonyms() throws {
        let cases: [(String, StanceKind)] = [
            ("backs", .supports), ("supports", .supports), ("Sided With", .supports), ("funds", .supports),
            ("fights", .attacks), ("fights against", .attacks), ("shoots down", .attacks), ("ATTACKS", .attacks),
            ("fights alongside", .cooperates), ("cooperates", .cooperates), ("cooperates with", .cooperates),
            ("is allied with", .cooperates), ("signs deal with", .cooperates),
            ("talks with", .meets), ("meets with", .meets), ("meets", .meets), ("negotiates with", .meets),
            ("cut ties with", .coerces), ("cuts ties with", .coerces), ("sanctions", .coerces), ("detained", .coerces),
            ("will not tolerate", .opposes), ("won't tolerate", .opposes), ("condemns", .opposes), ("rejects", .opposes),
            ("warns", .threatens), ("mobilises against", .threatens), ("threatens", .threatens),
        ]
        for (phrase, kind) in cases {
            let graph = try parse("Alpha Force \(phrase) Beta Group")
            XCTAssertEqual(graph.stances.map(\.kind), [kind], phrase)
            XCTAssertEqual(graph.actors.map(\.name), ["Alpha Force", "Beta Group"], "the phrase is consumed whole: \(phrase)")
            XCTAssertEqual(StanceVocabulary.kind(for: phrase), kind, phrase)
        }
    }

    func testLongestPhraseWins() throws {
        XCTAssertEqual(summary(try parse("Russia fights alongside SAA")), ["Russia cooperates SAA x1"])
        XCTAssertEqual(summary(try parse("Russia fights SAA")), ["Russia attacks SAA x1"])
        XCTAssertEqual(summary(try parse("Russia meets with Turkey")), ["Russia meets Turkey x1"])
        XCTAssertEqual(StanceVocabulary.kind(for: "  Fights   ALONGSIDE "), .cooperates)
        XCTAssertNil(StanceVocabulary.kind(for: "likes"))
        XCTAssertNil(StanceVocabulary.kind(for: "alongside"))
        for kind in StanceKind.allCases {
            XCTAssertEqual(StanceVocabulary.kind(for: kind.rawValue), kind)
        }
        // Sorted longest first, and no phrase means two kinds.
        let lengths = StanceVocabulary.phrases.map(\.words.count)
        XCTAssertEqual(lengths, lengths.sorted(by: >))
        var seen: [[String]: StanceKind] = [:]
        for phrase in StanceVocabulary.phrases {
            if let earlier = seen[phrase.words] { XCTAssertEqual(earlier, phrase.kind, "\(phrase.words)") }
            seen[phrase.words] = phrase.kind
        }
        XCTAssertTrue(StanceVocabulary.isStanceWord("Fights"))
        XCTAssertTrue(StanceVocabulary.isStanceWord("is"), "'is' starts 'is allied with'")
        XCTAssertFalse(StanceVocabulary.isStanceWord("Turkey"))
    }

    // MARK: Evidence and counts

    func testSeveralEvidenceQuotesAndCounts() throws {
        let graph = try parse("""
        A backs B "one" "two" "three"
        A opposes B "only" x5
        A attacks B ×3
        A meets B x2 "after the count"
        A threatens B "q" x1
        """)
        XCTAssertEqual(summary(graph), ["A supports B x3", "A opposes B x5", "A attacks B x3", "A meets B x2", "A threatens B x1"])
        XCTAssertEqual(graph.stances[0].evidence.map(\.text), ["one", "two", "three"])
        XCTAssertEqual(graph.stances[1].evidence.map(\.text), ["only"])
        XCTAssertEqual(graph.stances[2].evidence, [])
        XCTAssertEqual(graph.stances[3].evidence.map(\.text), ["after the count"])
    }

    func testCountBelowEvidenceCountIsRaisedToIt() throws {
        XCTAssertEqual(summary(try parse(#"A backs B "one" "two" x1"#)), ["A supports B x2"])
    }

    func testRepeatedLinesMerge() throws {
        let graph = try parse("""
        A backs B "one"
        A backs B x2
        A backs B "two" "three"
        B meets A "b-a"
        A talks with B "a-b"
        """)
        XCTAssertEqual(summary(graph), ["A supports B x5", "B meets A x2"])
        XCTAssertEqual(graph.stances[0].evidence.map(\.text), ["one", "two", "three"])
        XCTAssertEqual(graph.stances[1].evidence.map(\.text), ["b-a", "a-b"])
    }

    func testEscapesInQuotes() throws {
        let graph = try parse(#"A backs B "say \"hi\" \\ path\\n\nnext\rcr\ttab" "curly “quotes” stay""#)
        XCTAssertEqual(graph.stances[0].evidence.map(\.text),
                       ["say \"hi\" \\ path\\n\nnext\rcr\ttab", "curly “quotes” stay"])
        let names = try parse(#"actor "A \"1\"" "back\\slash" aliases: "tab\there""#)
        XCTAssertEqual(names.actors, [Actor(id: "A \"1\"", name: "back\\slash", aliases: ["tab\there"])])
    }

    // MARK: Line endings and BOM

    func testCRLFLineEndings() throws {
        let graph = try parse("title \"T\"\r\nactor A \"Alpha\" state\r\n\r\nA backs B \"q\" x2\r\nB fights A # c\r\n")
        XCTAssertEqual(graph.metadata.title, "T")
        XCTAssertEqual(graph.actors, [Actor(id: "A", name: "Alpha", kind: .state), Actor(id: "B")])
        XCTAssertEqual(summary(graph), ["A supports B x2", "B attacks A x1"])
        XCTAssertEqual(graph.stances[0].evidence.map(\.text), ["q"], "no CR left in the quote")
    }

    func testCRLFErrorLines() {
        assertFormatError(try parse("A backs B\r\n\r\nC likes D\r\n"), line: 3, column: 3,
                          containing: ["'likes' is not a stance word"])
        assertFormatError(try parse("A backs B\r\nC backs\r\n"), line: 2, column: 8,
                          message: "expected the target actor after 'backs'")
    }

    func testByteOrderMark() throws {
        let graph = try parse("\u{FEFF}title \"T\"\nA backs B\n")
        XCTAssertEqual(graph.metadata.title, "T")
        XCTAssertEqual(summary(graph), ["A supports B x1"])
        let keyword = try parse("\u{FEFF}actor A \"Alpha\"")
        XCTAssertEqual(keyword.actors, [Actor(id: "A", name: "Alpha")])
        // Columns on the first line do not count the BOM.
        assertFormatError(try parse("\u{FEFF}A likes B"), line: 1, column: 3, containing: ["'likes'"])
    }

    // MARK: Errors

    func testUnknownStanceWord() {
        let error = assertFormatError(
            try parse("# header\nTurkey likes Kurds", file: "seed.rg"), file: "seed.rg", line: 2, column: 8)
        XCTAssertEqual(error?.message,
                       "expected SOURCE STANCE TARGET; 'likes' is not a stance word. Stance words: " +
                       "supports, cooperates, meets, opposes, threatens, coerces, attacks, or synonyms such as " +
                       StanceVocabulary.examples)
        XCTAssertTrue(error?.message.contains(StanceKind.allowedNames) ?? false)
        XCTAssertEqual(error?.description.hasPrefix("seed.rg:2:8: error: expected SOURCE STANCE TARGET"), true)
        assertFormatError(try parse("Turkey"), line: 1, column: 7,
                          containing: ["only one word on the line", StanceKind.allowedNames])
        assertFormatError(try parse("  \"Quoted name\"  "), line: 1, column: 18, containing: ["only one word on the line"])
    }

    func testMissingTarget() {
        assertFormatError(try parse("Turkey backs"), line: 1, column: 13,
                          message: "expected the target actor after 'backs'")
        assertFormatError(try parse("Turkey fights alongside"), line: 1, column: 24,
                          message: "expected the target actor after 'alongside'")
        assertFormatError(try parse("Turkey backs x2"), line: 1, column: 14,
                          message: "expected the target actor after 'backs'")
        assertFormatError(try parse("Turkey backs , Kurds"), line: 1, column: 14,
                          message: "expected the target actor after 'backs'")
    }

    func testMissingSource() {
        assertFormatError(try parse("A backs B\nbacks Kurds"), line: 2, column: 1,
                          message: "expected the source actor before 'backs'")
        assertFormatError(try parse("   Fights Kurds"), line: 1, column: 4,
                          message: "expected the source actor before 'Fights'")
        assertFormatError(try parse("\"\" backs Kurds"), line: 1, column: 1,
                          message: "the source actor's name is empty")
        assertFormatError(try parse("A backs \"  \""), line: 1, column: 9,
                          message: "the target actor's name is empty")
        assertFormatError(try parse("\"Saudi\" Arabia backs Yemen"), line: 1, column: 1,
                          message: "a source actor is either one quoted name or plain words, not both")
    }

    func testUnterminatedQuote() {
        let message = "unterminated quoted string; expected a closing '\"' before the end of the line"
        assertFormatError(try parse("A backs B\nTurkey backs Kurds \"never closed\nC backs D \"ok\""),
                          line: 2, column: 20, message: message)
        assertFormatError(try parse(#"A backs B "ends in a backslash \"#), line: 1, column: 11, message: message)
        assertFormatError(try parse("A backs B \"open\r\nC backs D"), line: 1, column: 11, message: message)
        assertFormatError(try parse("actor A \"Alpha"), line: 1, column: 9, message: message)
    }

    func testUnknownEscape() {
        assertFormatError(try parse(#"A backs B "bad \q escape""#), line: 1, column: 16,
                          message: #"unknown escape '\q' in a quoted string; use \", \\, \n, \r or \t"#)
        assertFormatError(try parse("\n\nactor \"a\\u0041\""), line: 3, column: 9, containing: [#"'\u'"#])
    }

    func testUnknownActorKind() {
        assertFormatError(try parse("actor TUR \"Turkey\" country-ish"), line: 1, column: 20,
                          message: "unknown actor kind 'country-ish'; expected one of: " +
                                   "state, armed-group, organisation, faction, person, unknown")
        // An unquoted name is read as a kind.
        assertFormatError(try parse("actor TUR Turkey"), line: 1, column: 11,
                          containing: ["unknown actor kind 'Turkey'", ActorKind.allowedNames])
    }

    func testOtherActorDeclarationErrors() {
        assertFormatError(try parse("actor"), line: 1, column: 7,
                          message: "expected an actor id after 'actor', as in: actor TUR \"Turkey\" state")
        assertFormatError(try parse("actor , x"), line: 1, column: 7,
                          message: "expected an actor id after 'actor', as in: actor TUR \"Turkey\" state")
        assertFormatError(try parse("actor \"\" \"Nobody\""), line: 1, column: 7, message: "an actor id must not be empty")
        assertFormatError(try parse("actor TUR \"Turkey\" state extra"), line: 1, column: 26,
                          message: "expected 'aliases:' or the end of the line, found 'extra'")
        assertFormatError(try parse("actor TUR \"Turkey\" \"Türkiye\""), line: 1, column: 20,
                          message: "expected 'aliases:' or the end of the line, found 'Türkiye'")
        assertFormatError(try parse("actor TUR aliases: Ankara,, Turkish"), line: 1, column: 27,
                          message: "expected an alias before ','")
        assertFormatError(try parse("actor TUR aliases: , Ankara"), line: 1, column: 20,
                          message: "expected an alias before ','")
        assertFormatError(try parse("actor TUR aliases: \"Ankara\" Turkish"), line: 1, column: 29,
                          message: "expected ',' between aliases")
    }

    func testMetadataErrors() {
        assertFormatError(try parse("title"), line: 1, column: 7, message: "expected a value after 'title'")
        assertFormatError(try parse("  Date   # none"), line: 1, column: 8, message: "expected a value after 'Date'")
        assertFormatError(try parse("meta"), line: 1, column: 6,
                          message: "expected a field name after 'meta', as in: meta cluster syria-2016")
        assertFormatError(try parse("meta cluster"), line: 1, column: 6, message: "expected a value after 'meta'")
        assertFormatError(try parse("title \"a\" b"), line: 1, column: 11,
                          message: "expected one quoted value or plain words after 'title'")
    }

    func testSelfStance() {
        assertFormatError(try parse("actor TUR \"Turkey\" aliases: Ankara\n  Turkey opposes the Ankara"),
                          line: 2, column: 3, message: "'TUR opposes TUR': an actor cannot take a stance towards itself")
        assertFormatError(try parse("Kurds attacks kurds"), line: 1, column: 1,
                          message: "'Kurds attacks Kurds': an actor cannot take a stance towards itself")
    }

    func testDuplicateActorID() {
        assertFormatError(try parse("actor TUR \"Turkey\"\nTUR backs US\n  actor TUR \"Türkiye\" state", file: "dup.rg"),
                          file: "dup.rg", line: 3, column: 3, message: "actor id 'TUR' is declared twice; ids must be unique")
    }

    func testCountMustBePositive() {
        assertFormatError(try parse("A backs B x0"), line: 1, column: 11, message: "a count must be at least 1")
        assertFormatError(try parse("A backs B \"q\" ×0"), line: 1, column: 15, message: "a count must be at least 1")
        assertFormatError(try parse("A backs B x00"), line: 1, column: 11, message: "a count must be at least 1")
    }

    func testGarbageAfterTheTarget() {
        func message(_ found: String) -> String {
            "expected an evidence quote (\"...\") or a count such as x2, found '\(found)'"
        }
        assertFormatError(try parse(#"A backs B "e" extra"#), line: 1, column: 15, message: message("extra"))
        assertFormatError(try parse(#"A backs "B C" D"#), line: 1, column: 15, message: message("D"))
        assertFormatError(try parse("A backs B x2 x3"), line: 1, column: 14, message: message("x3"))
        assertFormatError(try parse("A backs B, C"), line: 1, column: 10, message: message(","))
        assertFormatError(try parse("A backs B x2 C"), line: 1, column: 14, message: message("C"))
    }

    func testColumnsCountCharacters() {
        // A flag (two scalars), a family emoji (five) and e + combining acute (two) are one column each.
        assertFormatError(try parse("🇷🇺 likes B"), line: 1, column: 3, containing: ["'likes'"])
        assertFormatError(try parse("👨‍👩‍👧 e\u{301} \"q\\z\""), line: 1, column: 7, containing: [#"'\z'"#])
        assertFormatError(try parse("Ру\u{301}сские backs"), line: 1, column: 14,
                          message: "expected the target actor after 'backs'")
    }

    func testQuoteOrSpaceFollowedByACombiningMarkIsStillSeen() throws {
        // `"` + U+0301 and ` ` + U+200D are single Characters; the tokenizer must still
        // see the quote and the space.
        let graph = try parse("A backs \u{200D}B \"\u{301}one\" \"\\n\u{301}\"")
        XCTAssertEqual(graph.actors.map(\.name), ["A", "\u{200D}B"])
        XCTAssertEqual(graph.stances.first?.evidence.map(\.text), ["\u{301}one", "\n\u{301}"])
    }

    func testFirstErrorWinsAndFileNameDefaults() {
        assertFormatError(try TextFormatParser().parse("A likes B\nC hates D"), file: "<input>", line: 1, column: 3,
                          containing: ["'likes'"])
    }
}
