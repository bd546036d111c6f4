/// Reads an article and draws the graph a careful reader would: actors named in
/// the text and the stances the text states between them, each with the
/// sentence behind it and the rule that found it.
///
/// The method is deliberately transparent — dictionary look-up for actors,
/// lexicon look-up for stance words, and a few structural rules per sentence:
/// - the source is the nearest actor before the stance word, the target the
///   nearest after it; coordinated actors ("Russia and Iran") each count;
/// - the passive ("was backed by Iran") and "by"-phrases swap the two;
/// - nominalisations take the actor just before ("Turkish support for IS",
///   "Qatar's funding of Hamas"); compounds the actor before the hyphen
///   ("Iran-backed Houthis");
/// - "clashes between A and B" gives attacks both ways;
/// - a negation just before the stance word cancels it ("denied arming");
/// - places ("in Syria", "the Turkish border") are never sources or targets;
/// - in a quotation, "we" is the speaker named outside it.
/// Nothing is guessed: without both ends named, there is no stance. The README
/// ("Extracting stances") lists every rule; each has a unit test.
///
/// The code is split by concern: this file holds the sentence loop and how
/// each form of trigger (verb, noun, phrase, compound, apposition ...) finds
/// its ends; `StanceExtractor+Ends.swift` finds subjects and objects,
/// `+SentenceRules` the rules that read whole sentences (designations,
/// listings, allegations), `+Modality` negation, conditions and intent,
/// `+Speakers` who "we" is, and `+WordLists` the English function words the
/// rules look for.
public struct StanceExtractor: Sendable {
    let finder: MentionFinder
    let lexicon: StanceLexicon
    let dictionary: ActorDictionary
    let splitter: SentenceSplitter
    /// Words the sentence-level rules look for (speech verbs, designating and
    /// listing verbs, allegations), each with its roles.
    let wordRoles: [String: WordRole]
    /// States by the noun their names carry ("kingdom": Saudi Arabia, Jordan ...),
    /// for references such as "the kingdom".
    let styledStates: [String: Set<String>]

    public init(dictionary: ActorDictionary, lexicon: StanceLexicon, splitter: SentenceSplitter = SentenceSplitter()) {
        self.dictionary = dictionary
        self.lexicon = lexicon
        self.splitter = splitter
        self.finder = dictionary.mentionFinder()
        var roles: [String: WordRole] = [:]
        for word in Self.speechVerbs { roles[word, default: []].insert(.speech) }
        for word in lexicon.designationVerbs { roles[word, default: []].insert(.designation) }
        for word in lexicon.listingVerbs { roles[word, default: []].insert(.listing) }
        for word in lexicon.allegationWords { roles[word, default: []].insert(.allegation) }
        self.wordRoles = roles
        var styled: [String: Set<String>] = [:]
        for (noun, word) in ReferenceResolver.styleNouns {
            styled[noun] = Set(dictionary.entries.filter { entry in
                entry.kind == .state && entry.names.contains { $0.lowercased().contains(word) }
            }.map(\.id))
        }
        self.styledStates = styled
    }

