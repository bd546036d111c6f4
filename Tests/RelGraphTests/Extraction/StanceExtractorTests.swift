import XCTest
@testable import RelGraph

/// One test per phenomenon the extractor reads, on sentences written for the test.
final class StanceExtractorTests: XCTestCase {
    private static let extractor: StanceExtractor = {
        // The built-in resources ship with the library; a failure here is a packaging bug.
        try! StanceExtractor(dictionary: .builtin(), lexicon: .builtin())
    }()

    private func stances(_ text: String) -> Set<String> {
        let graph = Self.extractor.extract(Article.parse(text, id: "t"))
        return Set(graph.stances.map { "\($0.source) \($0.kind.rawValue) \($0.target)" })
    }

    func testActiveVerbWithCoordinatedSubjects() {
        XCTAssertEqual(stances("Russia and Iran support Syria."), ["RUS supports SYR", "IRN supports SYR"])
    }

    func testPassiveVoiceSwapsSourceAndTarget() {
        XCTAssertEqual(stances("Saudi Arabia was attacked by Iran on Monday."), ["IRN attacks SAU"])
    }

    func testNegationCancelsTheStance() {
        XCTAssertEqual(stances("Iran denied arming Hamas."), [])
        XCTAssertEqual(stances("Egypt did not attack Libya."), [])
    }

    func testWillNotTolerateIsOpposes() {
        XCTAssertEqual(stances("Turkey will not tolerate Russian troops on its border."), ["TUR opposes RUS"])
    }

    func testNominalisationTakesTheModifier() {
        XCTAssertEqual(stances("Reports showed Turkish support for Hamas."), ["TUR supports HAMAS"])
        XCTAssertEqual(stances("Egypt condemned Qatar's funding of Hamas."), ["EGY opposes QAT", "QAT supports HAMAS"])
    }

    func testHyphenatedCompound() {
        XCTAssertTrue(stances("The Iran-backed Houthis fired missiles.").contains("IRN supports HOUTHIS"))
    }

    func testClashesBetweenGiveAttacksBothWays() {
        XCTAssertEqual(stances("There were clashes between Armenia and Azerbaijan."), ["ARM attacks AZE", "AZE attacks ARM"])
    }

    func testPlacesAreNotTargets() {
        XCTAssertEqual(stances("Russia deployed troops in Syria."), [])
    }

    func testLowercaseUsAndIsAreNotActors() {
        XCTAssertEqual(stances("He told us it is time that Iran meets France."), ["IRN meets FRA"])
    }

    func testDesignationIsOpposes() {
        XCTAssertEqual(stances("Turkey considers the PKK terrorists."), ["TUR opposes PKK"])
    }

    func testWeInAQuoteIsTheSpeaker() {
        XCTAssertTrue(stances("“We attacked Daesh,” Biden said.").contains("USA attacks IS"))
        XCTAssertTrue(stances("“We will attack Daesh,” Biden said.").contains("USA threatens IS"), "announced, not made")
    }

    func testWordsInsideAMultiWordTrigger() {
        XCTAssertEqual(stances("Egypt is cutting diplomatic and economic ties with Qatar."), ["EGY coerces QAT"])
    }

    func testMutualStanceBetweenCoordinatedSubjects() {
        XCTAssertEqual(stances("Russia and Turkey are preparing for a military confrontation."),
                       ["RUS threatens TUR", "TUR threatens RUS"])
    }

    func testInversePhraseTakesTheSourceAfter() {
        XCTAssertEqual(stances("Kurdish militias in Iraq will become a target for Turkey."), ["TUR threatens KURDS"])
    }

    func testTitlesAndInstitutionsBelongToTheMention() {
        let graph = Self.extractor.extract(Article.parse("Turkish Foreign Minister Mevlut Cavusoglu condemned Russian troops.", id: "t"))
        XCTAssertEqual(graph.stances.map(\.key.description), ["TUR opposes RUS"])
        XCTAssertEqual(graph.actor(id: "TUR")?.aliases, ["Turkish Foreign Minister Mevlut Cavusoglu"])
        XCTAssertEqual(graph.actor(id: "RUS")?.aliases, ["Russian troops"])
    }

    func testPerfectTenseIsNotPassive() {
        XCTAssertEqual(stances("Syria had attacked towns held by Hamas."), ["SYR attacks HAMAS"])
    }

    func testSubjectSearchStopsAtAContrastingClause() {
        XCTAssertEqual(stances("Russia backs Syria, but analysts see a strike against Turkey."), ["RUS supports SYR"])
    }

    func testTargetOfAPrepositionIsTheNameRightAfterIt() {
        XCTAssertEqual(stances("Hamas withdrew from Rafah as Egypt moved in."), [])
    }

    func testDemonymBeforeAnotherActorNarrowsIt() {
        let graph = Self.extractor.extract(Article.parse("Turkey attacked Syrian Kurdish forces.", id: "t"))
        XCTAssertEqual(graph.stances.map(\.key.description), ["TUR attacks KURDS"])
        XCTAssertEqual(graph.actor(id: "KURDS")?.aliases, ["Syrian Kurdish forces"])
    }

    func testHyphenatedParticipleIsNeverAVerb() {
        // Not "the SDF backs ...": the compound describes the coalition, which the SDF is.
        XCTAssertEqual(stances("The SDF is a US-backed coalition of Kurdish fighters."), ["USA supports SDF"])
    }

