extension EvidenceHighlighter {
    /// A highlighter that knows every inflection the lexicon generates or lists
    /// (`held` for `hold`, `fought` for `fight`), so irregular verbs are marked
    /// as surely as regular ones.
    public init(lexicon: StanceLexicon, maximumGap: Int = 3) {
        var forms: [String: [String]] = [:]
        for trigger in lexicon.triggers where trigger.form == .verb || trigger.form == .mutual {
            guard let base = trigger.lemma.split(separator: " ").first, let form = trigger.words.first else { continue }
            forms[String(base), default: []].append(form)
        }
        self.init(knownForms: forms, maximumGap: maximumGap)
    }
}