    /// The stance graph of `article`.
    public func extract(_ article: Article) -> StanceGraph {
        var graph = StanceGraph(metadata: article.metadata)
        var surfaceForms: [String: [String]] = [:]
        var references = ReferenceResolver(styledStates: styledStates)
        var speakers: [String] = []   // who "we" is, carried into a quotation's next sentence
        // Captures the dictionary alone: a closure over `self` copied the whole
        // extractor (every table of the lexicon and the finder) per article.
        let dictionary = self.dictionary
        let kindOf = { (id: String) in dictionary.entry(id: id)?.kind ?? .unknown }
        for sentence in splitter.split(article.body) {
            let tokens = Tokenizer.tokenize(sentence.text)
            let named = finder.mentions(in: tokens)
            let mentions = (named + references.references(in: tokens, mentions: named, kindOf: kindOf))
                .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            references.record(named, tokens: tokens, kindOf: kindOf)
            let sentenceWords = sentenceWords(tokens)
            speakers = self.speakers(in: tokens, words: sentenceWords, mentions: mentions, previous: speakers)
            // One sentence states a stance once, however many rules see it
            // ("agreed to restore ties"; "talks between A and B" both ways).
            var seen = Set<StanceKey>()
            for found in stances(in: tokens, mentions: mentions, speakers: speakers, words: sentenceWords)
                where seen.insert(StanceKey(source: found.source.actorID, target: found.target.actorID, kind: found.kind)).inserted {
                let evidence = Evidence(
                    text: sentence.text, article: article.id, date: article.metadata.date,
                    start: article.bodyOffset + sentence.range.lowerBound,
                    end: article.bodyOffset + sentence.range.upperBound, rule: found.rule)
                for mention in [found.source, found.target] {
                    let form = text(of: mention, in: tokens)
                    var forms = [form]
                    if let name = mention.personName, name != form {
                        forms.append(name)   // "Sheikh Nimr al-Nimr" is also "Nimr al-Nimr"
                    }
                    if isCollective(mention), let phrase = nounPhrase(of: mention, in: tokens) {
                        forms.append(phrase)   // "a large mob", "some opposition groups"
                    }
                    for form in forms where mention.role != .reference && !(surfaceForms[mention.actorID]?.contains(form) ?? false) {
                        surfaceForms[mention.actorID, default: []].append(form)
                    }
                    if graph.actor(id: mention.actorID) == nil {
                        try? graph.addActor(mention.personName.map { Actor(id: mention.actorID, name: $0, kind: .person) }
                                            ?? dictionary.actor(id: mention.actorID))
                    }
                }
                try? graph.addStance(Stance(source: found.source.actorID, target: found.target.actorID,
                                            kind: found.kind, evidence: [evidence]))
            }
        }
        // Actors carry the forms the article used, so a reader (and the
        // evaluation) can see how each was named.
        for actor in graph.actors {
            var updated = actor
            updated.aliases = surfaceForms[actor.id] ?? []
            try? graph.updateActor(updated)
        }
        return graph
    }

    // MARK: One sentence

    struct Found {
        var source: ActorMention
        var target: ActorMention
        var kind: StanceKind
        var rule: String
    }

    /// The stance of each party towards each other one ("clashes between A and
    /// B", "A and B agreed"); a symmetric kind's two directions are one stance
    /// in the graph.
    static func eachTowardsEachOther(_ parties: [ActorMention], kind: StanceKind, rule: String) -> [Found] {
        parties.flatMap { first in
            parties.filter { $0.actorID != first.actorID }.map { Found(source: first, target: $0, kind: kind, rule: rule) }
        }
    }

    /// The words of a sentence, lower-cased, and what each is to the rules: one
    /// dictionary look-up per word serves every rule that asks.
    struct SentenceWords {
        var words: [String]
        var roles: [WordRole]
    }

    /// Roles a word plays for the sentence-level rules.
    struct WordRole: OptionSet, Sendable {
        let rawValue: UInt8
        static let speech = WordRole(rawValue: 1)
        static let designation = WordRole(rawValue: 2)
        static let listing = WordRole(rawValue: 4)
        static let allegation = WordRole(rawValue: 8)
    }

    func sentenceWords(_ tokens: [Token]) -> SentenceWords {
        let words = tokens.map(\.normalized)
        return SentenceWords(words: words, roles: words.map { wordRoles[$0] ?? [] })
    }