    func testRebelsOfAStateAreNotTheState() {
        XCTAssertEqual(stances("Yemeni rebels attacked Saudi Arabia."), ["REBELS attacks SAU"])
    }

    func testAgentlessPassiveNamesNoSource() {
        XCTAssertEqual(stances("Iran was attacked on Monday."), [])
    }

    func testAGapMayStandBeforeAnyLaterTriggerWord() {
        XCTAssertEqual(stances("Saudi Arabia has broken off diplomatic ties with Iran."), ["SAU coerces IRN"])
    }

    func testPossessiveStandsForTheActorBefore() {
        XCTAssertEqual(stances("Tehran denied the reports about its archfoe Saudi Arabia."), ["IRN opposes SAU"])
    }

    func testAccuserIsNotTheAgentButOpposesTheAccused() {
        XCTAssertEqual(stances("Iran used missiles in attacks on Israel, as alleged by Washington."),
                       ["IRN attacks ISR", "USA opposes IRN"])
        XCTAssertEqual(stances("Tehran denied that it had sent drones to Yemen, as claimed by Riyadh and Washington."),
                       ["SAU opposes IRN", "USA opposes IRN"])
    }

    func testParticipleClauseTakesTheMainSubject() {
        XCTAssertEqual(stances("Turkey launched an operation in Syria on Monday, dispatching tanks and jets to assist rebel forces."),
                       ["TUR supports REBELS"])
        XCTAssertEqual(stances("Egypt recalled its envoy, accusing Qatar of meddling."), ["EGY opposes QAT"])
    }

    func testParticipleClauseReachesPastQuotes() {
        XCTAssertEqual(stances("Britain left the talks, saying the plan was “flawed” and announcing “new sanctions” against Iran."),
                       ["GBR coerces IRN"])
        XCTAssertEqual(stances("Iranian President Hassan Rouhani said Tehran would wait, calling the US move “unacceptable”."),
                       ["IRN opposes USA"])
    }

    func testFrontedPhraseGivesItsNounTheFollowingSubject() {
        XCTAssertEqual(stances("Under the deal signed in Vienna with two powers – the UK and China – Iran cut its stockpile."),
                       ["IRN cooperates GBR", "IRN cooperates CHN"])
    }

    func testExamplesAfterSuchAsAreCoordinated() {
        XCTAssertEqual(stances("Egypt is too close to Iran and Islamist movements such as the Muslim Brotherhood."),
                       ["EGY cooperates IRN", "EGY cooperates MB"])
    }

    func testConflictNounWithAPlaceBeforeBetween() {
        XCTAssertEqual(stances("There were clashes south of Aleppo between Turkish forces and the SDF."),
                       ["TUR attacks SDF", "SDF attacks TUR"])
        XCTAssertEqual(stances("DOD: reports of clashes b/w Turkish forces & some opposition groups."),
                       ["TUR attacks REBELS", "REBELS attacks TUR"])
        XCTAssertEqual(stances("Talks south of Aleppo between Turkey and Russia went on."), [], "only conflictual nouns reach that far")
    }

    func testFightersLoyalToAnActorAreThatActor() {
        XCTAssertEqual(stances("Forces loyal to Assad shelled units affiliated with the SDF."), ["SYR attacks SDF"])
    }

    func testParticipleBetweenDemonymAndNounIsNoVerb() {
        XCTAssertEqual(stances("Tensions rose between Kurdish armed groups and the SDF."), [])
    }

    func testCollectivesCarryTheirNounPhraseAsAlias() throws {
        let graph = Self.extractor.extract(Article.parse("A large mob attacked the Saudi embassy in Tehran.", id: "t"))
        XCTAssertEqual(graph.stances.map { "\($0.source) \($0.kind.rawValue) \($0.target)" }, ["PROTESTERS attacks SAU"])
        XCTAssertEqual(graph.actor(id: "PROTESTERS")?.aliases, ["mob", "A large mob"])
    }

    func testRegionalGroupingsAndCompaniesAreActors() {
        XCTAssertEqual(stances("Trump met with Middle Eastern leaders in Riyadh."), ["USA meets MIDEAST"])
        XCTAssertEqual(stances("US officials have labelled Huawei a threat."), ["USA opposes HUAWEI"])
    }

    func testVerbsJoinedByAndDoNotShareASubjectAcrossAQuote() {
        XCTAssertEqual(stances("Trump met with Middle Eastern leaders, who “came together and spoke to us about Qatar.”"),
                       ["USA meets MIDEAST"])
    }

    func testSymmetricPhrasesEndingInBetween() {
        XCTAssertEqual(stances("Talks between Russia and Turkey resumed on Monday."), ["RUS meets TUR"])
        XCTAssertEqual(stances("The agreement between Iran and Russia was signed in Moscow."), ["IRN cooperates RUS"])
        XCTAssertEqual(stances("Tensions between Greece and Turkey rose."), ["GRC opposes TUR", "TUR opposes GRC"])
    }

    func testOneSentenceStatesAStanceOnce() throws {
        let graph = Self.extractor.extract(Article.parse("Talks between Russia and Turkey resumed.", id: "t"))
        XCTAssertEqual(graph.stances.map(\.count), [1], "both directions of a symmetric stance are one stance")
    }

