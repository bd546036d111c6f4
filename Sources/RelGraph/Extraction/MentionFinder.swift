/// Finds actor mentions in a tokenized sentence by longest match against the
/// actor dictionary's surface forms, and marks the ones that name a place.
///
/// Rules, in order: phrases that merely contain an actor's name ("South China
/// Sea") are skipped; the longest form wins; forms in capitals ("US", "IS") match
/// only as written, others need a capital first letter in the text ("turkey" the
/// bird is not Turkey); a demonym followed by a people noun ("Syrian refugees")
/// is not the state; a mention after "in", "into", "near" ... or followed by a
/// location noun ("the Turkish border") is a place.
struct MentionFinder: Sendable {
    struct Pattern: Sendable {
        var words: [String]
        var actorID: String
        var role: MentionRole
        var caseSensitive: Bool
        /// The forms as written, for case-sensitive comparison.
        var written: [String]
        /// Whether the actor is a state: only a state's demonym gives way to the
        /// irregular forces it does not command ("Iraqi militias").
        var isState: Bool = false
    }

    private var patterns: [String: [Pattern]] = [:]
    /// Institution and title phrases ("foreign minister", "forces"), by first word.
    private var institutions: [String: [[String]]] = [:]
    private var nonActors: [String: [[String]]] = [:]
    private let locationNouns: Set<String>
    private let peopleNouns: Set<String>
    /// After any actor's name, these make it its followers ("al-Qaeda supporters").
    private static let followerNouns: Set<String> = ["supporters", "sympathizers", "sympathisers"]
    /// People nouns (from the `people` list) that name a state's trade: a
    /// tariff, sanction or embargo on them coerces the state ("raised tariffs on
    /// Chinese goods", "sanctions on Iranian oil").
    private static let goodsNouns: Set<String> = ["goods", "products", "exports", "imports", "oil", "gas"]
    /// People nouns (from the dictionary's `people` list) that name irregular
    /// forces: a state's demonym before them is no state ("Iraqi militias",
    /// "Lebanese gunmen"), but a movement's is the movement ("Kurdish militias").
    private static let irregularForceNouns: Set<String> = ["militia", "militias", "militiamen", "gunmen",
                                                           "paramilitaries", "paramilitary"]
    /// Words that may stand before a title ("Vice President", "former Prime Minister").
    private static let titleModifiers: Set<String> = ["vice", "deputy", "acting", "former", "crown"]
    private let locationPrepositions: Set<String> = ["in", "into", "inside", "near", "across", "throughout",
                                                     "within", "towards", "toward", "around", "outside"]

    /// Titles before an unlisted person's name, by first word, longest first.
    private var personTitles: [String: [[String]]] = [:]

    init(patterns: [Pattern], nonActors: [[String]], locationNouns: [String], peopleNouns: [String],
         institutions: [[String]] = [], personTitles: [[String]] = []) {
        for title in personTitles where !title.isEmpty {
            self.personTitles[title[0], default: []].append(title)
        }
        for key in self.personTitles.keys {
            self.personTitles[key]!.sort { $0.count > $1.count }
        }
        for phrase in institutions where !phrase.isEmpty {
            self.institutions[phrase[0], default: []].append(phrase)
        }
        for key in self.institutions.keys {
            self.institutions[key]!.sort { $0.count > $1.count }
        }
        for pattern in patterns where !pattern.words.isEmpty {
            self.patterns[pattern.words[0], default: []].append(pattern)
        }
        for key in self.patterns.keys {
            self.patterns[key]!.sort { $0.words.count > $1.words.count }
        }
        for phrase in nonActors where !phrase.isEmpty {
            self.nonActors[phrase[0], default: []].append(phrase)
        }
        self.locationNouns = Set(locationNouns)
        self.peopleNouns = Set(peopleNouns)
        self.startWords = Set(self.patterns.keys).union(self.nonActors.keys).union(self.personTitles.keys)
    }