    func stances(in tokens: [Token], mentions allMentions: [ActorMention], speakers: [String]? = nil,
                 words sentence: SentenceWords? = nil) -> [Found] {
        let sentence = sentence ?? sentenceWords(tokens)
        let roles = sentence.roles
        let mentions = resolvingSpeakerPronouns(
            tokens, allMentions, speakers: speakers ?? self.speakers(in: tokens, words: sentence, mentions: allMentions, previous: []))
        var mentionAt = [Int?](repeating: nil, count: tokens.count)
        for (index, mention) in mentions.enumerated() {
            for position in mention.tokens { mentionAt[position] = index }
        }
        var words = sentence.words
        // The splitter already ended the sentence; a period inside it closes an
        // abbreviation ("on Aug. 24, dispatching") and must not end a clause.
        for position in words.indices.dropLast(2) where words[position] == "." && position > 0
            && tokens[position - 1].range.upperBound == tokens[position].range.lowerBound {
            words[position] = "<abbreviation>"
        }
        // "clashes b/w Turkish forces and ...": the shorthand of tweets and wires.
        for position in words.indices.dropFirst(2) where words[position] == "w" && words[position - 1] == "/" && words[position - 2] == "b" {
            words[position] = "between"
        }
        var found: [Found] = designations(tokens: tokens, words: words, roles: roles, mentions: mentions, mentionAt: mentionAt)
            + listings(words: words, roles: roles, mentions: mentions, mentionAt: mentionAt)
            + distantBetween(words: words, mentions: mentions, mentionAt: mentionAt)
            + allegations(words: words, roles: roles, mentions: mentions, mentionAt: mentionAt)
        var index = 0
        var previousSubjects: [ActorMention] = []
        var previousEnd = 0   // where the trigger that set `previousSubjects` ends
        // Words that may stand inside a multi-word trigger: lower-case words that
        // are not actors ("cut diplomatic and economic ties with").
        // Quotation marks ("sanctions” against") and places ("a deal signed in
        // Vienna with") may stand there too.
        // Gapped matching asks about the same positions many times: answers are
        // kept (0 not yet known, 1 yes, 2 no).
        var skippable = [UInt8](repeating: 0, count: tokens.count)
        let canSkip = { (position: Int) -> Bool in
            if skippable[position] == 0 {
                skippable[position] = Self.isSkippable(position, tokens: tokens, words: words, mentions: mentions,
                                                       mentionAt: mentionAt) ? 1 : 2
            }
            return skippable[position] == 1
        }
        while index < tokens.count {
            var candidates = lexicon.matches(in: words, at: index, canSkip: canSkip)
            if candidates.isEmpty {
                index += 1
                continue
            }
            if index > 0, words[index - 1] == "-" {
                // After a hyphen a participle is part of a compound ("Iran-backed"), never a verb.
                candidates = candidates.filter { $0.trigger.form == .adjective }
            } else if index > 0, Self.nounDeterminers.contains(words[index - 1]) || Self.weaponModifiers.contains(words[index - 1])
                        || (Self.nounPrepositions.contains(words[index - 1]) && !words[index].hasSuffix("ing")) {
                // "a stab in the back by ...", "a meeting with", "provided the Kurds
                // with arms", "sent artillery shells to": after a determiner, a
                // weapon's name, or a preposition unless it is a gerund ("in
                // cutting ties"), the word is a noun.
                candidates = candidates.filter { $0.trigger.form != .verb && $0.trigger.form != .mutual }
            }
            if index + 1 < words.count, words[index + 1] == "by", words[index].hasSuffix("s"), !words[index].hasSuffix("ss"),
               !isPassive(words, before: index) {
                // "cross-border attacks by the TTP", "strikes by Israel": a plural
                // noun with its agent, not a verb.
                candidates = candidates.filter { $0.trigger.form != .verb && $0.trigger.form != .mutual }
            }
            guard mentionAt[index] == nil, let match = candidates.first else {
                index += 1
                continue
            }
            var trigger = match.trigger
            let span = index..<match.end
            // A mutual verb without coordinated subjects ("Turkey is at odds with
            // Russia") gives way to what its words hold: move on one word only.
            var next = span.upperBound
            defer { index = next }
            if span.contains(where: { mentionAt[$0] != nil && !canSkip($0) }) { continue }
            if isNegated(words, before: span.lowerBound, trigger: trigger) { continue }

            // "Kurdish armed groups": a participle between a demonym and its noun describes.
            if trigger.form == .verb, trigger.isParticiple, span.count == 1, span.lowerBound > 0,
               let before = mentionAt[span.lowerBound - 1], mentions[before].role == .demonym, mentions[before].tokens.count == 1,
               span.upperBound < tokens.count, tokens[span.upperBound].kind == .word, !tokens[span.upperBound].hasCapitalInitial,
               !Self.prepositions.contains(words[span.upperBound]), words[span.upperBound] != "by" { continue }
            // "to reinstate ousted President Mohamed Bazoum", "welcomed jailed
            // ...": a participle in "-ed" right after another verb (an infinitive
            // or a past form) and before a capitalised name describes the name.
            if trigger.form == .verb, trigger.isParticiple, span.count == 1, words[span.lowerBound].hasSuffix("ed"),
               span.lowerBound >= 2, mentionAt[span.lowerBound - 1] == nil,
               words[span.lowerBound - 2] == "to" || words[span.lowerBound - 1].hasSuffix("ed"),
               span.upperBound < tokens.count, tokens[span.upperBound].hasCapitalInitial, mentionAt[span.upperBound] != nil { continue }
            // "Trump called out Qatar ... and demanded that ...": a verb joined by
            // "and" to an earlier stance word shares its subject.
            let afterAnd = trigger.form == .verb && span.lowerBound > 0 && words[span.lowerBound - 1] == "and"
            let sharesSubject = afterAnd && !previousSubjects.isEmpty
                && !words[previousEnd..<span.lowerBound].contains(where: Self.clauseBreaks.contains)
            var shared: [ActorMention]? = sharesSubject ? previousSubjects : nil
            if afterAnd, shared == nil {
                shared = firstVerbsSubject(before: span.lowerBound, mentions: mentions, mentionAt: mentionAt, words: words)
            }
            var results = apply(trigger, span: span, tokens: tokens, words: words, mentions: mentions, mentionAt: mentionAt,
                                subjects: shared)
            if results.isEmpty, !trigger.slot.isEmpty, let bare = candidates.first(where: {
                $0.end == match.end && $0.trigger.slot.isEmpty && $0.trigger.words == trigger.words && $0.trigger.form == trigger.form
            }) {
                // "Mali suspended France 24": no "to" or "with" after the object, so
                // the bare verb reads the sentence.
                trigger = bare.trigger
                results = apply(trigger, span: span, tokens: tokens, words: words, mentions: mentions, mentionAt: mentionAt,
                                subjects: shared)
            }
            if results.isEmpty, trigger.form == .mutual { next = span.lowerBound + 1 }
            var stated = results
            if trigger.kind == .attacks, trigger.form == .verb, Self.isIntended(words, before: span.lowerBound) {
                // "Turkey will attack", "vowed to strike": an attack announced, not
                // made, is a threat.
                stated = results.map { found in
                    var threat = found
                    threat.kind = .threatens
                    threat.rule += " (intent)"
                    return threat
                }
            }
            if let first = results.first, trigger.form == .verb || trigger.form == .phrase {
                previousSubjects = results.map(\.source).filter { $0.tokens.lowerBound < span.lowerBound }
                if previousSubjects.isEmpty { previousSubjects = [first.source] }
                previousEnd = span.upperBound
            }
            found += stated
        }
        return found.filter { $0.source.actorID != $0.target.actorID }
    }