    func testAppositionsNameTheTarget() {
        XCTAssertEqual(stances("Russia's ally Syria welcomed the move."), ["RUS cooperates SYR"])
        XCTAssertEqual(stances("Syria, Russia's closest ally, stayed silent."), ["RUS cooperates SYR"])
        XCTAssertEqual(stances("Saudi Arabia's archrival Iran denied the claim."), ["SAU opposes IRN"])
        XCTAssertEqual(stances("Iran's proxy Hezbollah attacked Israel."), ["IRN supports HEZBOLLAH", "HEZBOLLAH attacks ISR"])
    }

    func testMutualVerbsNeedCoordinatedSubjects() {
        XCTAssertEqual(stances("Iran and Saudi Arabia agreed to restore diplomatic ties."), ["IRN cooperates SAU"])
        XCTAssertEqual(stances("The US agreed that Iran must stop enrichment."), [])
    }

    func testCompoundDescribesTheNounRightAfterIt() {
        XCTAssertEqual(stances("Iranian-backed militias attacked US troops in Iraq."), [])
        XCTAssertEqual(stances("Hezbollah, an Iran-backed group, fired rockets."), ["IRN supports HEZBOLLAH"])
        XCTAssertEqual(stances("The SDF is a US-backed coalition."), ["USA supports SDF"])
        XCTAssertEqual(stances("Trump praised the U.S.-led campaign against the Islamic State."), ["USA attacks IS"])
    }

    func testDoubledConsonantInflections() {
        XCTAssertEqual(stances("Saudi Arabia expelled Iranian diplomats."), ["SAU coerces IRN"])
        XCTAssertEqual(stances("Kurdish fighters repelled an IS assault."), ["KURDS attacks IS"])
    }

    func testObjectPronounIsTheActorNamedBefore() {
        XCTAssertEqual(stances("Egypt and Bahrain cut ties with Qatar, accusing it of backing Hamas."),
                       ["EGY coerces QAT", "BHR coerces QAT", "EGY opposes QAT", "BHR opposes QAT", "QAT supports HAMAS"])
    }

    func testThoseWhoFollowAnotherInAnActionAct() {
        XCTAssertEqual(stances("Bahrain and Sudan followed Saudi Arabia in cutting ties with Iran."),
                       ["BHR coerces IRN", "SDN coerces IRN", "SAU coerces IRN"])
    }

    func testListingOnABlacklistCoerces() {
        XCTAssertEqual(stances("The Trump administration added Huawei to a trade blacklist."), ["USA coerces HUAWEI"])
        XCTAssertEqual(stances("Washington put the Houthis on its terror list."), ["USA coerces HOUTHIS"])
        XCTAssertEqual(stances("Washington added Iran to the agenda of the talks."), [], "not a list that sanctions")
    }

    func testMorePhrasesOfTheLexicon() {
        XCTAssertEqual(stances("The UAE downgraded its diplomatic relations with Tehran."), ["ARE coerces IRN"])
        XCTAssertEqual(stances("Putin and Erdogan spoke by phone on Tuesday."), ["RUS meets TUR"])
        XCTAssertEqual(stances("The PKK has waged an insurgency against the Turkish state since 1984."), ["PKK attacks TUR"])
    }

    func testWeIsTheGroupTheSpeakerBelongsToAndCarriesIntoTheQuotesNextSentence() {
        let text = "“France, Germany and the UK regret the decision,” French President Emmanuel Macron, a champion of the deal, wrote. "
            + "“We will work together on a new framework.”"
        XCTAssertEqual(stances(text), ["DEU cooperates FRA", "GBR cooperates FRA", "GBR cooperates DEU"])
    }

    func testAQuoteAfterAnUnrelatedSentenceHasNoSpeaker() {
        XCTAssertEqual(stances("Macron met Merkel. The weather was fine. “We will work together.”"), ["FRA meets DEU"])
    }

    func testRegionalGroupsAndEnvoysFromAnActor() {
        XCTAssertEqual(stances("Europe's leaders will meet next week with representatives from Iran."), ["EUROPEAN-POWERS meets IRN"])
    }

    func testWhoSuffersAnEventIsNotTheTargetOfItsCritic() {
        XCTAssertEqual(stances("Erdogan criticised the isolation of Qatar as inhumane."), [])
        XCTAssertEqual(stances("Egypt condemned the government of Qatar."), ["EGY opposes QAT"])
    }

    func testTheAgentOfANominalisationIsNeverItsTarget() {
        XCTAssertEqual(stances("Iran condemned the execution of Nimr by Saudi Arabia."), ["IRN opposes SAU"])
    }

    func testAfterADeterminerAVerbFormIsANoun() {
        XCTAssertEqual(stances("Putin called it a stab in the back by the accomplices of terrorists."), [])
        XCTAssertEqual(stances("Biden spoke after a meeting with the Turkish Prime Minister Ahmet Davutoglu."), ["USA meets TUR"])
    }

    func testPassiveAndFriendlyDesignations() {
        XCTAssertEqual(stances("The Kurdish YPG militia is considered a terrorist group by Ankara."), ["TUR opposes YPG"])
        XCTAssertEqual(stances("Washington sees the YPG as its most effective partner against IS."), ["USA cooperates YPG"])
    }

    func testTheTwoLeadersAreThePairNamedBefore() {
        XCTAssertEqual(stances("Erdogan later wrote to Putin. In August the two leaders met in St Petersburg."), ["RUS meets TUR"])
    }

    func testParentheticalBeforeTheVerbDescribesTheSubject() {
        XCTAssertEqual(stances("The Free Syrian Army, backed by Turkey, captured the town from IS."),
                       ["TUR supports FSA", "FSA attacks IS"])
        XCTAssertEqual(stances("Hezbollah, which Iran arms, attacked Israel."), ["IRN supports HEZBOLLAH", "HEZBOLLAH attacks ISR"])
    }

