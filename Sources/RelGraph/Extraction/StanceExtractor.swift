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
/// Nothing is guessed: without both ends named, there is no stance.
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

    /// Words after which the stance word's target search stops.
    private static let clauseBreaks: Set<String> = [".", ";", "!", "?", "“", "”", "\""]
    private static let quotationMarks: Set<String> = ["“", "”", "\"", "‘", "’"]
    /// Nouns of events done to someone ("the isolation of Qatar", "the killing
    /// of protesters"): the lexicon's stance nouns and a few more.
    private func isEventNoun(_ word: String) -> Bool {
        Self.eventNouns.contains(word) || lexicon.nounHeads.contains(word)
    }

    private static let eventNouns: Set<String> = ["isolation", "killing", "killings", "death", "deaths", "execution",
                                                  "executions", "arrest", "arrests", "detention", "persecution", "treatment",
                                                  "targeting", "siege", "bombardment", "massacre", "murder", "assassination",
                                                  "expulsion", "exclusion", "punishment", "suffering", "plight", "mistreatment"]

    /// "A followed B in cutting ties", "A joined B in condemning": A acts too.
    private static let followingVerbs: Set<String> = ["followed", "follows", "joined", "joins", "emulated"]
    /// Words after which a verb's form is a noun ("the attack", "its support").
    private static let nounDeterminers: Set<String> = ["the", "a", "an", "this", "that", "its", "their", "his", "her", "our"]
    /// Whether a modal or a verb of intent stands just before `position`: "will
    /// attack", "would strike", "vowed to attack", "is preparing to invade".
    private static func isIntended(_ words: [String], before position: Int) -> Bool {
        var index = position - 1
        if index >= 0, words[index].hasSuffix("ly") { index -= 1 }   // "would certainly attack"
        guard index >= 0 else { return false }
        if modals.contains(words[index]) { return true }
        if words[index] == "to", index >= 1 {
            let verb = words[index - 1]
            return intentStems.contains(where: verb.hasPrefix) || (verb == "ready" || verb == "prepared")
        }
        return false
    }

    private static let modals: Set<String> = ["will", "would", "could", "might", "may", "shall", "'ll"]
    private static let intentStems = ["threat", "vow", "plan", "prepar", "pledg", "promis", "warn", "intend", "aim", "seek", "sought"]

    /// Prepositions after which a verb's form is a noun ("with arms", "for support").
    private static let nounPrepositions: Set<String> = ["with", "of", "for", "in", "on", "at", "from", "by", "about", "without"]
    /// Pronouns that stand for an object named before ("accusing it of").
    private static let objectPronouns: Set<String> = ["it", "them"]
    /// Words that may open a coordinated actor's phrase ("..., some opposition groups").
    private static let determiners: Set<String> = ["the", "some", "several", "other", "many"]
    /// Words that join coordinated actors.
    private static let coordinators: Set<String> = [",", "and", "&", "or", "as", "well", "including", "such"]
    /// After a target, words that introduce its members: "terrorist groups, which
    /// include Hamas and ...".
    private static let listIntroducers: Set<String> = ["which", "include", "includes", "included", "namely", "like"]
    /// Forms of "be" (and "get") that make a following participle passive;
    /// "has", "have", "had" alone do not ("had wrested control").
    private static let beVerbs: Set<String> = ["is", "are", "was", "were", "been", "being", "be", "'s", "get", "got", "gets"]
    /// Words that end the search for a subject: what stands before them belongs
    /// to another clause ("..., but this appears to be a strike against").
    private static let subjectBreaks: Set<String> = ["but", "while", "whereas", "although", "though", "however", "because",
                                                     "whereby", "where", "when"]
    /// Verbs that open a clause without its own subject ("but is widely seen as").
    private static let auxiliaries: Set<String> = ["is", "are", "was", "were", "has", "have", "had", "will", "would",
                                                   "could", "can", "may", "might", "should"]
    /// Prepositions that end a trigger; its target must follow closely.
    private static let prepositions: Set<String> = ["with", "from", "on", "against", "to", "for", "of", "at", "into", "in", "upon", "toward", "towards", "over"]
    /// Words a gap inside a trigger may not cross.
    private static let gapStoppers: Set<String> = ["by", "not", "never", "but", "while", "which", "who", "that", "said", "says"]
    private static let speechVerbs: Set<String> = ["said", "says", "told", "added", "stated", "declared", "warned", "wrote", "tweeted", "announced", "insisted", "noted"]

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
        let kindOf = { (id: String) in dictionary.entry(id: id)?.kind ?? .unknown }
        for sentence in splitter.split(article.body) {
            let tokens = Tokenizer.tokenize(sentence.text)
            let named = finder.mentions(in: tokens)
            let mentions = (named + references.references(in: tokens, mentions: named, kindOf: kindOf))
                .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
            references.record(named, kindOf: kindOf)
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
            } else if index > 0, Self.nounDeterminers.contains(words[index - 1])
                        || (Self.nounPrepositions.contains(words[index - 1]) && !words[index].hasSuffix("ing")) {
                // "a stab in the back by ...", "a meeting with", "provided the Kurds
                // with arms": after a determiner, or a preposition unless it is a
                // gerund ("in cutting ties"), the word is a noun.
                candidates = candidates.filter { $0.trigger.form != .verb && $0.trigger.form != .mutual }
            }
            guard mentionAt[index] == nil, let match = candidates.first else {
                index += 1
                continue
            }
            let trigger = match.trigger
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
            // "Trump called out Qatar ... and demanded that ...": a verb joined by
            // "and" to an earlier stance word shares its subject.
            let sharesSubject = trigger.form == .verb && span.lowerBound > 0 && words[span.lowerBound - 1] == "and"
                && !previousSubjects.isEmpty
                && !words[previousEnd..<span.lowerBound].contains(where: Self.clauseBreaks.contains)
            let results = apply(trigger, span: span, tokens: tokens, words: words, mentions: mentions, mentionAt: mentionAt,
                                subjects: sharesSubject ? previousSubjects : nil)
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
            // "Russia's ally Syria"; "Syria, Russia's ally, ...".
            guard let source = modifierBefore(span.lowerBound, mentions: mentions, mentionAt: mentionAt, words: words) else { return [] }
            var next = span.upperBound
            if next < words.count, words[next] == "the" { next += 1 }
            if next < words.count, let found = mentionAt[next], !mentions[found].isLocation {
                return pairs([source], [mentions[found]], rule)
            }
            var before = source.tokens.lowerBound - 1
            if before >= 0, words[before] == "the" || words[before] == "a" || words[before] == "an" { before -= 1 }
            guard before >= 1, words[before] == ",", let found = mentionAt[before - 1], !mentions[found].isLocation,
                  span.upperBound < words.count, words[span.upperBound] == "," else { return [] }
            return pairs([source], [mentions[found]], rule)
        case .mutual:
            // Only between coordinated subjects: "Iran and Saudi Arabia agreed to restore ties".
            let subjects = group(before: span.lowerBound, mentions: mentions, mentionAt: mentionAt, words: words, limit: 8)
            var mutual: [Found] = []
            for first in subjects {
                for second in subjects where second.actorID != first.actorID {
                    mutual.append(Found(source: first, target: second, kind: trigger.kind, rule: rule + " (mutual)"))
                }
            }
            return mutual
        case .noun:
            // "the execution of Nimr by Saudi Arabia": a name that is no actor is
            // the target, and the actor after "by" is the agent, never the target.
            let targets = group(after: span.upperBound - 1, mentions: mentions, mentionAt: mentionAt, words: words, limit: 5,
                                tokens: tokens)
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
                var both: [Found] = []
                for first in parties {
                    for second in parties where second.actorID != first.actorID {
                        both.append(Found(source: first, target: second, kind: trigger.kind, rule: rule))
                    }
                }
                return both
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
                    let targets = group(after: tail - 1, mentions: mentions, mentionAt: mentionAt, words: words, limit: 3)
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
                                stopAtPrepositions: accuses, attackedPlaces: trigger.kind == .attacks)
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
            let eachOther = Self.mentionsEachOther(words, after: span.upperBound)
            if subjectIDs.count >= 2, objects.isEmpty || objects.allSatisfy({ subjectIDs.contains($0.actorID) }),
               eachOther || span.contains(where: { lexicon.reciprocalWords.contains(words[$0]) }) {
                // "Russia and Turkey are preparing for a military confrontation".
                var mutual: [Found] = []
                for first in subjects {
                    for second in subjects where second.actorID != first.actorID {
                        mutual.append(Found(source: first, target: second, kind: trigger.kind, rule: rule + " (mutual)"))
                    }
                }
                return mutual
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

    /// "Turkey has long considered Kurdish militias terrorists": a designating
    /// verb, its object actor, then a hostile label within three words.
    private func designations(tokens: [Token], words: [String], roles: [WordRole], mentions: [ActorMention], mentionAt: [Int?]) -> [Found] {
        var found: [Found] = []
        for (index, word) in words.enumerated() where roles[index].contains(.designation) {
            if isNegated(words, before: index, trigger: StanceLexicon.Trigger(words: [word], kind: .opposes, form: .verb, lemma: word, isParticiple: false)) { continue }
            let sources: [ActorMention], targets: [ActorMention], label: ArraySlice<String>
            if isPassive(words, before: index) {
                // "The YPG is considered a terrorist group by Ankara".
                label = words[(index + 1)..<min(words.count, index + 6)]
                guard let agents = byAgent(after: index, mentions: mentions, mentionAt: mentionAt, words: words, within: 7) else { continue }
                sources = agents
                targets = group(before: index, mentions: mentions, mentionAt: mentionAt, words: words, limit: 6)
            } else {
                targets = group(after: index, mentions: mentions, mentionAt: mentionAt, words: words, limit: 3)
                guard let last = targets.last else { continue }
                label = words[last.tokens.upperBound..<min(words.count, last.tokens.upperBound + 5)]
                var subjects = group(before: index, mentions: mentions, mentionAt: mentionAt, words: words, limit: 10)
                if subjects.isEmpty || Self.isParticipleOpening(words, at: index) {
                    let main = participleSubject(before: index + 1, mentions: mentions, mentionAt: mentionAt, words: words)
                    if !main.isEmpty { subjects = main }
                }
                sources = subjects
            }
            // "considered terrorists" opposes; "sees the YPG as its partner" cooperates.
            let kind: StanceKind
            if label.contains(where: lexicon.designationNouns.contains) {
                kind = .opposes
            } else if label.contains(where: lexicon.friendlyDesignationNouns.contains) {
                kind = .cooperates
            } else if word.hasPrefix("call"), !isPassive(words, before: index), index + 1 < words.count,
                      !["on", "for", "out", "off", "up", "upon"].contains(words[index + 1]),
                      let last = targets.last, last.tokens.upperBound >= words.count
                        || Self.phoneCallFollowers.contains(words[last.tokens.upperBound]) {
                // "Putin called Erdogan on Tuesday": a call with no label is a phone call.
                kind = .meets
            } else {
                continue
            }
            for source in sources {
                for target in targets {
                    found.append(Found(source: source, target: target, kind: kind, rule: "designation:\(kind.rawValue):\(word)"))
                }
            }
        }
        return found
    }

    /// "The US added Huawei to its Entity List", "placed the group on a terror
    /// list": the one listing coerces the one listed.
    private func listings(words: [String], roles: [WordRole], mentions: [ActorMention], mentionAt: [Int?]) -> [Found] {
        var found: [Found] = []
        for (index, word) in words.enumerated() where roles[index].contains(.listing) {
            let listed = group(after: index, mentions: mentions, mentionAt: mentionAt, words: words, limit: 3)
            guard let last = listed.last else { continue }
            var position = last.tokens.upperBound
            let end = min(words.count, position + 12)
            var reachesList = false
            while position < end, !Self.clauseBreaks.contains(words[position]) {
                if words[position] == "to" || words[position] == "on" {
                    let rest = words[(position + 1)..<min(words.count, position + 9)]
                    reachesList = rest.contains { lexicon.listNouns.contains($0) }
                        || zip(rest, rest.dropFirst()).contains { lexicon.listNouns.contains("\($0) \($1)") }
                    break
                }
                position += 1
            }
            guard reachesList, !isNegated(words, before: index, trigger: StanceLexicon.Trigger(
                words: [word], kind: .coerces, form: .verb, lemma: word, isParticiple: false)) else { continue }
            var sources = group(before: index, mentions: mentions, mentionAt: mentionAt, words: words, limit: 10)
            if sources.isEmpty {
                sources = participleSubject(before: index + 1, mentions: mentions, mentionAt: mentionAt, words: words)
            }
            for source in sources {
                for target in listed where target.actorID != source.actorID {
                    found.append(Found(source: source, target: target, kind: .coerces, rule: "listing:coerces:\(word)"))
                }
            }
        }
        return found
    }

    /// "Tehran denied that it had supplied weapons ..., as alleged by Riyadh and
    /// Washington": the accusers oppose the sentence's subject.
    private func allegations(words: [String], roles: [WordRole], mentions: [ActorMention], mentionAt: [Int?]) -> [Found] {
        var found: [Found] = []
        for index in words.indices.dropLast() where roles[index].contains(.allegation) && words[index + 1] == "by"
            && index > 0 && (words[index - 1] == "as" || words[index - 1] == ",") {
            let accusers = group(after: index + 1, mentions: mentions, mentionAt: mentionAt, words: words, limit: 3)
            let accused = mainSubject(before: index, mentions: mentions, mentionAt: mentionAt, words: words)
            for source in accusers {
                for target in accused {
                    found.append(Found(source: source, target: target, kind: .opposes, rule: "allegation:opposes:\(words[index])"))
                }
            }
        }
        return found
    }

    /// "clashes south of Jarabulus between Turkish forces and Kurdish units": a
    /// conflict noun with a place or a few words before its "between" gives the
    /// stance both ways between the parties, as "clashes between" does.
    private func distantBetween(words: [String], mentions: [ActorMention], mentionAt: [Int?]) -> [Found] {
        var found: [Found] = []
        for index in words.indices where words[index] == "between" {
            var back = index - 2   // "clashes between" itself is the lexicon's
            var trigger: StanceLexicon.Trigger?
            while back >= 0, back >= index - 8, !Self.clauseBreaks.contains(words[back]) {
                if let match = lexicon.matches(in: [words[back], "between"], at: 0, canSkip: { _ in false }).first,
                   match.end == 2, match.trigger.kind.polarity == .conflictual {
                    trigger = match.trigger
                    break
                }
                back -= 1
            }
            guard let trigger else { continue }
            let parties = group(after: index, mentions: mentions, mentionAt: mentionAt, words: words, limit: 6)
            for first in parties {
                for second in parties where second.actorID != first.actorID {
                    found.append(Found(source: first, target: second, kind: trigger.kind,
                                       rule: "\(trigger.form.rawValue):\(trigger.kind.rawValue):\(trigger.lemma) (distant)"))
                }
            }
        }
        return found
    }

    // MARK: Finding the ends

    /// The nearest actor before `position` in the same clause, with the actors
    /// coordinated with it ("Saudi Arabia, Bahrain, the UAE and Egypt").
    private func group(before position: Int, mentions: [ActorMention], mentionAt: [Int?], words: [String], limit: Int,
                       skippingPrepositionObjects: Bool = false) -> [ActorMention] {
        var start = position - 1
        var agent: [ActorMention] = []
        // "The Free Syrian Army, backed by Turkey, captured the town": a
        // parenthetical participle or relative clause right before the verb
        // describes the subject; the subject stands before it. When no actor
        // does ("The operation, launched by Turkey, targeted IS"), the one who
        // launched or led it acts.
        if start >= 0, words[start] == ",", let opening = parentheticalStart(endingAt: start, words: words) {
            if opening + 2 < words.count, Self.agentParticiples.contains(words[opening + 1]), words[opening + 2] == "by" {
                agent = group(after: opening + 2, mentions: mentions, mentionAt: mentionAt, words: words, limit: 3)
            }
            start = opening - 1
        }
        let found = nearestGroup(from: start, mentions: mentions, mentionAt: mentionAt, words: words, limit: limit,
                                 skippingPrepositionObjects: skippingPrepositionObjects)
        return found.isEmpty ? agent : found
    }

    private static let agentParticiples: Set<String> = ["launched", "led", "conducted", "mounted", "ordered", "staged",
                                                        "spearheaded", "carried", "organised", "organized"]

    /// The nearest actor at or before `start`, with its coordinated actors.
    private func nearestGroup(from start: Int, mentions: [ActorMention], mentionAt: [Int?], words: [String], limit: Int,
                              skippingPrepositionObjects: Bool) -> [ActorMention] {
        var index = start
        var distance = 0
        while index >= 0, distance < limit {
            if Self.clauseBreaks.contains(words[index]) { return [] }
            // A parenthetical further back (", backed by US-led coalition aircraft,")
            // never holds the subject either.
            if words[index] == ",", let opening = parentheticalStart(endingAt: index, words: words) {
                index = opening - 1
                distance += 1
                continue
            }
            // "... which Moscow says is aimed at fighting militants but is widely
            // seen as supporting the regime": a clause after "but" that opens with
            // its verb shares the subject before it.
            if Self.subjectBreaks.contains(words[index])
                && !(words[index] == "but" && index + 1 < words.count && Self.auxiliaries.contains(words[index + 1])) { return [] }
            if let found = mentionAt[index] {
                let mention = mentions[found]
                // "Iranian-backed militias attacked": the militias act, not Iran; but
                // in "the U.S.-led campaign against" the leader does.
                let afterPreposition = mention.tokens.lowerBound > 0 && Self.prepositions.contains(words[mention.tokens.lowerBound - 1])
                if mention.isLocation || isCompoundModifier(mention, words) && words[mention.tokens.upperBound + 1] != "led"
                    || (skippingPrepositionObjects && afterPreposition) {
                    index = mention.tokens.lowerBound - 1; distance += 1; continue
                }
                return coordinated(from: found, step: -1, mentions: mentions, mentionAt: mentionAt, words: words)
            }
            if Self.pronouns.contains(words[index]) {
                // "Tehran denied ... its archfoe Saudi Arabia": the pronoun stands for
                // the nearest actor named before it in the sentence.
                return antecedent(before: index, mentions: mentions).map { [$0] } ?? []
            }
            index -= 1
            distance += 1
        }
        return []
    }

    /// Where the words of a verb's slot ("from", "of") end, each time they follow
    /// its object within eight words, up to the first actor (the object holds none).
    private func slotEnds(_ slot: [String], after position: Int, words: [String], mentions: [ActorMention],
                          mentionAt: [Int?]) -> [Int] {
        var ends: [Int] = []
        var index = position
        while index < words.count, index < position + 9 {
            if Self.clauseBreaks.contains(words[index]) { break }
            if let found = mentionAt[index], !mentions[found].isLocation, ends.isEmpty { break }
            if index > position, index + slot.count <= words.count, words[index..<index + slot.count].elementsEqual(slot) {
                ends.append(index + slot.count)
            }
            index += 1
        }
        return ends
    }

    /// For a gerund after "accused X of" / "blamed X for": the actors named as X
    /// (empty when X is no actor we know); nil when the trigger is not such a gerund.
    private func accusedSubjects(of span: Range<Int>, words: [String], mentions: [ActorMention], mentionAt: [Int?]) -> [ActorMention]? {
        guard span.lowerBound >= 2, words[span.lowerBound].hasSuffix("ing"),
              words[span.lowerBound - 1] == "of" || words[span.lowerBound - 1] == "for" else { return nil }
        let preposition = span.lowerBound - 1
        var index = preposition - 1
        while index >= 0, index >= preposition - 7 {
            if Self.clauseBreaks.contains(words[index]) { return nil }
            if Self.accusingStems.contains(where: words[index].hasPrefix) {
                // "Qatar is accused of funding ...": the subject is the accused.
                if isPassive(words, before: index) {
                    return group(before: index, mentions: mentions, mentionAt: mentionAt, words: words, limit: 6)
                }
                // "..., accusing it of backing Hamas": the pronoun's antecedent.
                if words[(index + 1)..<preposition].contains(where: Self.objectPronouns.contains) {
                    return mentions.last { $0.tokens.upperBound <= index && !$0.isLocation }.map { [$0] } ?? []
                }
                return group(before: preposition, mentions: mentions, mentionAt: mentionAt, words: words, limit: 6)
                    .filter { $0.tokens.lowerBound > index }
            }
            index -= 1
        }
        return nil
    }

    /// Nouns whose that-clause reports a claim ("claims that", "reports that").
    private static let contentNouns: Set<String> = ["claims", "claim", "reports", "report", "allegations", "allegation",
                                                    "accusations", "accusation", "suggestions", "rumours", "rumors",
                                                    "speculation", "charges", "assertions"]
    /// Words after "X called Y" that show a phone call, not a label ("called
    /// Erdogan on Tuesday", "to discuss", "late on Monday").
    private static let phoneCallFollowers: Set<String> = ["on", "to", ".", ",", "and", "late", "yesterday", "today",
                                                          "tonight", "overnight", "earlier", "again", "twice", "by", "after",
                                                          "before", "during", "in"]
    /// Verbs whose object stands before "of"/"for" ("accused Qatar of ...").
    private static let chargingStems = ["accus", "blam", "suspect", "charg", "warn"]
    private static let accusingStems = ["accus", "blam", "suspect", "charg", "condemn", "critici", "fault", "prais", "thank", "credit"]

    /// Where the parenthetical that ends with the comma at `closing` opens (its
    /// own comma), when it is a participle phrase (", backed by Turkey,") or a
    /// relative clause (", which ..."); nil for a list or anything else.
    private func parentheticalStart(endingAt closing: Int, words: [String]) -> Int? {
        var index = closing - 1
        while index > 0, closing - index <= 12 {
            if Self.clauseBreaks.contains(words[index]) { return nil }
            if words[index] == "," {
                let first = words[index + 1]
                let opensClause = first == "which" || first == "who" || first == "whose"
                    || (first.count > 4 && first.hasSuffix("ed") && index + 2 < closing && words[index + 2] == "by")
                return opensClause ? index : nil
            }
            index -= 1
        }
        return nil
    }

    /// The nearest actor after `position` (skipping places), with its coordinated actors.
    private func group(after position: Int, mentions: [ActorMention], mentionAt: [Int?], words: [String], limit: Int,
                       tokens: [Token]? = nil, includingPlaces: Bool = false, stopAtPrepositions: Bool = false,
                       attackedPlaces: Bool = false) -> [ActorMention] {
        var index = position + 1
        var distance = 0
        while index < words.count, distance < limit {
            if Self.clauseBreaks.contains(words[index]) || Self.subjectBreaks.contains(words[index]) { return [] }
            // "accused the West of ...", "warned the West against ...": once a
            // non-actor object has been passed, the preposition ends the search
            // ("warned of retaliation against Turkey" still reaches Turkey).
            if stopAtPrepositions, ["of", "for", "against"].contains(words[index]), index > position + 1,
               !["the", "a", "an"].contains(words[index - 1]), !Self.prepositions.contains(words[position + 1]) { return [] }
            // "rejected claims that it funds Hamas": a that-clause after such a noun
            // is what is claimed, not the object.
            if words[index] == "that", index > 0, Self.contentNouns.contains(words[index - 1]) { return [] }
            // After a preposition, a name that is not an actor ("withdrew from
            // Jarabulus") is the object: nothing further on is.
            if let tokens, mentionAt[index] == nil, tokens[index].hasCapitalInitial, tokens[index].kind == .word { return [] }
            if let found = mentionAt[index] {
                let mention = mentions[found]
                let placeCounts = includingPlaces || (attackedPlaces && mention.role == .demonym)
                // "pounded rebel-held areas": attacking what a side holds attacks the side.
                let heldPlace = attackedPlaces && mention.tokens.upperBound + 1 < words.count
                    && words[mention.tokens.upperBound] == "-" && ["held", "controlled"].contains(words[mention.tokens.upperBound + 1])
                if (mention.isLocation && !placeCounts) || (isCompoundModifier(mention, words) && !heldPlace) {
                    index = mention.tokens.upperBound; distance += 1; continue
                }
                return coordinated(from: found, step: 1, mentions: mentions, mentionAt: mentionAt, words: words,
                                   includingPlaces: includingPlaces)
            }
            // "with six world powers – the US, UK ...": an apposition's dash costs nothing.
            if !Self.phraseEnds.contains(words[index]) || words[index] == "," { distance += 1 }
            index += 1
        }
        return []
    }

    /// Possessives resolved to the nearest actor before them. Subject pronouns
    /// ("it", "they") are left alone: their antecedent is too often elsewhere.
    private static let reportingWords: Set<String> = ["as", "according", "alleged", "reported", "claimed", "said", "stated"]
    private static let pronouns: Set<String> = ["its", "their"]

    /// The nearest actor named before `position` that is not a place.
    private func antecedent(before position: Int, mentions: [ActorMention]) -> ActorMention? {
        // Named actors only: a collective ("the rebels") is rarely what "its" means.
        mentions.last { $0.tokens.upperBound <= position && !$0.isLocation && $0.role != .reference && !isCollective($0) }
    }

    /// Whether the word at `position` opens a participle clause: ", saying ...",
    /// ", calling ...", ", dispatching ...".
    private static func isParticipleOpening(_ words: [String], at position: Int) -> Bool {
        position > 0 && words[position - 1] == "," && words[position].count > 4 && words[position].hasSuffix("ing")
    }

    /// The subject of the main clause when `position` lies in a participle clause
    /// (", saying the deal is defective and announcing sanctions against Tehran"):
    /// the one who says, announces or dispatches is the main clause's subject.
    private func participleSubject(before position: Int, mentions: [ActorMention], mentionAt: [Int?],
                                   words: [String]) -> [ActorMention] {
        var index = position - 1
        var opening: Int?
        while index > 0 {
            if words[index] == "." || words[index] == ";" { break }
            if Self.isParticipleOpening(words, at: index) { opening = index; break }
            index -= 1
        }
        guard let opening else { return [] }
        return mainSubject(before: opening - 1, mentions: mentions, mentionAt: mentionAt, words: words)
    }

    /// The main clause's subject: the first actor of the sentence before
    /// `position` that is neither a place nor the object of a preposition, with
    /// the actors coordinated with it.
    private func mainSubject(before position: Int, mentions: [ActorMention], mentionAt: [Int?],
                             words: [String]) -> [ActorMention] {
        var quoted = false
        for index in 0..<max(0, position) {
            if words[index] == "“" || words[index] == "\"" { quoted.toggle() }
            if words[index] == "”" { quoted = false }
            guard !quoted, let found = mentionAt[index], mentions[found].tokens.lowerBound == index else { continue }
            let mention = mentions[found]
            if mention.isLocation { continue }
            var before = index - 1
            if before >= 0, words[before] == "the" { before -= 1 }
            if before >= 0, Self.prepositions.contains(words[before]) || words[before] == "'s" { continue }
            return coordinated(from: found, step: 1, mentions: mentions, mentionAt: mentionAt, words: words)
        }
        return []
    }

    /// "Under the deal signed in Vienna with six world powers – the US, UK and
    /// China – Iran scaled back ...": a sentence that opens with a prepositional
    /// phrase holding the stance noun; its source is the subject that follows the
    /// phrase, right after the targets and a comma or dash.
    private func frontedPhraseSubject(trigger span: Range<Int>, targets: [ActorMention], mentions: [ActorMention],
                                      mentionAt: [Int?], words: [String]) -> [ActorMention]? {
        guard let first = words.first, Self.sentenceOpeningPrepositions.contains(first),
              !(0..<span.lowerBound).contains(where: { mentionAt[$0] != nil }),
              let lastTarget = targets.map(\.tokens.upperBound).max() else { return nil }
        var index = lastTarget
        var sawBreak = false
        while index < words.count, index < lastTarget + 3 {
            if Self.phraseEnds.contains(words[index]) { sawBreak = true; index += 1; continue }
            if words[index] == "the" { index += 1; continue }
            break
        }
        guard sawBreak, index < words.count, let found = mentionAt[index], !mentions[found].isLocation else { return nil }
        return coordinated(from: found, step: 1, mentions: mentions, mentionAt: mentionAt, words: words)
    }

    private static let sentenceOpeningPrepositions: Set<String> = ["under", "after", "following", "despite", "amid",
                                                                   "since", "before", "during", "with", "in", "through"]
    /// Punctuation that closes a fronted phrase or an apposition.
    private static let phraseEnds: Set<String> = [",", "–", "—", "-", ":"]

    /// "each other" or "one another" within a few words: the stance is mutual
    /// ("both raised tariffs on each other's goods").
    private static func mentionsEachOther(_ words: [String], after position: Int) -> Bool {
        let window = words[min(position, words.count)..<min(words.count, position + 4)]
        let pairs = zip(window, window.dropFirst())
        return pairs.contains { ($0 == "each" && $1 == "other") || ($0 == "one" && $1 == "another") }
    }

    /// Whether the mention is a common-noun collective ("rebel forces"), which the
    /// dictionary writes in lower case.
    private func isCollective(_ mention: ActorMention) -> Bool {
        dictionary.entry(id: mention.actorID)?.names.first.map { $0.first?.isLowercase ?? false } ?? false
    }

    /// "US-led coalition", "Saudi-based group": the actor only describes the noun
    /// after the hyphen, which is what takes part in the stance.
    private func isCompoundModifier(_ mention: ActorMention, _ words: [String]) -> Bool {
        let end = mention.tokens.upperBound
        guard end + 1 < words.count, words[end] == "-" else { return false }
        return words[end + 1].hasSuffix("ed") || words[end + 1] == "led"
    }

    /// The mention at `start` and those joined to it by commas and "and".
    private func coordinated(from start: Int, step: Int, mentions: [ActorMention], mentionAt: [Int?], words: [String],
                             includingPlaces: Bool = false) -> [ActorMention] {
        // A pair reference ("the two countries") is two mentions over the same words.
        var result = mentions.filter { $0.tokens == mentions[start].tokens }
        let first = result.count
        var current = mentions[start]
        // "If Iran attacks Israel, the US will respond": commas alone make no
        // list; one needs an "and", "or", "including" ... somewhere in it.
        var sawConjunction = false
        while true {
            var index = step > 0 ? current.tokens.upperBound : current.tokens.lowerBound - 1
            var sawJoiner = false
            while index >= 0, index < words.count,
                  Self.coordinators.contains(words[index]) || Self.determiners.contains(words[index])
                    || (step > 0 && Self.listIntroducers.contains(words[index])) {
                if !Self.determiners.contains(words[index]) { sawJoiner = true }
                if words[index] != "," && !Self.determiners.contains(words[index]) { sawConjunction = true }
                index += step
            }
            if sawJoiner, step > 0, index < words.count, mentionAt[index] == nil,
               let member = Self.exampleListStart(words, from: index, mentionAt: mentionAt) {
                // "Iran and Islamist movements such as the Muslim Brotherhood".
                index = member
            }
            guard sawJoiner, index >= 0, index < words.count, let next = mentionAt[index],
                  !mentions[next].isLocation || includingPlaces else { break }
            current = mentions[next]
            result += mentions.filter { $0.tokens == current.tokens }
        }
        if !sawConjunction { result = Array(result.prefix(first)) }
        return step > 0 ? result : result.reversed()
    }

    /// Where the first example of "movements such as the Muslim Brotherhood" or
    /// "groups including Hamas" starts, when a short description (at most three
    /// words, no actor) leads to it from `position`.
    private static func exampleListStart(_ words: [String], from position: Int, mentionAt: [Int?]) -> Int? {
        var index = position
        while index < min(words.count - 1, position + 4) {
            if mentionAt[index] != nil || clauseBreaks.contains(words[index]) || words[index] == "," { return nil }
            var next: Int?
            if words[index] == "such", words[index + 1] == "as" { next = index + 2 }
            if words[index] == "including" || words[index] == "like" { next = index + 1 }
            if var start = next, index > position {
                if start < words.count, words[start] == "the" { start += 1 }
                return start < words.count && mentionAt[start] != nil ? start : nil
            }
            index += 1
        }
        return nil
    }

    /// "... by Russia" right after `position`: the agent of a passive or a nominalisation.
    private func byAgent(after position: Int, mentions: [ActorMention], mentionAt: [Int?], words: [String],
                         within reach: Int = 4) -> [ActorMention]? {
        var index = position + 1
        while index < words.count, index <= position + reach {
            if words[index] == "by" {
                let agents = group(after: index, mentions: mentions, mentionAt: mentionAt, words: words, limit: 4)
                return agents.isEmpty ? nil : agents
            }
            // "as alleged by Riyadh": the one who reports, not the agent.
            if Self.clauseBreaks.contains(words[index]) || Self.reportingWords.contains(words[index]) { return nil }
            index += 1
        }
        return nil
    }

    private func hasByPhrase(after position: Int, words: [String], within reach: Int) -> Bool {
        var index = position + 1
        while index < words.count, index <= position + reach {
            if words[index] == "by" { return true }
            if Self.clauseBreaks.contains(words[index]) || Self.reportingWords.contains(words[index]) { return false }
            index += 1
        }
        return false
    }

    /// The actor that modifies a noun: "Turkish support", "Qatar's funding",
    /// "the US decision" — at most two words before the noun.
    private func modifierBefore(_ position: Int, mentions: [ActorMention], mentionAt: [Int?], words: [String]) -> ActorMention? {
        var index = position - 1
        var skipped = 0
        while index >= 0, skipped <= 2 {
            if let found = mentionAt[index], !mentions[found].isLocation { return mentions[found] }
            if words[index] == "its" || words[index] == "their" { return antecedent(before: index, mentions: mentions) }
            if words[index] == "'s" || words[index] == "the" { index -= 1; continue }
            if Self.clauseBreaks.contains(words[index]) || words[index] == "," { return nil }
            // "ties with Iran following an attack on ...": a preposition or a
            // participle ends the noun phrase; what stands before is no modifier.
            if Self.prepositions.contains(words[index]) || Self.sentenceOpeningPrepositions.contains(words[index])
                || (words[index].count > 4 && words[index].hasSuffix("ing")) { return nil }
            index -= 1
            skipped += 1
        }
        return nil
    }

    private func isPassive(_ words: [String], before position: Int) -> Bool {
        var index = position - 1
        var steps = 0
        while index >= 0, steps < 3 {
            if Self.beVerbs.contains(words[index]) { return true }
            if words[index].hasSuffix("ly") { index -= 1; steps += 1; continue }
            return false
        }
        return false
    }

    /// A negation within three words before the trigger, unless the trigger is
    /// itself negative ("will not tolerate").
    private func isNegated(_ words: [String], before position: Int, trigger: StanceLexicon.Trigger) -> Bool {
        if trigger.words.contains(where: { $0 == "not" || $0.hasSuffix("n't") }) { return false }
        let window = words[max(0, position - 3)..<position]
        if window.contains(where: { $0.hasSuffix("n't") }) { return true }
        // A long negation ("rejected claims that it") may start further back.
        for start in max(0, position - max(3, lexicon.longestNegation + 1))..<position {
            guard let candidates = lexicon.negationsByFirstWord[words[start]] else { continue }
            for negation in candidates where start + negation.count <= position && start >= position - max(3, negation.count + 1) {
                if words[start..<start + negation.count].elementsEqual(negation) { return true }
            }
        }
        return isHypothetical(words, before: position)
    }

    /// "If Iran attacks Israel, ...": a stance in a condition is not stated.
    private func isHypothetical(_ words: [String], before position: Int) -> Bool {
        var index = position - 1
        while index >= 0 {
            let word = words[index]
            if word == "," || word == ";" || word == "." || Self.quotationMarks.contains(word) { return false }
            if word == "if" || word == "unless" || word == "whether" { return true }
            index -= 1
        }
        return false
    }

    // MARK: Speakers

    /// Who "we" is in a sentence: the speaker named beside a speech verb
    /// ("..., Erdogan said") — or, when the sentence names a group the speaker
    /// belongs to ("“France, Germany and the UK regret the decision,” Macron
    /// wrote"), that group. A sentence that opens inside a quotation without a
    /// speech verb continues the previous sentence's quotation and keeps its
    /// speakers (`previous`).
    func speakers(in tokens: [Token], words sentence: SentenceWords, mentions: [ActorMention], previous: [String]) -> [String] {
        let words = sentence.words
        guard let speechIndex = sentence.roles.firstIndex(where: { $0.contains(.speech) }) else {
            return Self.quotationMarks.contains(words.first ?? "") ? previous : []
        }
        let adjacent = mentions.first { mention in
            !mention.isLocation && (abs(mention.tokens.upperBound - speechIndex) <= 1 || abs(speechIndex + 1 - mention.tokens.lowerBound) <= 1
                || (mention.tokens.lowerBound > speechIndex && mention.tokens.lowerBound <= speechIndex + 3))
        }
        // "..., Macron, a champion of the deal, wrote": an apposition may stand between.
        let beforeVerb = mentions.last { mention in
            !mention.isLocation && mention.tokens.upperBound <= speechIndex && speechIndex - mention.tokens.upperBound <= 8
                && !words[mention.tokens.upperBound..<speechIndex].contains { Self.quotationMarks.contains($0) || $0 == "." }
        }
        guard let speaker = adjacent ?? beforeVerb else { return [] }
        var mentionAt = [Int?](repeating: nil, count: tokens.count)
        for (index, mention) in mentions.enumerated() {
            for position in mention.tokens { mentionAt[position] = index }
        }
        for (index, mention) in mentions.enumerated() where !mention.isLocation && mention.tokens != speaker.tokens {
            let group = coordinated(from: index, step: 1, mentions: mentions, mentionAt: mentionAt, words: words).map(\.actorID)
            if Set(group).count >= 2, group.contains(speaker.actorID) { return group }
        }
        return [speaker.actorID]
    }

    /// "we" and "us" in a sentence become mentions of its speakers (one mention
    /// per speaker over the same word, as "the two countries" does).
    private func resolvingSpeakerPronouns(_ tokens: [Token], _ mentions: [ActorMention], speakers: [String]) -> [ActorMention] {
        guard !speakers.isEmpty else { return mentions }
        var result = mentions
        for (index, token) in tokens.enumerated() where (token.normalized == "we" || (token.normalized == "us" && token.text == "us"))
            && !mentions.contains(where: { $0.tokens.contains(index) }) {
            for actorID in speakers {
                result.append(ActorMention(actorID: actorID, tokens: index..<index + 1, role: .reference, isLocation: false))
            }
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// A collective's mention with the determiner and describing word before it
    /// ("A large mob", "some opposition groups"), which is how readers name it;
    /// nil when nothing stands there.
    private func nounPhrase(of mention: ActorMention, in tokens: [Token]) -> String? {
        let start = mention.tokens.lowerBound
        let isDeterminer = { (index: Int) in index >= 0 && Self.phraseDeterminers.contains(tokens[index].normalized) }
        let isDescriptor = { (index: Int) in
            index >= 0 && tokens[index].kind == .word && !tokens[index].hasCapitalInitial
                && !Self.prepositions.contains(tokens[index].normalized) && !Self.coordinators.contains(tokens[index].normalized)
        }
        let phraseStart: Int
        if isDeterminer(start - 1) {
            phraseStart = start - 1
        } else if isDescriptor(start - 1), isDeterminer(start - 2) {
            phraseStart = start - 2
        } else {
            return nil
        }
        let widened = ActorMention(actorID: mention.actorID, tokens: phraseStart..<mention.tokens.upperBound,
                                   role: mention.role, isLocation: mention.isLocation)
        return text(of: widened, in: tokens)
    }

    private static let phraseDeterminers: Set<String> = ["a", "an", "some", "several", "many", "those", "these"]

    /// The mention as written: its tokens' texts, joined by one space where the
    /// text has whitespace between them (a line break inside a name becomes a
    /// space). Built from the tokens alone, so it costs the mention's length,
    /// never the sentence's.
    private func text(of mention: ActorMention, in tokens: [Token]) -> String {
        let span = tokens[mention.tokens]
        guard span.count > 1 else { return span.first?.text ?? "" }
        var text = ""
        var previousEnd: Int?
        for token in span {
            if let previousEnd, previousEnd < token.range.lowerBound { text += " " }
            text += token.text
            previousEnd = token.range.upperBound
        }
        return text
    }
}
