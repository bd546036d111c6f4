/// How the extractor uses the actor dictionary: its surface forms become
/// patterns for `MentionFinder`, its entries become graph actors.
extension ActorDictionary {
    /// A mention finder over every form in the dictionary, split into words the
    /// same way sentences are.
    func mentionFinder() -> MentionFinder {
        var patterns: [MentionFinder.Pattern] = []
        for form in surfaceForms() {
            let tokens = Tokenizer.tokenize(form.text)
            guard !tokens.isEmpty else { continue }
            let role: MentionRole
            switch form.role {
            case .name: role = .name
            case .demonym: role = .demonym
            case .capital: role = .capital
            case .leader: role = .leader
            }
            patterns.append(MentionFinder.Pattern(
                words: tokens.map(\.normalized), actorID: form.actorID, role: role,
                caseSensitive: form.caseSensitive, written: tokens.map(\.text),
                isState: entry(id: form.actorID)?.kind == .state))
        }
        let split = { (phrases: [String]) in phrases.map { Tokenizer.tokenize($0).map(\.normalized) } }
        return MentionFinder(patterns: patterns, nonActors: split(nonActors),
                             locationNouns: split(locations).compactMap(\.first),
                             peopleNouns: split(people).compactMap(\.first),
                             institutions: split(institutions), personTitles: split(personTitles))
    }

    /// The graph actor for a dictionary id (an unknown-kind actor if the id is not listed).
    func actor(id: String) -> Actor {
        guard let entry = entry(id: id) else { return Actor(id: id) }
        return Actor(id: entry.id, name: entry.name, kind: entry.kind)
    }
}