    func testDowningAndPreventing() {
        XCTAssertEqual(stances("Turkey downed a Russian jet in November."), ["TUR attacks RUS"])
        XCTAssertEqual(stances("Turkey wants to prevent Kurdish forces from linking up."), ["TUR opposes KURDS"])
        XCTAssertEqual(stances("Russia has been conducting airstrikes in Syria in support of Assad."), ["RUS supports SYR"])
    }

    func testTakingSomethingFromAnActorAttacksIt() {
        XCTAssertEqual(stances("Syria retook Aleppo from the rebels."), ["SYR attacks REBELS"])
        XCTAssertEqual(stances("Turkish forces cleared the border town of Jarabulus of the Islamic State."), ["TUR attacks IS"])
        XCTAssertEqual(stances("Turkey took steps to help Qatar."), ["TUR supports QAT"], "no 'from', no attack")
    }

    func testLeaderLedCoalitionsAreActors() {
        XCTAssertEqual(stances("Turkish forces, backed by US-led coalition aircraft, entered the town."),
                       ["ANTI-IS-COALITION supports TUR"])
        XCTAssertEqual(stances("Trump praised the U.S.-led campaign against the Islamic State."), ["USA attacks IS"])
    }

    func testParentheticalsFurtherBackHoldNoSubject() {
        XCTAssertEqual(stances("Turkish forces, backed by US-led coalition aircraft, began an operation with the aim of clearing the town of IS."),
                       ["ANTI-IS-COALITION supports TUR", "TUR attacks IS"])
    }

    func testTitledPersonsOutsideTheDictionaryAreActors() throws {
        XCTAssertEqual(stances("Saudi Arabia executed Sheikh Nimr al-Nimr and 46 others."), ["SAU attacks NIMR-AL-NIMR"])
        let graph = Self.extractor.extract(Article.parse("Saudi agents killed journalist Jamal Khashoggi in Istanbul.", id: "t"))
        let person = try XCTUnwrap(graph.actor(id: "JAMAL-KHASHOGGI"))
        XCTAssertEqual(person.kind, .person)
        XCTAssertEqual(person.name, "Jamal Khashoggi")
        XCTAssertEqual(person.aliases, ["journalist Jamal Khashoggi", "Jamal Khashoggi"])
        XCTAssertEqual(stances("The activist said nothing."), [], "a title alone names nobody")
    }

    func testItOpeningABulletPointIsTheActorBefore() {
        XCTAssertEqual(stances("- Saudi Arabia's embassy in Tehran was set on fire\n- It executed Sheikh Nimr al-Nimr on Saturday"),
                       ["SAU attacks NIMR-AL-NIMR"])
    }

    func testConditionsAndDeniedClaimsStateNoStance() {
        XCTAssertEqual(stances("If Iran attacks Israel, the US will respond."), [])
        XCTAssertEqual(stances("Qatar rejected claims that it funds Hamas."), [])
    }

    func testCommasAloneMakeNoList() {
        XCTAssertEqual(stances("Tehran, Iran's capital, hosted Putin."), ["IRN meets RUS"])
        XCTAssertEqual(stances("Russia attacked Ukraine, the US said."), ["RUS attacks UKR"])
    }

    func testTheAccusedDoesWhatTheyAreAccusedOf() {
        XCTAssertEqual(stances("Turkey accused Russia of arming the YPG."), ["TUR opposes RUS", "RUS supports YPG"])
        XCTAssertEqual(stances("Erdogan accused the West of supporting terrorists."), [], "the West is no actor we know")
    }

    func testAPrepositionDescribesNoInstitution() throws {
        let graph = Self.extractor.extract(Article.parse("Egypt accused Ethiopia with military threats.", id: "t"))
        XCTAssertEqual(graph.actor(id: "ETH")?.aliases, ["Ethiopia"])
    }

    func testGivingSomethingToAnActorSupportsIt() {
        XCTAssertEqual(stances("Germany pledged more air defence systems to Ukraine."), ["DEU supports UKR"])
        XCTAssertEqual(stances("Iran transferred drones to Russia."), ["IRN supports RUS"])
        XCTAssertEqual(stances("Russia provided Syria with jets."), ["RUS supports SYR"])
    }

    func testSummoningAnAmbassadorOpposes() {
        XCTAssertEqual(stances("Beijing summoned the Japanese ambassador to lodge a protest."), ["CHN opposes JPN"])
    }

    func testAnAttackOnACountrysPlacesAttacksTheCountry() {
        XCTAssertEqual(stances("Houthi rebels have fired missiles at Saudi cities."), ["HOUTHIS attacks SAU"])
        XCTAssertEqual(stances("Israel struck targets in Syria."), [], "a place after 'in' stays a place")
        XCTAssertEqual(stances("Egypt criticised Sudanese border towns."), [], "only attacks reach places")
    }

    func testWithdrawingTroopsIsNoCoercionButRecallingAmbassadorsIs() {
        XCTAssertEqual(stances("UAE troops withdrew from Yemen in 2019."), [])
        XCTAssertEqual(stances("Bahrain and Sudan recalled their ambassadors from Iran."), ["BHR coerces IRN", "SDN coerces IRN"])
        XCTAssertEqual(stances("Egypt joined Saudi Arabia in imposing a blockade on Qatar."),
                       ["EGY cooperates SAU", "EGY coerces QAT", "SAU coerces QAT"])
        XCTAssertEqual(stances("Qatar and Turkey have deepened their military cooperation."), ["QAT cooperates TUR"])
    }