    /// Whether the word at `position` may stand inside a multi-word trigger: a
    /// lower-case word that is not an actor and does not end the clause, a
    /// quotation mark, or a place ("signed in Vienna with").
    private static func isSkippable(_ position: Int, tokens: [Token], words: [String], mentions: [ActorMention], mentionAt: [Int?]) -> Bool {
        let token = tokens[position]
        guard token.kind == .word else { return Self.quotationMarks.contains(words[position]) }
        if position > 0 {
            let before = words[position - 1]
            if before == "in" || before == "at" || before == "near" { return true }
        }
        if let found = mentionAt[position] { return mentions[found].isLocation }
        return !token.hasCapitalInitial && !Self.gapStoppers.contains(words[position])
    }

    private func apply(_ trigger: StanceLexicon.Trigger, span: Range<Int>, tokens: [Token], words: [String],
                       mentions: [ActorMention], mentionAt: [Int?], subjects sharedSubjects: [ActorMention]? = nil) -> [Found] {
        let rule = "\(trigger.form.rawValue):\(trigger.kind.rawValue):\(trigger.lemma)"
        func pairs(_ sources: [ActorMention], _ targets: [ActorMention], _ rule: String) -> [Found] {
            sources.flatMap { source in targets.map { Found(source: source, target: $0, kind: trigger.kind, rule: rule) } }
        }
        switch trigger.form {
        case .adjective:
            // "Iran-backed Houthi rebels": actor, hyphen, participle, then the noun's actor.
            guard span.lowerBound >= 2, words[span.lowerBound - 1] == "-",
                  let sourceIndex = mentionAt[span.lowerBound - 2] else { return [] }
            // The noun the compound describes comes next: "Iran-backed militias
            // attacked US troops" backs the militias, not the troops.
            var targets = group(after: span.upperBound - 1, mentions: mentions, mentionAt: mentionAt, words: words, limit: 2)
            if targets.isEmpty {
                // "The SDF is a US-backed coalition", "Hezbollah, an Iran-backed
                // group,": the noun is the actor it is said of.
                var before = mentions[sourceIndex].tokens.lowerBound - 1
                if before >= 0, ["a", "an", "the"].contains(words[before]) { before -= 1 }
                if before >= 0, ["is", "was", "are", "were", ","].contains(words[before]) {
                    targets = group(before: before, mentions: mentions, mentionAt: mentionAt, words: words, limit: 2)
                }
            }
            return pairs([mentions[sourceIndex]], targets, rule)
        case .apposition:
            // "Turkish troops and their Syrian rebel allies": the possessor is the
            // source, the actor just before the noun the target.
            if span.lowerBound >= 2, let described = mentionAt[span.lowerBound - 1], !mentions[described].isLocation,
               mentions[described].tokens.lowerBound > 0 {
                let before = mentions[described].tokens.lowerBound - 1
                if words[before] == "its" || words[before] == "their",
                   let owner = antecedent(before: before, mentions: mentions), owner.actorID != mentions[described].actorID {
                    return pairs([owner], [mentions[described]], rule)
                }
            }
            // "Russia's ally Syria"; "Syria, Russia's ally, ..."; "Poland is one of
            // Ukraine's closest allies". A patron noun ("Syria's backer Russia")
            // points the other way: the one described backs the possessor.
            guard let possessor = modifierBefore(span.lowerBound, mentions: mentions, mentionAt: mentionAt, words: words) else { return [] }
            let described = { (other: [ActorMention]) -> [Found] in
                trigger.possessorIsTarget ? pairs(other, [possessor], rule) : pairs([possessor], other, rule)
            }
            var next = span.upperBound
            if next < words.count, words[next] == "the" { next += 1 }
            if next < words.count, let found = mentionAt[next], !mentions[found].isLocation {
                return described([mentions[found]])
            }
            var before = possessor.tokens.lowerBound - 1
            if before >= 0, words[before] == "the" || words[before] == "a" || words[before] == "an" { before -= 1 }
            if before >= 1, words[before] == "of", words[before - 1] == "one" { before -= 2 }
            if before >= 0, Self.copulas.contains(words[before]) {
                return described(group(before: before, mentions: mentions, mentionAt: mentionAt, words: words, limit: 4))
            }
            guard before >= 1, words[before] == ",", let found = mentionAt[before - 1], !mentions[found].isLocation,
                  span.upperBound < words.count, words[span.upperBound] == "," else { return [] }
            return described([mentions[found]])
        case .mutual:
            // Only between coordinated subjects: "Iran and Saudi Arabia agreed to restore ties".
            let subjects = group(before: span.lowerBound, mentions: mentions, mentionAt: mentionAt, words: words, limit: 8)
            return Self.eachTowardsEachOther(subjects, kind: trigger.kind, rule: rule + " (mutual)")
        case .noun:
            // "the execution of Nimr by Saudi Arabia": a name that is no actor is
            // the target, and the actor after "by" is the agent, never the target.
            let targets = group(after: span.upperBound - 1, mentions: mentions, mentionAt: mentionAt, words: words, limit: 5,
                                tokens: tokens, seizedThings: trigger.kind == .coerces)
            guard let firstTarget = targets.first else { return [] }
            if firstTarget.tokens.lowerBound > 0, words[firstTarget.tokens.lowerBound - 1] == "by"
                || (firstTarget.tokens.lowerBound > 1 && words[firstTarget.tokens.lowerBound - 1] == "the"
                    && words[firstTarget.tokens.lowerBound - 2] == "by") { return [] }
            if let agent = byAgent(after: targets.last!.tokens.upperBound - 1, mentions: mentions, mentionAt: mentionAt, words: words, within: 3) {
                return pairs(agent, targets, rule + " (by)")
            }
            if hasByPhrase(after: targets.last!.tokens.upperBound - 1, words: words, within: 3) {
                return []   // "imposed upon Qatar by the four other nations": the agent is named, not an actor we know
            }
            if let modifier = modifierBefore(span.lowerBound, mentions: mentions, mentionAt: mentionAt, words: words) {
                return pairs([modifier], targets, rule)
            }
            // "broke off ties with Iran following an attack on the embassy": the
            // object of a preposition is not the agent of a stance noun.
            var subjects = group(before: span.lowerBound, mentions: mentions, mentionAt: mentionAt, words: words, limit: 12,
                                 skippingPrepositionObjects: true)
            if subjects.isEmpty {
                subjects = participleSubject(before: span.lowerBound, mentions: mentions, mentionAt: mentionAt, words: words)
            }
            if subjects.isEmpty, let after = frontedPhraseSubject(trigger: span, targets: targets, mentions: mentions,
                                                                mentionAt: mentionAt, words: words) {
                return pairs(after, targets, rule + " (fronted)")
            }
            return pairs(subjects, targets, rule)
        case .verb, .phrase:
            if trigger.words.last == "between" {
                let parties = group(after: span.upperBound - 1, mentions: mentions, mentionAt: mentionAt, words: words, limit: 6)
                guard parties.count >= 2 else { return [] }
                return Self.eachTowardsEachOther(parties, kind: trigger.kind, rule: rule)
            }
            let passive = trigger.isParticiple && (isPassive(words, before: span.lowerBound) || words.indices.contains(span.upperBound) && words[span.upperBound] == "by")
            if passive {
                // An agentless passive ("Qatar is accused of ...") names no source.
                guard let agents = byAgent(after: span.upperBound - 1, mentions: mentions, mentionAt: mentionAt, words: words) else {
                    return []
                }
                let patients = group(before: span.lowerBound, mentions: mentions, mentionAt: mentionAt, words: words, limit: 10)
                return pairs(agents, patients, rule + " (passive)")
            }
            if let accused = accusedSubjects(of: span, words: words, mentions: mentions, mentionAt: mentionAt) {
                // "Erdogan accused the West of supporting terrorists": the accused
                // does it, and without a known accused nobody does.
                guard !accused.isEmpty else { return [] }
                let objects = group(after: span.upperBound - 1, mentions: mentions, mentionAt: mentionAt, words: words, limit: 8)
                    .filter { target in !accused.contains { $0.actorID == target.actorID } }
                return pairs(accused, objects, rule)
            }
            // "approved sending troops to Libya to support the Tripoli government":
            // the subject of an infinitive is not the object of a preposition.
            let infinitive = span.lowerBound > 0 && words[span.lowerBound - 1] == "to"
            var subjects = sharedSubjects
                ?? group(before: span.lowerBound, mentions: mentions, mentionAt: mentionAt, words: words, limit: 16,
                         skippingPrepositionObjects: infinitive)
            // "Turkey launched an intervention, dispatching tanks to assist rebel
            // forces": a participle clause after a comma takes the main clause's subject.
            if sharedSubjects == nil, Self.isParticipleOpening(words, at: span.lowerBound) || subjects.isEmpty {
                let main = participleSubject(before: span.lowerBound + 1, mentions: mentions, mentionAt: mentionAt, words: words)
                if !main.isEmpty { subjects = main }
            }
            // "Saudi Arabia was joined by the UAE, Bahrain and Egypt in cutting ties":
            // the one joined acts too.
            if let first = subjects.first {
                var before = first.tokens.lowerBound - 1
                if before >= 0, words[before] == "the" { before -= 1 }
                if before >= 1, words[before] == "by", words[before - 1] == "joined" {
                    subjects = group(before: before - 1, mentions: mentions, mentionAt: mentionAt, words: words, limit: 4) + subjects
                } else if before >= 0, Self.followingVerbs.contains(words[before]),
                          subjects.last.map({ $0.tokens.upperBound < words.count && words[$0.tokens.upperBound] == "in" }) ?? false {
                    // "Bahrain and Sudan followed Saudi Arabia in cutting ties": both act.
                    subjects = group(before: before, mentions: mentions, mentionAt: mentionAt, words: words, limit: 4) + subjects
                }
            }
            let subjectIDs = Set(subjects.map(\.actorID))
            if !trigger.slot.isEmpty {
                // "taking the city of Jarabulus from ISIS": the target follows the
                // slot's words, after an object that is no actor.
                // "cleared the town of Jarabulus of IS": the slot word may recur inside the object.
                for tail in slotEnds(trigger.slot, after: span.upperBound, words: words, mentions: mentions, mentionAt: mentionAt) {
                    let targets = group(after: tail - 1, mentions: mentions, mentionAt: mentionAt, words: words, limit: 3,
                                        attackedPlaces: trigger.kind == .attacks, seizedThings: trigger.kind == .coerces)
                        .filter { !subjectIDs.contains($0.actorID) }
                    if !targets.isEmpty { return pairs(subjects, targets, rule) }
                }
                return []
            }
            let endsInPreposition = Self.prepositions.contains(trigger.words.last ?? "")
            // "accused the West of supporting terrorists": the accused stands
            // before "of"; what follows is the accusation, not its target.
            let accuses = Self.chargingStems.contains(where: (trigger.words.first ?? "").hasPrefix)
            // "fired missiles at Saudi cities": an attack on a country's places
            // attacks the country ("in Syria" stays a place).
            var objects = group(after: span.upperBound - 1, mentions: mentions, mentionAt: mentionAt, words: words,
                                limit: endsInPreposition ? 6 : (accuses ? 4 : 15), tokens: endsInPreposition ? tokens : nil,
                                includingPlaces: trigger.words.last == "in",
                                stopAtPrepositions: accuses, attackedPlaces: trigger.kind == .attacks, seizedThings: trigger.kind == .coerces,
                                stopAtAs: trigger.form == .verb)
                .filter { !subjectIDs.contains($0.actorID) }
            if trigger.form == .verb, let first = objects.first, first.tokens.lowerBound > span.upperBound + 1,
               !(words[first.tokens.lowerBound - 1] == "by" || (words[first.tokens.lowerBound - 1] == "the"
                    && words[first.tokens.lowerBound - 2] == "by")),   // "condemned the execution of X by Saudi Arabia"
               (span.upperBound..<first.tokens.lowerBound).contains(where: { position in
                   mentionAt[position] == nil && lexicon.matches(in: words, at: position, canSkip: { _ in false })
                       .contains { $0.trigger.form == .noun || $0.trigger.form == .phrase }
               }) {
                // "praised the U.S.-led campaign against IS": an actor beyond another
                // stance word is that word's target, not this verb's object.
                objects = []
            }
            if let first = objects.first, first.tokens.lowerBound >= 2, words[first.tokens.lowerBound - 1] == "of"
                || (words[first.tokens.lowerBound - 1] == "the" && first.tokens.lowerBound >= 3 && words[first.tokens.lowerBound - 2] == "of"),
               case let nounIndex = first.tokens.lowerBound - (words[first.tokens.lowerBound - 1] == "of" ? 2 : 3),
               nounIndex >= span.upperBound, isEventNoun(words[nounIndex]) {
                // "criticised the isolation of Qatar": Qatar suffers the event; the
                // stance is towards whoever isolates it, not Qatar.
                objects = []
            }
            if let subject = subjects.first, subject.tokens.lowerBound >= 3,
               ["which", "whom"].contains(words[subject.tokens.lowerBound - 1]), words[subject.tokens.lowerBound - 2] == ",",
               let antecedent = mentionAt[subject.tokens.lowerBound - 3], !mentions[antecedent].isLocation {
                // "Hezbollah, which Iran arms, attacked Israel": the relative pronoun is the object.
                objects = [mentions[antecedent]]
            } else if span.upperBound < words.count, Self.objectPronouns.contains(words[span.upperBound]) {
                // "cut ties with Qatar, accusing it of supporting terrorism": the
                // object is the pronoun's antecedent, never what follows it.
                let antecedent = mentions.last { $0.tokens.upperBound <= span.lowerBound && !$0.isLocation
                    && !subjectIDs.contains($0.actorID) && mentionAt[$0.tokens.lowerBound] != nil }
                objects = antecedent.map { [$0] } ?? []
            }
            if lexicon.appealVerbs.contains(trigger.lemma), let object = objects.last, !isDemand(words, after: object.tokens.upperBound) {
                // "urged its allies to speed up deliveries" is a request, no stance;
                // "urged Iran to stop arming the Houthis" is a demand: opposes.
                objects = []
            }
            let eachOther = Self.mentionsEachOther(words, after: span.upperBound)
            if subjectIDs.count >= 2, objects.isEmpty || objects.allSatisfy({ subjectIDs.contains($0.actorID) }),
               eachOther || span.contains(where: { lexicon.reciprocalWords.contains(words[$0]) }) {
                // "Russia and Turkey are preparing for a military confrontation".
                return Self.eachTowardsEachOther(subjects, kind: trigger.kind, rule: rule + " (mutual)")
            }
            return pairs(subjects, objects, rule)
        case .inverse:
            let targets = group(before: span.lowerBound, mentions: mentions, mentionAt: mentionAt, words: words, limit: 8)
            // "outlawed in Russia and the United States": after "in", the place is the actor.
            let placesAct = trigger.words.last == "in"
            let sources = group(after: span.upperBound - 1, mentions: mentions, mentionAt: mentionAt, words: words, limit: 5,
                                includingPlaces: placesAct)
            return pairs(sources, targets, rule)
        }
    }
}
