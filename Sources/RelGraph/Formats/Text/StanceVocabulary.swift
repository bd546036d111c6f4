/// The words the text format accepts for each stance kind: the kind's own name
/// plus the synonyms people write naturally ("backs", "fights", "talks with").
///
/// Phrases are matched word by word, case-insensitively, longest first, so
/// "fights alongside" (cooperates) wins over "fights" (attacks).
public enum StanceVocabulary {
    /// Every accepted phrase, as lower-case words, with the kind it means.
    public static let phrases: [(words: [String], kind: StanceKind)] = {
        let table: [StanceKind: [String]] = [
            .supports: [
                "supports", "support", "supported", "backs", "back", "backed", "aids", "aid", "aided",
                "arms", "armed", "funds", "fund", "funded", "finances", "endorses", "endorsed",
                "sides with", "sided with", "helps", "helped", "assists", "assisted",
            ],
            .cooperates: [
                "cooperates", "cooperates with", "cooperate with", "cooperated with", "co-operates with",
                "allies with", "allied with", "is allied with", "ally of", "partners with",
                "fights alongside", "fought alongside", "fighting alongside",
                "coordinates with", "coordinated with", "works with", "worked with",
                "agrees with", "agreed with", "signs deal with", "signed deal with",
            ],
            .meets: [
                "meets", "meet", "met", "meets with", "met with", "talks with", "talks to", "talked with",
                "talked to", "consults", "consulted", "visits", "visited", "hosts", "hosted",
                "negotiates with", "negotiated with", "calls", "called",
            ],
            .opposes: [
                "opposes", "oppose", "opposed", "rejects", "rejected", "condemns", "condemned",
                "criticizes", "criticises", "criticized", "criticised", "accuses", "accused",
                "denounces", "denounced", "won't tolerate", "will not tolerate", "does not tolerate",
                "protests", "protested",
            ],
            .threatens: [
                "threatens", "threaten", "threatened", "warns", "warned",
                "mobilizes against", "mobilises against", "mobilized against", "mobilised against",
            ],
            .coerces: [
                "coerces", "coerced", "sanctions", "sanctioned", "detains", "detained", "seizes", "seized",
                "arrests", "arrested", "expels", "expelled", "blockades", "blockaded",
                "cuts ties with", "cut ties with", "embargoes",
            ],
            .attacks: [
                "attacks", "attack", "attacked", "strikes", "struck", "bombs", "bombed", "shells", "shelled",
                "fights", "fought", "fights against", "fought against", "clashes with", "clashed with",
                "invades", "invaded", "kills", "killed", "shoots down", "shot down",
            ],
        ]
        var phrases: [(words: [String], kind: StanceKind)] = []
        for kind in StanceKind.allCases {
            phrases.append(([kind.rawValue], kind))
            for phrase in table[kind] ?? [] where phrase != kind.rawValue {
                phrases.append((phrase.split(separator: " ").map(String.init), kind))
            }
        }
        // Longest first, so that a longer phrase wins wherever two could match.
        return phrases.sorted { $0.words.count > $1.words.count }
    }()

    /// The kind a single word or phrase means, or nil when it is not a stance word.
    public static func kind(for phrase: String) -> StanceKind? {
        let words = phrase.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        return phrases.first { $0.words == words }?.kind
    }

    /// The longest phrase that starts at `words[start]`, as (kind, number of words).
    static func match(_ words: [String], at start: Int) -> (kind: StanceKind, length: Int)? {
        for phrase in phrases where start + phrase.words.count <= words.count {
            if Array(words[start..<start + phrase.words.count]) == phrase.words {
                return (phrase.kind, phrase.words.count)
            }
        }
        return nil
    }

    /// Whether `word` begins some stance phrase; writers quote such names so they read back.
    static func isStanceWord(_ word: String) -> Bool {
        let lower = word.lowercased()
        return phrases.contains { $0.words.first == lower }
    }

    /// A short list of synonyms for error messages.
    static var examples: String {
        "backs -> supports, allied with -> cooperates, talks with -> meets, condemns -> opposes, " +
        "warns -> threatens, sanctions -> coerces, fights -> attacks"
    }
}