    func testACallWithoutALabelIsAPhoneCall() {
        XCTAssertEqual(stances("Putin called Erdogan on Tuesday."), ["RUS meets TUR"])
        XCTAssertEqual(stances("Trump called Qatar a funder of terrorism."), [])
        XCTAssertEqual(stances("Washington called on Ankara to stop."), ["USA opposes TUR"])
    }

    func testAttackingWhatASideHoldsAttacksTheSide() {
        XCTAssertEqual(stances("Russian and Syrian warplanes have pounded rebel-held areas of Aleppo."),
                       ["RUS attacks REBELS", "SYR attacks REBELS"])
        XCTAssertEqual(stances("Turkish troops shelled Kurdish-held villages."), ["TUR attacks KURDS"])
    }

    func testAfterAPrepositionAVerbFormIsANounUnlessAGerund() {
        XCTAssertEqual(stances("Washington has provided the Kurds with arms, angering Ankara."), ["USA supports KURDS"])
        XCTAssertEqual(stances("Egypt was joined by Bahrain in cutting ties with Qatar."),
                       ["BHR cooperates EGY", "EGY coerces QAT", "BHR coerces QAT"])
    }

    func testMutualVerbsGiveWayWhenAloneAndTradeAccusations() {
        XCTAssertEqual(stances("Turkey is at odds with Russia."), ["TUR opposes RUS"])
        XCTAssertEqual(stances("Moscow and Ankara have been at odds over the fate of Assad."), ["RUS opposes TUR", "TUR opposes RUS"])
        XCTAssertEqual(stances("Egypt and Ethiopia traded accusations."), ["EGY opposes ETH", "ETH opposes EGY"])
    }

    func testTheSubjectOfAnInfinitiveIsNoPrepositionsObject() {
        XCTAssertEqual(stances("Turkey's parliament approved sending troops to Libya to support the Tripoli government."),
                       ["TUR supports LBY"])
        XCTAssertEqual(stances("Russia sent jets to Syria to attack IS."), ["RUS attacks IS"])
    }

    func testReducingRelationsCoerces() {
        XCTAssertEqual(stances("Saudi Arabia closed its embassy in Tehran."), ["SAU coerces IRN"])
        XCTAssertEqual(stances("Bahrain suspended all flights to Qatar."), ["BHR coerces QAT"])
        XCTAssertEqual(stances("The EU froze the assets of Iranian officials."), ["EU coerces IRN"])
    }

    func testAnActorBeyondAnotherStanceWordIsNotTheVerbsObject() {
        // (The campaign's own stance still takes the nearest actor as its agent.)
        XCTAssertFalse(stances("Egypt praised the campaign against the Islamic State.").contains("EGY supports IS"))
        XCTAssertEqual(stances("Iran condemned the execution of Nimr by Saudi Arabia."), ["IRN opposes SAU"])
    }

    func testAnAnnouncedAttackIsAThreat() {
        XCTAssertEqual(stances("Iran warned that it would attack Israel."), ["IRN threatens ISR"])
        XCTAssertEqual(stances("Turkey vowed to attack the Kurds."), ["TUR threatens KURDS"])
        XCTAssertEqual(stances("Russia attacked Ukraine."), ["RUS attacks UKR"])
    }

    func testWarningSomeoneAgainstSomethingIsNoStanceTowardsWhatFollows() {
        XCTAssertEqual(stances("Putin warned the West against sending troops to Ukraine."), [])
        XCTAssertEqual(stances("Russia warned Turkey against any incursion."), ["RUS threatens TUR"])
    }

    func testDispleasureOpposes() {
        XCTAssertEqual(stances("Russia's foreign ministry said it was deeply disappointed by the US decision."), ["RUS opposes USA"])
        XCTAssertEqual(stances("Turkey was angered by Washington's support for the YPG."), ["TUR opposes USA", "USA supports YPG"])
    }

    func testWhoLaunchedAnOperationActsThroughIt() {
        XCTAssertEqual(stances("The operation, launched by Turkey in August, targeted both IS and the YPG."),
                       ["TUR attacks IS", "TUR attacks YPG"])
    }

    func testTheirAlliesAndTraining() {
        XCTAssertEqual(stances("Turkish troops and their rebel allies entered Jarabulus."), ["TUR cooperates REBELS"])
        XCTAssertEqual(stances("The US trained and equipped Syrian rebels."), ["USA supports REBELS"])
    }

    func testABaseFormThatIsAlsoTheParticipleMakesAPassive() {
        XCTAssertEqual(stances("Syria was hit by Israeli airstrikes."), ["ISR attacks SYR"])
        XCTAssertEqual(stances("Turkey faced criticism from the US."), ["USA opposes TUR"])
    }

    func testTheKingdomIsAKingdom() {
        XCTAssertEqual(stances("The US banned Huawei's chips. The kingdom executed cleric Nimr al-Nimr."), ["USA coerces HUAWEI"],
                       "the United States is no kingdom")
        XCTAssertEqual(stances("Saudi Arabia expelled diplomats. The kingdom accused Iran of terrorism."), ["SAU opposes IRN"])
    }