    /// Every word that can start a pattern, a non-actor phrase or a title: most
    /// words of a text start none, and one look-up here lets them pass.
    private var startWords: Set<String> = []

    func mentions(in tokens: [Token]) -> [ActorMention] {
        var found: [ActorMention] = []
        var index = 0
        while index < tokens.count {
            guard startWords.contains(tokens[index].normalized) else {
                index += 1
                continue
            }
            if let skip = nonActorLength(tokens, at: index) {
                index += skip
                continue
            }
            guard let pattern = longestPattern(tokens, at: index) else {
                if let person = personMention(tokens, at: index) {
                    found.append(person)
                    index = person.tokens.upperBound
                } else {
                    index += 1
                }
                continue
            }
            var end = index + pattern.words.count
            var mention = ActorMention(actorID: pattern.actorID, tokens: index..<end, role: pattern.role, isLocation: false)
            let next = end < tokens.count ? tokens[end].normalized : ""
            if pattern.role != .leader, peopleNouns.contains(next),
               pattern.role == .demonym || Self.followerNouns.contains(next),
               pattern.isState || !Self.irregularForceNouns.contains(next) {
                let after = end + 1 < tokens.count ? tokens[end + 1].normalized : ""
                if pattern.isState, Self.goodsNouns.contains(next), !peopleNouns.contains(after) {
                    // "tariffs on Chinese goods" coerce China; "Chinese goods" are no
                    // actor otherwise ("Iranian oil companies" are companies, not oil).
                    mention.isLocation = true
                    mention.isGoods = true
                    found.append(mention)
                }
                index = end
                continue
            }
            // "Syrian government territory": a place one word on. A capital there
            // starts a name ("Japan met South Korea"), never a place noun.
            if locationNouns.contains(next) || (end + 1 < tokens.count && locationNouns.contains(tokens[end + 1].normalized)
                                                && !tokens[end + 1].hasCapitalInitial
                                                && tokens[end].kind == .word && !tokens[end].hasCapitalInitial) {
                mention.isLocation = pattern.role != .leader
            }
            if pattern.role == .name || pattern.role == .capital {
                var before = index - 1
                if before >= 0, tokens[before].normalized == "the" { before -= 1 }
                if before >= 0, locationPrepositions.contains(tokens[before].normalized) { mention.isLocation = true }
            }
            if !mention.isLocation, pattern.role != .leader {
                // "Turkish troops", "the Russian foreign ministry", "Syrian regime forces".
                end = extendedOverInstitutions(tokens, from: end, afterName: pattern.role != .demonym)
                mention.tokens = index..<end
            }
            if pattern.role == .leader {
                // "Turkish Foreign Minister Mevlut Cavusoglu": the title, and the
                // state's own name or demonym before it, belong to the mention.
                var start = titleStart(tokens, endingBefore: index)
                if let previous = found.last, previous.tokens.upperBound > start {
                    start = previous.tokens.upperBound   // never overlap the mention before
                }
                if let previous = found.last, previous.tokens.upperBound == start,
                   previous.actorID == pattern.actorID {
                    start = previous.tokens.lowerBound
                    found.removeLast()
                }
                // "the Assad regime", "the Trump administration".
                end = extendedOverInstitutions(tokens, from: end, afterName: true)
                mention.tokens = start..<end
            }
            // "Syrian Kurdish forces", "Yemeni Houthi rebels": a demonym right
            // before another actor's name narrows it; the mention is that actor's.
            if let previous = found.last, previous.role == .demonym, previous.tokens.upperBound == mention.tokens.lowerBound,
               previous.actorID != mention.actorID, !previous.isLocation {
                found.removeLast()
                mention.tokens = previous.tokens.lowerBound..<mention.tokens.upperBound
            }
            // "forces loyal to Assad", "units affiliated with the SDF": the
            // fighters are the actor they serve.
            if !mention.isLocation, let start = Self.followersStart(tokens, before: mention.tokens.lowerBound),
               start >= (found.last?.tokens.upperBound ?? 0) {
                mention.tokens = start..<mention.tokens.upperBound
            }
            found.append(mention)
            index = end
        }
        return found
    }

