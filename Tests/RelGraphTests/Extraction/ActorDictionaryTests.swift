import Foundation
import XCTest
@testable import RelGraph

final class ActorDictionaryTests: XCTestCase {
    // MARK: The built-in dictionary

    /// The 193 UN member states by ISO 3166-1 alpha-3 code.
    static let unMembers = """
        AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR
        BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK COD DNK DJI DMA DOM ECU
        EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND
        IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS
        MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN
        PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP
        SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR
        ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    func testBuiltinLoadsWithEveryStateAndObserver() throws {
        XCTAssertEqual(Self.unMembers.count, 193)
        let dictionary = try ActorDictionary.builtin()
        let states = dictionary.entries.filter { $0.kind == .state }
        XCTAssertGreaterThanOrEqual(states.count, 193)
        let stateIDs = Set(states.map(\.id))
        for code in Self.unMembers + ["PSE", "TWN", "XKX", "VAT"] {
            XCTAssertTrue(stateIDs.contains(code), "missing state \(code)")
        }
        XCTAssertEqual(dictionary.entry(id: "TUR")?.name, "Turkey")
        XCTAssertEqual(dictionary.entry(id: "VAT")?.name, "Holy See")
    }

    func testBuiltinHasOrganisationsAndArmedGroups() throws {
        let dictionary = try ActorDictionary.builtin()
        let expected: [ActorKind: [String]] = [
            .organisation: ["UN", "UNSC", "UNGA", "UNHCR", "UNRWA", "WHO", "IAEA", "NATO", "EU", "AU", "ARAB-LEAGUE",
                            "GCC", "OSCE", "OPEC", "ASEAN", "SCO", "ECOWAS", "OIC", "IMF", "WORLD-BANK", "WTO",
                            "BRICS", "G7", "G20", "ICC", "PYD", "FATAH", "MB"],
            .armedGroup: ["IS", "HTS", "AQ", "AQAP", "AQIM", "YPG", "SDF", "PKK", "HAMAS", "HEZBOLLAH", "HOUTHIS",
                          "TALIBAN", "SHABAAB", "BOKO-HARAM", "WAGNER", "FSA", "PMF", "PIJ", "LET", "TTP",
                          "ISWAP", "M23", "RSF", "TPLF", "POLISARIO", "ELN", "FARC", "LNA", "KURDS"],
            .faction: ["KRG", "AZOV", "DPR", "LPR"],
        ]
        for (kind, ids) in expected {
            for id in ids {
                XCTAssertEqual(dictionary.entry(id: id)?.kind, kind, id)
            }
        }
        // The brief's names for them resolve, whatever the id.
        let named: [String: String] = [
            "Islamic State": "IS", "ISIL": "IS", "Jabhat al-Nusra": "HTS", "Nusra Front": "HTS",
            "Hayat Tahrir al-Sham": "HTS", "al-Qaeda": "AQ", "Kurdish Peshmerga": "KRG", "Peshmerga": "KRG",
            "Popular Mobilization Forces": "PMF", "Ansar Allah": "HOUTHIS", "Houthis": "HOUTHIS",
            "Islamic Jihad": "PIJ", "Muslim Brotherhood": "MB", "Lashkar-e-Taiba": "LET",
            "Rapid Support Forces": "RSF", "Tigray People's Liberation Front": "TPLF", "Wagner Group": "WAGNER",
            "Free Syrian Army": "FSA", "Syrian Democratic Forces": "SDF", "Security Council": "UNSC",
            "Arab League": "ARAB-LEAGUE", "World Bank": "WORLD-BANK", "G20": "G20", "Azov Regiment": "AZOV",
            "Polisario Front": "POLISARIO", "Boko Haram": "BOKO-HARAM", "al-Shabaab": "SHABAAB",
        ]
        for (text, id) in named {
            XCTAssertEqual(Set(dictionary.resolve(text).map(\.actorID)), [id], text)
        }
    }

    func testBuiltinEntriesAreWellFormed() throws {
        let dictionary = try ActorDictionary.builtin()
        let ids = dictionary.entries.map(\.id)
        XCTAssertEqual(Set(ids).count, ids.count, "ids are unique")
        XCTAssertGreaterThan(dictionary.institutions.count, 50)
        XCTAssertGreaterThan(dictionary.locations.count, 30)
        XCTAssertFalse(dictionary.people.isEmpty)
        XCTAssertFalse(dictionary.nonActors.isEmpty)
        for entry in dictionary.entries {
            XCTAssertNotEqual(entry.kind, .unknown, "\(entry.id) declares a kind")
            XCTAssertFalse(entry.names.isEmpty, "\(entry.id) has a proper name")
            for form in entry.allForms {
                XCTAssertFalse(form.contains("("), "\(entry.id): '\(form)' is a form, not a note")
                if form.lowercased().hasPrefix("the "), !["The Hague"].contains(form) {
                    XCTFail("\(entry.id): '\(form)' should be written without 'the'")
                }
            }
            let keys = Set(entry.allForms.map(ActorDictionary.matchKey))
            for form in entry.ambiguous {
                XCTAssertTrue(keys.contains(ActorDictionary.matchKey(form)), "\(entry.id): ambiguous '\(form)' is not a form")
            }
        }
    }

    /// A form that names two actors must be flagged in both, so the extractor knows
    /// to look for context.
    func testFormsOfSeveralActorsAreFlaggedAmbiguous() throws {
        let forms = try ActorDictionary.builtin().surfaceForms()
        let byKey = Dictionary(grouping: forms) { ActorDictionary.matchKey($0.text) }
        for (key, group) in byKey where Set(group.map(\.actorID)).count > 1 {
            XCTAssertTrue(group.allSatisfy(\.ambiguous),
                          "'\(key)' names \(Set(group.map(\.actorID)).sorted()) but is not flagged in all of them")
        }
    }

    func testBuiltinLookups() throws {
        let dictionary = try ActorDictionary.builtin()
        let cases: [(String, String, SurfaceForm.Role)] = [
            ("Ankara", "TUR", .capital), ("Daesh", "IS", .name), ("U.S.", "USA", .name), ("US", "USA", .name),
            ("America", "USA", .name), ("Emirati", "ARE", .demonym), ("UAE", "ARE", .name),
            ("Hizbollah", "HEZBOLLAH", .name), ("Hezbollah", "HEZBOLLAH", .name), ("the Kremlin", "RUS", .capital),
            ("The Kremlin", "RUS", .capital), ("Erdogan", "TUR", .leader), ("Erdoğan", "TUR", .leader),
            ("Recep Tayyip Erdogan", "TUR", .leader), ("Kim Jong Un", "PRK", .leader), ("Kim Jong-un", "PRK", .leader),
            ("DPRK", "PRK", .name), ("ROK", "KOR", .name), ("Britain", "GBR", .name), ("U.K.", "GBR", .name),
            ("Downing Street", "GBR", .capital), ("the White House", "USA", .capital), ("Pentagon", "USA", .capital),
            ("Elysee", "FRA", .capital), ("Élysée", "FRA", .capital), ("Brussels", "EU", .capital),
            ("Riyadh", "SAU", .capital), ("Saudis", "SAU", .demonym), ("Doha", "QAT", .capital),
            ("Qatari", "QAT", .demonym), ("Tehran", "IRN", .capital), ("Syrian", "SYR", .demonym),
            ("Israeli", "ISR", .demonym), ("IDF", "ISR", .capital), ("Lavrov", "RUS", .leader),
            ("ISIS", "IS", .name), ("Islamic State", "IS", .name), ("YPG", "YPG", .name),
            ("Turkish", "TUR", .demonym), ("Türkiye", "TUR", .name), ("Kyiv", "UKR", .capital),
            ("Kiev", "UKR", .capital), ("Zelensky", "UKR", .leader), ("Houthi", "HOUTHIS", .demonym),
        ]
        for (text, id, role) in cases {
            let found = dictionary.resolve(text)
            XCTAssertEqual(found.map(\.actorID), [id], text)
            XCTAssertEqual(found.first?.role, role, text)
        }
        XCTAssertEqual(dictionary.resolve("Erdoğan").first?.text, "Erdoğan", "the exact spelling is preferred")
        XCTAssertEqual(dictionary.resolve("ERDOGAN").first?.text, "Erdogan")
        XCTAssertEqual(dictionary.resolve("Washington").first?.ambiguous, true)
        XCTAssertEqual(dictionary.resolve("Georgia").first?.ambiguous, true)
        XCTAssertEqual(dictionary.resolve("Ankara").first?.ambiguous, false)
        XCTAssertEqual(dictionary.resolve("Belgium").map(\.actorID), ["BEL"])
        XCTAssertTrue(dictionary.resolve("Geneva").isEmpty, "Geneva is a venue, not a state")
    }

    func testAcronymsAreCaseSensitive() throws {
        for form in ["US", "U.S.", "IS", "UN", "EU", "SDF", "IS-K", "G7", "OPEC+", "D.R. Congo", "LeT", "DoD"] {
            XCTAssertTrue(SurfaceForm.isCaseSensitive(form), form)
        }
        for form in ["Turkey", "al-Nusra", "Daesh", "Nato", "iPhone", "McGurk", "al-Qaeda", "Kim Jong-un", "123"] {
            XCTAssertFalse(SurfaceForm.isCaseSensitive(form), form)
        }
        let dictionary = try ActorDictionary.builtin()
        let forms = dictionary.surfaceForms()
        for text in ["US", "IS", "UN", "EU", "UK"] {
            let form = try XCTUnwrap(forms.first { $0.text == text }, text)
            XCTAssertTrue(form.caseSensitive, text)
        }
        XCTAssertEqual(forms.first { $0.text == "Turkey" }?.caseSensitive, false)
        for text in ["us", "Us", "is", "Is", "un", "eu", "uk", "Let", "let"] {
            XCTAssertTrue(dictionary.resolve(text).isEmpty, "'\(text)' must not match an acronym")
        }
        XCTAssertEqual(dictionary.resolve("TURKEY").map(\.actorID), ["TUR"], "case-insensitive forms match any case")
    }

    func testSurfaceFormsListEachFormOncePerActor() throws {
        let forms = try ActorDictionary.builtin().surfaceForms()
        var seen = Set<String>()
        for form in forms {
            XCTAssertTrue(seen.insert("\(form.actorID)\u{0}\(form.text)").inserted, "\(form.actorID): \(form.text) twice")
        }
        let turkey = forms.filter { $0.actorID == "TUR" }
        XCTAssertEqual(turkey.first?.text, "Turkey", "the display name comes first")
        XCTAssertEqual(turkey.first { $0.text == "Ankara" }?.role, .capital)
    }

    func testBuiltinIsSharedAcrossThreads() throws {
        let first = try ActorDictionary.builtin()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            XCTAssertEqual(try? ActorDictionary.builtin().entries.count, first.entries.count)
        }
    }

    func testEntryAsGraphActor() throws {
        let actor = try XCTUnwrap(ActorDictionary.builtin().entry(id: "TUR")).actor
        XCTAssertEqual(actor.id, "TUR")
        XCTAssertEqual(actor.name, "Turkey")
        XCTAssertEqual(actor.kind, .state)
        XCTAssertTrue(actor.isNamed("Ankara"))
        XCTAssertTrue(actor.isNamed("the Turks"))
        XCTAssertFalse(actor.aliases.contains("Turkey"), "the name is not repeated as an alias")
    }

    // MARK: Reading files

    static let base = """
        # a small dictionary
        institutions: [troops, foreign ministry]
        locations: [border]
        actors:
          - id: TUR
            name: Turkey
            kind: state
            names: [Turkey]
            demonyms: [Turkish]
            capitals: [Ankara]
            leaders: [Erdogan]
          - id: SYR
            name: Syria
            kind: country
            names: [Syria]
            ambiguous: [Syria]
        """

    func testReadsEntriesAndNounLists() throws {
        let dictionary = try ActorDictionary(yaml: Self.base, fileName: "base.yaml")
        XCTAssertEqual(dictionary.entries.map(\.id), ["TUR", "SYR"])
        XCTAssertEqual(dictionary.entry(id: "SYR")?.kind, .state, "forgiving kind spellings are accepted")
        XCTAssertEqual(dictionary.entry(id: "TUR")?.capitals, ["Ankara"])
        XCTAssertEqual(dictionary.institutions, ["troops", "foreign ministry"])
        XCTAssertEqual(dictionary.locations, ["border"])
        XCTAssertEqual(dictionary.people, [])
        XCTAssertEqual(dictionary.surfaceForms().map(\.text), ["Turkey", "Turkish", "Ankara", "Erdogan", "Syria"])
        XCTAssertEqual(dictionary.resolve("syria").first?.ambiguous, true)
    }

    func testNameDefaultsAndBareListFiles() throws {
        let dictionary = try ActorDictionary(yaml: """
            - id: HTS
              kind: armed-group
              names: [Hayat Tahrir al-Sham, HTS]
            - id: XYZ
              ambiguous: true
              names: [Xyz]
              leaders: [Mr Xyz]
            """, fileName: "list.yaml")
        XCTAssertEqual(dictionary.entry(id: "HTS")?.name, "Hayat Tahrir al-Sham")
        XCTAssertEqual(dictionary.entry(id: "XYZ")?.kind, .unknown)
        XCTAssertEqual(dictionary.resolve("Mr Xyz").first?.ambiguous, true, "`ambiguous: true` flags every form")
        XCTAssertEqual(dictionary.resolve("HTS").first?.caseSensitive, true)
    }

    func testMergingOverridesByIDAndAddsEntries() throws {
        let base = try ActorDictionary(yaml: Self.base, fileName: "base.yaml")
        let user = try ActorDictionary(yaml: """
            institutions: [gendarmerie, Troops]
            people: [refugees]
            actors:
              - id: TUR
                names: [Türkiye]
                leaders: [Hakan Fidan]
              - id: SYR
                name: Syrian Arab Republic
                kind: faction
                replace: true
                names: [Damascus government]
              - id: SDF
                name: Syrian Democratic Forces
                kind: armed-group
                names: [SDF]
            """, fileName: "user.yaml")
        let merged = base.merging(user)
        XCTAssertEqual(merged.entries.map(\.id), ["TUR", "SYR", "SDF"])

        let turkey = try XCTUnwrap(merged.entry(id: "TUR"))
        XCTAssertEqual(turkey.name, "Turkey", "an override without a name keeps the built-in name")
        XCTAssertEqual(turkey.kind, .state, "an override without a kind keeps the built-in kind")
        XCTAssertEqual(turkey.names, ["Turkey", "Türkiye"])
        XCTAssertEqual(turkey.leaders, ["Erdogan", "Hakan Fidan"])
        XCTAssertEqual(merged.resolve("Hakan Fidan").map(\.actorID), ["TUR"])

        let syria = try XCTUnwrap(merged.entry(id: "SYR"))
        XCTAssertEqual(syria.name, "Syrian Arab Republic")
        XCTAssertEqual(syria.kind, .faction)
        XCTAssertEqual(syria.names, ["Damascus government"], "replace: true drops the built-in forms")
        XCTAssertTrue(merged.resolve("Syria").isEmpty)

        XCTAssertEqual(merged.entry(id: "SDF")?.kind, .armedGroup)
        XCTAssertEqual(merged.institutions, ["troops", "foreign ministry", "gendarmerie"])
        XCTAssertEqual(merged.people, ["refugees"])
        XCTAssertEqual(base.entry(id: "TUR")?.names, ["Turkey"], "merging leaves the original untouched")
    }

    func testMergingIntoTheBuiltinDictionary() throws {
        let user = try ActorDictionary(yaml: """
            actors:
              - id: TUR
                names: [Turkiye Cumhuriyeti]
              - id: AANES
                name: Autonomous Administration
                kind: faction
                names: [Autonomous Administration]
            """, fileName: "user.yaml")
        let merged = try ActorDictionary.builtin().merging(user)
        XCTAssertEqual(merged.resolve("Turkiye Cumhuriyeti").map(\.actorID), ["TUR"])
        XCTAssertEqual(merged.resolve("Ankara").map(\.actorID), ["TUR"], "built-in forms stay")
        XCTAssertEqual(merged.entries.last?.id, "AANES")
        XCTAssertEqual(merged.entries.count, try ActorDictionary.builtin().entries.count + 1)
    }

    // MARK: Errors

    func testYAMLSyntaxErrorHasTheParsersLine() {
        assertFormatError(try ActorDictionary(yaml: """
            actors:
              - id: TUR
                names: [Turkey, Ankara
              - id: SYR
            """, fileName: "bad.yaml"),
            file: "bad.yaml", line: 4, column: 7, containing: ["invalid YAML", "flow sequence"])
        assertFormatError(try ActorDictionary(yaml: "actors:\n  - id: TUR\n\tnames: [Turkey]\n", fileName: "tab.yaml"),
                          file: "tab.yaml", line: 3, column: 1, containing: ["invalid YAML"])
    }

    func testUnknownKindListsAllowedKinds() {
        assertFormatError(try ActorDictionary(yaml: """
            actors:
              - id: TUR
                kind: nation-state
                names: [Turkey]
            """, fileName: "kinds.yaml"),
            file: "kinds.yaml", line: 3, column: 11,
            containing: ["unknown kind 'nation-state' for 'TUR'", "state, armed-group, organisation, faction, person, unknown"])
    }

    func testDuplicateIDPointsAtTheSecondEntry() {
        assertFormatError(try ActorDictionary(yaml: """
            actors:
              - id: TUR
                names: [Turkey]
              - id: SYR
                names: [Syria]
              - id: TUR
                names: [Türkiye]
            """, fileName: "dup.yaml"),
            file: "dup.yaml", line: 6, column: 9, message: "duplicate id 'TUR' (first defined on line 2)")
    }

    func testEmptyAndMistypedFormsAreReported() {
        assertFormatError(try ActorDictionary(yaml: "actors:\n  - id: TUR\n    names: []\n", fileName: "a.yaml"),
                          file: "a.yaml", line: 3, column: 12, containing: ["`names` of 'TUR' is empty"])
        assertFormatError(try ActorDictionary(yaml: "actors:\n  - id: TUR\n    names:\n", fileName: "b.yaml"),
                          file: "b.yaml", line: 3, containing: ["`names` of 'TUR' is empty"])
        assertFormatError(try ActorDictionary(yaml: "actors:\n  - id: TUR\n    names: [Turkey, '  ']\n", fileName: "c.yaml"),
                          file: "c.yaml", line: 3, column: 21, message: "empty form in `names` of 'TUR'")
        assertFormatError(try ActorDictionary(yaml: "actors:\n  - id: TUR\n    names: [Turkey, {a: b}]\n", fileName: "d.yaml"),
                          file: "d.yaml", line: 3, column: 21, containing: ["`names` must be a list of strings"])
        assertFormatError(try ActorDictionary(yaml: "actors:\n  - id: TUR\n    replace: maybe\n", fileName: "e.yaml"),
                          file: "e.yaml", line: 3, column: 14, containing: ["`replace` must be true or false"])
    }

    func testUnknownKeysAndMissingIDs() {
        assertFormatError(try ActorDictionary(yaml: "actors:\n  - id: TUR\n    leader: [Erdogan]\n", fileName: "k.yaml"),
                          file: "k.yaml", line: 3, column: 5,
                          containing: ["unknown key 'leader'", "id, name, kind, names, demonyms, capitals, leaders"])
        assertFormatError(try ActorDictionary(yaml: "actor:\n  - id: TUR\n", fileName: "top.yaml"),
                          file: "top.yaml", line: 1, column: 1,
                          containing: ["unknown key 'actor'", "actors, institutions, locations, people, nonActors"])
        assertFormatError(try ActorDictionary(yaml: "actors:\n  - names: [Turkey]\n", fileName: "id.yaml"),
                          file: "id.yaml", line: 2, column: 5, message: "actor entry has no `id`")
        assertFormatError(try ActorDictionary(yaml: "actors:\n  - id: Turkish Republic\n", fileName: "sp.yaml"),
                          file: "sp.yaml", line: 2, column: 9, containing: ["contains a space"])
        assertFormatError(try ActorDictionary(yaml: "actors: Turkey\n", fileName: "l.yaml"),
                          file: "l.yaml", line: 1, column: 9, containing: ["`actors` must be a list"])
        assertFormatError(try ActorDictionary(yaml: "# nothing\n", fileName: "empty.yaml"),
                          file: "empty.yaml", line: 1, column: 1, containing: ["empty"])
    }
}

/// `assertFormatError` without a column, for errors whose column depends on how
/// the YAML parser marks an empty value.
@discardableResult
private func assertFormatError<T>(
    _ body: @autoclosure () throws -> T, file fileName: String, line: Int,
    containing fragments: [String], sourceFile: StaticString = #filePath, sourceLine: UInt = #line
) -> FormatError? {
    var caught: FormatError?
    XCTAssertThrowsError(try body(), file: sourceFile, line: sourceLine) { error in
        guard let formatError = error as? FormatError else {
            return XCTFail("expected a FormatError, got \(error)", file: sourceFile, line: sourceLine)
        }
        caught = formatError
        XCTAssertEqual(formatError.location.file, fileName, file: sourceFile, line: sourceLine)
        XCTAssertEqual(formatError.location.line, line, formatError.message, file: sourceFile, line: sourceLine)
        for fragment in fragments {
            XCTAssertTrue(formatError.message.contains(fragment), "'\(formatError.message)' lacks '\(fragment)'",
                          file: sourceFile, line: sourceLine)
        }
    }
    return caught
}