    func testAPrepositionEndsTheModifierOfAStanceNoun() {
        XCTAssertEqual(stances("Saudi Arabia has broken off diplomatic ties with Iran following an attack on the Kingdom's embassy."),
                       ["SAU coerces IRN"])
    }

    func testSigningAndDeepeningBetweenCoordinatedActors() {
        XCTAssertEqual(stances("Ethiopia and Eritrea signed a peace agreement in 2018."), ["ETH cooperates ERI"])
        XCTAssertEqual(stances("Pakistan and China pledged to deepen their strategic partnership."), ["PAK cooperates CHN"])
        XCTAssertEqual(stances("The African Union suspended Mali after the coup."), ["AU coerces MLI"])
    }

    func testPraiseSupportsAndDiscussingMeets() {
        XCTAssertEqual(stances("Kuwait praised Qatar's response."), ["KWT supports QAT"])
        XCTAssertEqual(stances("In a phone call, Trump and Erdogan discussed the situation in northern Syria."), ["USA meets TUR"])
    }

    func testClauseAfterButWithoutSubjectKeepsTheSubject() {
        XCTAssertEqual(stances("The mission, which Moscow says is aimed at fighting militants but is seen as supporting the Assad regime, grew."),
                       ["RUS supports SYR"])
        XCTAssertEqual(stances("Russia backs Syria but Iran opposes Israel."), ["RUS supports SYR", "IRN opposes ISR"])
    }

    func testReferencesToAnActorNamedJustBefore() {
        XCTAssertEqual(stances("Saudi Arabia expelled diplomats. The kingdom accused Iran of terrorism."),
                       ["SAU opposes IRN"])
        XCTAssertEqual(stances("Saudi Arabia held a summit. It condemned Iran."), ["SAU opposes IRN"])
        XCTAssertEqual(stances("It condemned Iran."), [], "nothing to refer to")
    }

    func testOutlawedInAPlaceIsThatStatesStance() {
        XCTAssertEqual(stances("Hamas is outlawed in Germany and the United Kingdom."), ["DEU opposes HAMAS", "GBR opposes HAMAS"])
    }

    func testAnUnknownAgentBlocksTheFallbackSubject() {
        XCTAssertEqual(stances("Tillerson spoke of the blockade of Qatar by the four nations."), [])
    }

    func testFollowersAreNotTheGroup() {
        XCTAssertEqual(stances("Saudi Arabia executed al-Qaeda supporters."), [])
    }

    func testCollectiveActors() {
        XCTAssertEqual(stances("Turkey sent tanks to assist rebel forces."), ["TUR supports REBELS"])
        XCTAssertEqual(stances("Qatar is accused of funding terrorist groups."), ["QAT supports TERRORISTS"])
    }

    func testIncludingExtendsATargetList() {
        XCTAssertEqual(stances("Syria attacked jihadist groups, including the Islamic State."),
                       ["SYR attacks JIHADISTS", "SYR attacks IS"])
    }

    func testWhichIncludeListsTheMembers() {
        XCTAssertEqual(stances("Qatar funds terrorist groups, which include Hamas and Hezbollah."),
                       ["QAT supports TERRORISTS", "QAT supports HAMAS", "QAT supports HEZBOLLAH"])
    }

    func testTheTwoCountriesAndEachOther() {
        // Trading barbs is mutual criticism; the tariffs are mutual coercion.
        XCTAssertEqual(stances("China and the US traded barbs. Both raised tariffs on each other's goods."),
                       ["USA opposes CHN", "CHN opposes USA", "USA coerces CHN", "CHN coerces USA"])
        XCTAssertEqual(stances("Russia met Turkey. The two countries are at war with each other."),
                       ["RUS meets TUR", "RUS attacks TUR", "TUR attacks RUS"])
    }

    func testJoinedByAddsTheOneJoined() {
        XCTAssertEqual(stances("Saudi Arabia was joined by Egypt in cutting ties with Qatar."),
                       ["EGY cooperates SAU", "SAU coerces QAT", "EGY coerces QAT"])
    }

    func testAbbreviationPeriodDoesNotEndTheClause() {
        XCTAssertEqual(stances("Turkey moved in on Aug. 24, sending tanks to assist rebel forces."), ["TUR supports REBELS"])
    }

    func testVerbsJoinedByAndShareTheSubject() {
        XCTAssertEqual(stances("Egypt condemned Qatar for funding terrorist groups and demanded that Qatar stop."),
                       ["EGY opposes QAT", "QAT supports TERRORISTS"])
    }

    func testLeaderWithInstitutionNamesTheState() throws {
        let graph = Self.extractor.extract(Article.parse("Russia supports the Assad regime.", id: "t"))
        XCTAssertEqual(graph.stances.map(\.key.description), ["RUS supports SYR"])
        XCTAssertEqual(graph.actor(id: "SYR")?.aliases, ["Assad regime"])
    }

    func testCompassWordsInNamesAreNoPlaces() {
        XCTAssertEqual(stances("Japan met South Korea."), ["JPN meets KOR"])
        XCTAssertEqual(stances("France attacked North Korea on Monday."), ["FRA attacks PRK"])
    }

    func testTradingFireIsMutualAttack() {
        XCTAssertEqual(stances("Hezbollah traded fire with Israel."), ["HEZBOLLAH attacks ISR"])
        XCTAssertEqual(stances("Armenia and Azerbaijan exchanged fire on Sunday."), ["ARM attacks AZE", "AZE attacks ARM"])
    }