    /// Words that never describe an institution ("Ethiopia with military ..." is
    /// no "Ethiopian military").
    private static let functionWords: Set<String> = ["with", "and", "or", "the", "a", "an", "of", "to", "in", "on", "at", "by",
                                                     "for", "from", "as", "into", "against", "over", "under", "its", "their",
                                                     "his", "her", "that", "which", "who", "but", "not", "is", "are", "was", "were"]

    /// Lower-case words that may stand inside a person's name ("Nimr al-Nimr",
    /// "Osama bin Laden").
    private static let nameParticles: Set<String> = ["al", "el", "bin", "ibn", "bint", "abu", "abd", "de", "van", "von", "der", "la", "du"]

    /// "Sheikh Nimr al-Nimr", "Shiite cleric Fethullah Gulen": one or more titles,
    /// then capitalised name words that are no listed actor. The mention covers
    /// the titles too (how the text names the person); its id comes from the name.
    private func personMention(_ tokens: [Token], at start: Int) -> ActorMention? {
        var index = start
        var sawTitle = false
        while index < tokens.count, let length = titleLength(tokens, at: index) {
            index += length
            sawTitle = true
        }
        guard sawTitle else { return nil }
        let nameStart = index
        var nameEnd = index
        while index < tokens.count, index - nameStart < 6 {
            let token = tokens[index]
            if token.kind == .word, token.hasCapitalInitial, longestPattern(tokens, at: index) == nil {
                index += 1
                nameEnd = index
            } else if index > nameStart, token.normalized == "-" || Self.nameParticles.contains(token.normalized),
                      index + 1 < tokens.count, tokens[index + 1].normalized == "-" || tokens[index + 1].hasCapitalInitial {
                index += 1
            } else {
                break
            }
        }
        guard nameEnd > nameStart else { return nil }
        var name = ""
        for position in nameStart..<nameEnd {
            if position > nameStart, tokens[position - 1].range.upperBound < tokens[position].range.lowerBound { name += " " }
            name += tokens[position].text
        }
        return ActorMention(actorID: Actor.makeID(fromName: name).uppercased(), tokens: start..<nameEnd, role: .name, isLocation: false,
                            personName: name)
    }

    private func titleLength(_ tokens: [Token], at position: Int) -> Int? {
        guard let titles = personTitles[tokens[position].normalized] else { return nil }
        for title in titles where position + title.count <= tokens.count {
            if zip(title, tokens[position..<position + title.count]).allSatisfy({ $0 == $1.normalized }) { return title.count }
        }
        return nil
    }

    private static let allegiancePhrases: [[String]] = [["loyal", "to"], ["affiliated", "with"], ["linked", "to"],
                                                        ["aligned", "with"], ["tied", "to"]]
    /// "representatives from Iran", "a delegation from Moscow": they speak for it.
    private static let envoyNouns: Set<String> = ["representatives", "representative", "officials", "delegation",
                                                  "delegates", "envoys", "negotiators", "emissaries"]
    private static let fighterNouns: Set<String> = ["forces", "fighters", "troops", "units", "militias", "militiamen",
                                                    "groups", "militants", "gunmen", "factions", "elements", "brigades"]

    /// Where "forces loyal to" or "units affiliated with (the)" starts when it
    /// stands right before `position`.
    private static func followersStart(_ tokens: [Token], before position: Int) -> Int? {
        var index = position - 1
        if index >= 0, tokens[index].normalized == "the" || tokens[index].normalized == "#" { index -= 1 }
        if index >= 1, tokens[index].normalized == "from", envoyNouns.contains(tokens[index - 1].normalized) {
            return index - 1
        }
        guard index >= 2 else { return nil }
        let phrase = [tokens[index - 1].normalized, tokens[index].normalized]
        guard allegiancePhrases.contains(phrase), fighterNouns.contains(tokens[index - 2].normalized) else { return nil }
        return index - 2
    }

