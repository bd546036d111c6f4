import Foundation

/// The grammar words the rules look for: clause breaks, coordinators,
/// prepositions, speech verbs ... Stance words live in `Resources/lexicon.yaml`;
/// these are English function words, the same for every user.
extension StanceExtractor {
    /// Words after which the stance word's target search stops.
    static let clauseBreaks: Set<String> = [".", ";", "!", "?", "“", "”", "\""]
    static let quotationMarks: Set<String> = ["“", "”", "\"", "‘", "’"]
    /// "A followed B in cutting ties", "A joined B in condemning": A acts too.
    static let followingVerbs: Set<String> = ["followed", "follows", "joined", "joins", "emulated"]
    /// Words after which a verb's form is a noun ("the attack", "its support").
    static let nounDeterminers: Set<String> = ["the", "a", "an", "this", "that", "its", "their", "his", "her", "our"]
    /// Participles after "X-" that make a thing X's ("rebel-held areas",
    /// "Turkish-flagged ships", "Israeli-owned vessels"): attacking or seizing it
    /// attacks or coerces X.
    static let holdingParticiples: Set<String> = ["held", "controlled", "flagged", "owned", "operated", "registered"]
    /// Words of weapons after which a verb's form is a noun ("artillery shells",
    /// "air strikes", "drone attacks").
    static let weaponModifiers: Set<String> = ["artillery", "mortar", "tank", "air", "naval", "drone", "missile",
                                               "rocket", "cluster", "howitzer", "ballistic", "aerial", "precision"]
    /// Prepositions after which a verb's form is a noun ("with arms", "for support").
    static let nounPrepositions: Set<String> = ["with", "of", "for", "in", "on", "at", "from", "by", "about", "without"]
    /// Pronouns that stand for an object named before ("accusing it of").
    static let objectPronouns: Set<String> = ["it", "them"]
    /// Words that may open a coordinated actor's phrase ("..., some opposition groups").
    static let determiners: Set<String> = ["the", "some", "several", "other", "many"]
    /// Words that join coordinated actors.
    static let coordinators: Set<String> = [",", "and", "&", "or", "as", "well", "including", "such"]
    /// After a target, words that introduce its members: "terrorist groups, which
    /// include Hamas and ...".
    static let listIntroducers: Set<String> = ["which", "include", "includes", "included", "namely", "like"]
    /// Verbs that say what the subject is: "Poland is Ukraine's ally",
    /// "Russia has become Syria's main backer", "Iran remains ...".
    static let copulas: Set<String> = ["is", "are", "was", "were", "been", "become", "became", "becomes",
                                       "remain", "remains", "remained"]
    /// Forms of "be" (and "get") that make a following participle passive;
    /// "has", "have", "had" alone do not ("had wrested control").
    static let beVerbs: Set<String> = ["is", "are", "was", "were", "been", "being", "be", "'s", "get", "got", "gets"]
    /// Words that end the search for a subject: what stands before them belongs
    /// to another clause ("..., but this appears to be a strike against").
    static let subjectBreaks: Set<String> = ["but", "while", "whereas", "although", "though", "however", "because",
                                             "whereby", "where", "when"]
    /// Verbs that open a clause without its own subject ("but is widely seen as").
    static let auxiliaries: Set<String> = ["is", "are", "was", "were", "has", "have", "had", "will", "would",
                                           "could", "can", "may", "might", "should"]
    /// Prepositions that end a trigger; its target must follow closely.
    static let prepositions: Set<String> = ["with", "from", "on", "against", "to", "for", "of", "at", "into", "in", "upon", "toward", "towards", "over"]
    /// Words a gap inside a trigger may not cross.
    static let gapStoppers: Set<String> = ["by", "not", "never", "but", "while", "which", "who", "that", "said", "says"]
    static let speechVerbs: Set<String> = ["said", "says", "told", "added", "stated", "declared", "warned", "wrote", "tweeted", "announced", "insisted", "noted"]
}