    func testStoppingAStanceStatesNone() {
        XCTAssertFalse(stances("Niger suspended military cooperation with the United States.").contains("NER cooperates USA"))
        XCTAssertEqual(stances("Russia stopped supporting the Houthis."), [])
    }

    func testARefusalGovernsTheWholeInfinitive() {
        XCTAssertEqual(stances("Moscow refused to extend the grain deal with Kyiv."), [])
        XCTAssertEqual(stances("Moscow agreed to extend the grain deal with Kyiv."), ["RUS cooperates UKR"])
    }

    func testWhatAnObjectIsCalledIsNoObject() {
        XCTAssertEqual(stances("Tehran condemned the strikes as a violation of Yemen's sovereignty."), [])
        XCTAssertEqual(stances("Tehran condemned Israel as well as the United States."), ["IRN opposes ISR", "IRN opposes USA"])
    }

    func testJointExercisesAreCooperation() {
        XCTAssertEqual(stances("China and Russia held joint naval drills in the Sea of Japan."), ["CHN cooperates RUS"])
    }

    func testLaunchingWeaponsAtAnActorAttacksIt() {
        XCTAssertEqual(stances("Iran launched hundreds of drones and missiles at Israel."), ["IRN attacks ISR"])
    }

    func testAStatesIrregularForcesAreNotTheState() {
        XCTAssertEqual(stances("Iraqi militias attacked US troops."), [])
        XCTAssertEqual(stances("Kurdish militias attacked Turkey."), ["KURDS attacks TUR"])
    }

    func testCopulaWithAPossessiveApposition() {
        XCTAssertEqual(stances("Poland is one of Ukraine's closest allies."), ["UKR cooperates POL"])
        XCTAssertEqual(stances("Hezbollah is Iran's proxy."), ["IRN supports HEZBOLLAH"])
    }

    func testPatronNounsPointFromTheOneDescribed() {
        XCTAssertEqual(stances("Russia is Syria's main backer."), ["RUS supports SYR"])
        XCTAssertEqual(stances("Russia, Syria's main backer, sent jets."), ["RUS supports SYR"])
    }

    func testHeOpeningASentenceIsThePersonNamedBefore() {
        XCTAssertEqual(stances("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani spoke on Sunday. He accused Israel of lying."),
                       ["QAT opposes ISR"])
        XCTAssertEqual(stances("Qatar spoke on Sunday. He accused Israel of lying."), [], "no person was named")
    }

    func testRecallingDiplomatsCoerces() {
        XCTAssertEqual(stances("Israel recalled its diplomats from Ankara."), ["ISR coerces TUR"])
    }

    func testAnAttackOnACountrysPlaceThroughAnObjectSlot() {
        XCTAssertEqual(stances("Houthi rebels launched a drone at the Israeli city of Eilat."), ["HOUTHIS attacks ISR"])
    }

    func testAnAppealIsAStanceOnlyWhenItDemandsAStop() {
        XCTAssertEqual(stances("Ukraine urged Western allies on Friday to speed up deliveries."), [])
        XCTAssertEqual(stances("Germany urged Israel to allow aid into Gaza."), [])
        XCTAssertEqual(stances("The EU urged Iran to stop enriching uranium."), ["EU opposes IRN"])
        XCTAssertEqual(stances("China urged the United States not to interfere."), ["CHN opposes USA"])
        XCTAssertEqual(stances("Turkey urged Russia over the attack."), ["TUR opposes RUS"], "no infinitive: as before")
    }

    func testAWeaponsNameMakesTheNextWordANoun() {
        XCTAssertEqual(stances("Pyongyang has sent artillery shells to Russia."), ["PRK supports RUS"])
        XCTAssertEqual(stances("US air strikes on the Houthis continued."), ["USA attacks HOUTHIS"])
        XCTAssertEqual(stances("Russia shells Ukraine daily."), ["RUS attacks UKR"])
    }

    func testSendingArmsSupports() {
        XCTAssertEqual(stances("Iran sent drones to Russia."), ["IRN supports RUS"])
        XCTAssertEqual(stances("Germany will send more tanks to Ukraine."), ["DEU supports UKR"])
        // "ship" is a noun far more often than a verb.
        XCTAssertEqual(stances("The Houthis have seized a cargo ship linked to Israel."), ["HOUTHIS coerces ISR"])
    }

    func testSeizingWhatFliesAFlagCoercesItsState() {
        XCTAssertEqual(stances("Iran detained a British-flagged tanker."), ["IRN coerces GBR"])
        XCTAssertEqual(stances("The Houthis seized an Israeli-owned cargo ship."), ["HOUTHIS coerces ISR"])
        XCTAssertFalse(stances("The Houthis seized the Yemeni capital in 2014.").contains("HOUTHIS coerces YEM"),
                       "a seized place is no coerced state")
    }

    func testStrengtheningTiesWithAnActorCooperates() {
        XCTAssertEqual(stances("The Philippines has strengthened ties with the United States."), ["PHL cooperates USA"])
    }

    func testVowingRevengeThreatens() {
        XCTAssertEqual(stances("Tehran vowed revenge against Israel."), ["IRN threatens ISR"])
    }

    func testNeverAcceptingIsOpposes() {
        XCTAssertEqual(stances("“We will never accept Israeli occupation,” Erdogan said."), ["TUR opposes ISR"])
        XCTAssertEqual(stances("Russia will not accept NATO expansion."), ["RUS opposes NATO"])
    }