    /// The end of the institution phrases that follow `position` (at most three,
    /// each possibly after one describing word: "maritime authorities").
    /// After a name ("Syria shelled units", "Iran sends drones", "Iran sent
    /// drones") a word in "-ed" or "-s", or a common irregular verb form, is a
    /// verb, not a description, so `afterName` keeps it out; after a demonym it
    /// describes ("Turkish armed forces").
    private func extendedOverInstitutions(_ tokens: [Token], from position: Int, afterName: Bool = false) -> Int {
        var end = position
        for _ in 0..<3 {
            if let length = institutionLength(tokens, at: end) {
                end += length
            } else if end + 1 < tokens.count, tokens[end].kind == .word, !tokens[end].hasCapitalInitial,
                      !Self.functionWords.contains(tokens[end].normalized),
                      !(afterName && end == position && Self.isVerbForm(tokens[end].normalized)),
                      longestPattern(tokens, at: end) == nil, let length = institutionLength(tokens, at: end + 1) {
                end += 1 + length
            } else {
                break
            }
        }
        return end
    }

    private static func isVerbForm(_ word: String) -> Bool {
        word.hasSuffix("ed") || word.hasSuffix("s") || irregularVerbForms.contains(word)
    }

    /// Past forms and auxiliaries that end in neither "-ed" nor "-s".
    private static let irregularVerbForms: Set<String> = [
        "sent", "sold", "gave", "took", "brought", "built", "lost", "shot", "struck", "hit", "fought", "flew",
        "drove", "threw", "began", "put", "set", "kept", "held", "led", "left", "met", "paid", "said", "told",
        "won", "made", "got", "saw", "bought", "caught", "found", "had", "have", "will", "would", "can",
        "could", "may", "might", "must", "should", "shall", "did", "do", "spent", "sought", "withdrew", "overran",
    ]

    private func institutionLength(_ tokens: [Token], at position: Int) -> Int? {
        guard position < tokens.count, let phrases = institutions[tokens[position].normalized] else { return nil }
        for phrase in phrases where position + phrase.count <= tokens.count {
            if zip(phrase, tokens[position..<position + phrase.count]).allSatisfy({ $0 == $1.normalized }) {
                return phrase.count
            }
        }
        return nil
    }

    /// Where the title words just before a leader's name start ("Vice President",
    /// "Secretary of State"); `position` itself when there are none.
    private func titleStart(_ tokens: [Token], endingBefore position: Int) -> Int {
        var start = position
        var moved = true
        while moved {
            moved = false
            for length in stride(from: min(4, start), through: 1, by: -1) {
                if institutionLength(tokens, at: start - length) == length {
                    start -= length
                    moved = true
                    break
                }
            }
            if !moved, start >= 2, Self.titleModifiers.contains(tokens[start - 1].normalized) {
                start -= 1
                moved = true
            }
        }
        return start
    }

    private func longestPattern(_ tokens: [Token], at index: Int) -> Pattern? {
        guard let candidates = patterns[tokens[index].normalized] else { return nil }
        for pattern in candidates where index + pattern.words.count <= tokens.count {
            var matches = true
            for offset in 0..<pattern.words.count {
                let token = tokens[index + offset]
                if pattern.caseSensitive ? token.text != pattern.written[offset] : token.normalized != pattern.words[offset] {
                    matches = false
                    break
                }
            }
            guard matches else { continue }
            // A name written with a capital must be capitalised in the text.
            if !pattern.caseSensitive, pattern.written.first?.first?.isUppercase == true, !tokens[index].hasCapitalInitial {
                continue
            }
            return pattern
        }
        return nil
    }

    private func nonActorLength(_ tokens: [Token], at index: Int) -> Int? {
        guard let phrases = nonActors[tokens[index].normalized] else { return nil }
        for phrase in phrases where index + phrase.count <= tokens.count {
            if zip(phrase, tokens[index..<index + phrase.count]).allSatisfy({ $0 == $1.normalized }) {
                return phrase.count
            }
        }
        return nil
    }
}