    func testAVerbAfterANameIsNoPartOfTheNamesInstitution() {
        // "Iran sent drones": "drones" would make "Iran ... drones" one mention
        // (as "Syrian government forces" is), swallowing the verb.
        XCTAssertEqual(stances("Iran sent drones to Russia."), ["IRN supports RUS"])
        XCTAssertEqual(stances("Iran sends drones to Russia."), ["IRN supports RUS"])
        XCTAssertEqual(stances("Syrian government forces attacked Turkey."), ["SYR attacks TUR"])
    }

    func testAPluralBeforeByIsANounWithItsAgent() {
        XCTAssertEqual(stances("Pakistan condemned cross-border attacks by the TTP."), ["PAK opposes TTP"])
        XCTAssertEqual(stances("Israel attacks Hamas by air and sea."), ["ISR attacks HAMAS"])
    }

    func testAnInverseByPhraseTakesNoGap() {
        XCTAssertEqual(stances("Pakistan condemned attacks by the Pakistani Taliban."), ["PAK opposes TTP"])
        XCTAssertEqual(stances("Qatar was condemned by Saudi Arabia."), ["SAU opposes QAT"])
    }

    func testTheJuntaIsTheStateNamedBefore() {
        XCTAssertEqual(stances("Myanmar's junta was accused of atrocities. The junta attacked Thailand."), ["MMR attacks THA"])
    }

    func testWhatAnActorIsAskedToDoIsNotDone() {
        XCTAssertEqual(stances("Greece called on the European Union to impose sanctions on Ankara."), [])
        XCTAssertEqual(stances("Kyiv urged Washington to arm its forces against Russia."), [])
        XCTAssertEqual(stances("Turkey decided to impose sanctions on Greece."), ["TUR coerces GRC"])
    }

    func testHeSaidIsThePersonNamedLast() {
        XCTAssertEqual(stances("Erdogan warned Greece. “We will not make any concessions,” he said, accusing Greece of piracy."),
                       ["TUR threatens GRC", "TUR opposes GRC"])
        XCTAssertEqual(stances("Erdogan spoke in Ankara. “We will attack the PKK,” he said."), ["TUR threatens PKK"])
    }

    func testTariffsOnAStatesGoodsCoerceTheState() {
        XCTAssertEqual(stances("The US raised tariffs on Chinese goods."), ["USA coerces CHN"])
        XCTAssertEqual(stances("The EU imposed sanctions on Russian oil."), ["EU coerces RUS"])
        XCTAssertEqual(stances("Chinese goods flooded the market."), [])
        XCTAssertEqual(stances("Russian oil flows to India."), [])
        XCTAssertEqual(stances("The US sanctioned Iranian oil companies."), [], "companies are not the state")
    }

    func testAnAdverbMayOpenAParticipleClause() {
        XCTAssertEqual(stances("The US added Huawei to its Entity List, effectively banning the company from buying American parts."),
                       ["USA coerces HUAWEI"])
    }

    func testAParticipleAfterAVerbDescribesTheName() {
        XCTAssertEqual(stances("ECOWAS threatened military intervention in Niger to reinstate ousted President Mohamed Bazoum."),
                       ["ECOWAS threatens NER"])
        XCTAssertEqual(stances("Israel killed Hamas leader Ismail Haniyeh in Tehran."), ["ISR attacks HAMAS"])
    }

    func testASecondVerbAfterAndHasTheFirstVerbsSubject() {
        XCTAssertEqual(stances("Iran received the Russian envoy and condemned Israel."), ["IRN opposes ISR"])
    }

    func testCuttingOrSuspendingSuppliesToAStateCoercesIt() {
        XCTAssertEqual(stances("Nigeria cut electricity supplies to Niger after the coup."), ["NGA coerces NER"])
        XCTAssertEqual(stances("The United States suspended some aid to Niger."), ["USA coerces NER"])
        XCTAssertEqual(stances("Mali suspended France."), ["MLI coerces FRA"], "no slot word: the bare verb reads it")
    }

    func testNoStanceWithoutBothActors() {
        XCTAssertEqual(stances("The gunmen attacked the town."), [])
        XCTAssertEqual(stances(""), [])
    }

    func testEvidenceCarriesSentenceOffsetsAndRule() throws {
        let text = "url: https://example.org\ntitle: Test\ndate: 2020-01-02\n---\nFirst line. Russia backs Syria."
        let graph = Self.extractor.extract(Article.parse(text, id: "a1"))
        XCTAssertEqual(graph.metadata.title, "Test")
        let evidence = try XCTUnwrap(graph.stances.first?.evidence.first)
        XCTAssertEqual(evidence.text, "Russia backs Syria.")
        XCTAssertEqual(evidence.article, "a1")
        XCTAssertEqual(evidence.date, "2020-01-02")
        let characters = Array(text)
        XCTAssertEqual(String(characters[try XCTUnwrap(evidence.start)..<XCTUnwrap(evidence.end)]), "Russia backs Syria.")
        XCTAssertEqual(evidence.rule, "verb:supports:back")
    }

    /// The project's own example article: the stances the issue names.
    func testSeedArticle() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples/seed-article.txt")
        let found = stances(try String(contentsOf: url, encoding: .utf8))
        XCTAssertTrue(found.contains("TUR opposes KURDS"), "\(found)")
        XCTAssertTrue(found.contains("RUS cooperates SYR"), "\(found)")
        XCTAssertTrue(found.contains("USA meets TUR"), "\(found)")
    }
}
