/// Deterministic news-like articles for the extraction benchmark, written from
/// templates in this file (no article text is copied from anywhere).
///
/// Why templates and not random words: the extractor's cost depends on what it
/// finds — actor names, stance words, quotes, passives, lists of actors — so the
/// text has roughly the mix of a conflict report: two sentences in five name
/// two or more actors with a stance word between them, the rest are filler with
/// numbers, abbreviations ("U.S.", "Gen."), curly quotes and a few non-ASCII
/// names. Some articles carry a `title:`/`date:` header, some are hard-wrapped.
struct SyntheticArticles {
    /// A state: its name (with "the" where English uses it), demonym, capital, a leader.
    private struct State {
        var name: String
        var demonym: String
        var capital: String
        var leader: String?
    }

    private static let states: [State] = [
        State(name: "Russia", demonym: "Russian", capital: "Moscow", leader: "Putin"),
        State(name: "Turkey", demonym: "Turkish", capital: "Ankara", leader: "Erdoğan"),
        State(name: "Iran", demonym: "Iranian", capital: "Tehran", leader: "Rouhani"),
        State(name: "Syria", demonym: "Syrian", capital: "Damascus", leader: "Assad"),
        State(name: "the United States", demonym: "American", capital: "Washington", leader: "Obama"),
        State(name: "Saudi Arabia", demonym: "Saudi", capital: "Riyadh", leader: nil),
        State(name: "Qatar", demonym: "Qatari", capital: "Doha", leader: nil),
        State(name: "Egypt", demonym: "Egyptian", capital: "Cairo", leader: "Sisi"),
        State(name: "China", demonym: "Chinese", capital: "Beijing", leader: "Xi"),
        State(name: "France", demonym: "French", capital: "Paris", leader: "Macron"),
        State(name: "Germany", demonym: "German", capital: "Berlin", leader: "Merkel"),
        State(name: "Britain", demonym: "British", capital: "London", leader: nil),
        State(name: "Iraq", demonym: "Iraqi", capital: "Baghdad", leader: nil),
        State(name: "Jordan", demonym: "Jordanian", capital: "Amman", leader: nil),
        State(name: "Lebanon", demonym: "Lebanese", capital: "Beirut", leader: nil),
        State(name: "Yemen", demonym: "Yemeni", capital: "Sanaa", leader: nil),
        State(name: "the United Arab Emirates", demonym: "Emirati", capital: "Abu Dhabi", leader: nil),
        State(name: "Bahrain", demonym: "Bahraini", capital: "Manama", leader: nil),
        State(name: "Ukraine", demonym: "Ukrainian", capital: "Kiev", leader: nil),
        State(name: "Armenia", demonym: "Armenian", capital: "Yerevan", leader: nil),
        State(name: "Azerbaijan", demonym: "Azerbaijani", capital: "Baku", leader: "Aliyev"),
        State(name: "India", demonym: "Indian", capital: "New Delhi", leader: "Modi"),
        State(name: "Pakistan", demonym: "Pakistani", capital: "Islamabad", leader: nil),
        State(name: "North Korea", demonym: "North Korean", capital: "Pyongyang", leader: nil),
        State(name: "Ethiopia", demonym: "Ethiopian", capital: "Addis Ababa", leader: nil),
        State(name: "Sudan", demonym: "Sudanese", capital: "Khartoum", leader: nil),
        State(name: "Libya", demonym: "Libyan", capital: "Tripoli", leader: nil),
        State(name: "Israel", demonym: "Israeli", capital: "Jerusalem", leader: nil),
    ]

    private static let groups = [
        "Hezbollah", "Hamas", "the Houthis", "Islamic State", "the PKK", "the YPG", "the Taliban",
        "al-Shabaab", "Boko Haram", "Kurdish militias", "al-Nusra Front",
    ]
    private static let organisations = ["NATO", "the United Nations", "the European Union", "the Arab League", "the African Union"]
    private static let forces = ["troops", "forces", "warplanes", "officials", "diplomats", "border guards"]
    private static let places = ["Aleppo", "Idlib", "Mosul", "Raqqa", "Hodeidah", "Kirkuk", "Tobruk", "Marib", "Afrin", "Manbij"]
    private static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"]
    private static let surnames = ["Haddad", "Novak", "Okafor", "Yılmaz", "Petrova", "Karimi", "Dubois", "Mendes"]

    /// Sentences with a stance; `{A}`, `{B}`, `{C}` are actors, `{L}` a leader,
    /// `{D}` a demonym, `{P}` a place, `{W}` a weekday, `{N}` a number.
    private static let stanceTemplates = [
        "{A} backs {B} in its fight against {C}.",
        "{A} condemned {B} on {W}, officials said.",
        "{A} and {B} agreed to coordinate their operations near {P}.",
        "{A} was attacked by {B} late on {W}.",
        "{D} forces shelled positions held by {B} outside {P}.",
        "“We will not tolerate {B} on our border,” {L} said on {W}.",
        "The {D} foreign ministry accused {B} of arming {C}.",
        "Clashes between {A} and {B} killed {N} people, according to a U.S.-based monitor.",
        "{A}-backed fighters seized the town of {P} on {W}.",
        "{A} denied arming {B}.",
        "{A}'s support for {B} has drawn sharp criticism from {C}.",
        "{A} imposed sanctions on {B} and expelled its ambassador.",
        "{A} has long considered {B} terrorists.",
        "{L} met {B}'s envoy in {P} to discuss a ceasefire.",
        "{A}, {B} and {C} cut diplomatic ties with Qatar.",
        "{A} threatened to strike {B} if the attacks continued.",
        "{D} warplanes bombed {B} targets near {P} for the third day.",
        "{A} will not cooperate with {B}, a senior official told reporters.",
        "{A} welcomed the decision by {B} to withdraw its troops.",
        "Officials in {A} said they had intercepted weapons sent by {B} to {C}.",
    ]

    private static let fillerTemplates = [
        "The talks are expected to resume next week.",
        "Prices rose by {N}.{N} percent in {M}, the statistics office said.",
        "Gen. {S} told reporters that the situation remained tense.",
        "More than {N},000 people have fled the fighting since {M}.",
        "It was not immediately clear who was responsible for the blast.",
        "The U.N. Security Council is due to meet on {W}.",
        "Aid convoys reached the outskirts of {P} after a delay of {N} days.",
        "“The situation is very difficult,” said Dr. {S}, who runs a clinic there.",
        "Witnesses described long queues at the only crossing still open.",
        "Analysts say the economy has shrunk by almost a third since {M}…",
        "Why now? Few in the region expected the move.",
        "The report, published on {W}, runs to {N} pages.",
        "Residents of {P} said electricity had been cut for most of the week and that fuel, bread and medicine were running short as prices climbed.",
        "The ministry did not respond to a request for comment, and a spokesman reached by telephone on {W} declined to give details of the talks.",
        "According to figures released in {M}, about {N},000 families in the province depend on food aid, up from {N},000 a year earlier.",
        "The meeting, which lasted more than {N} hours, ended without a joint statement, and diplomats said further rounds would be needed before any agreement.",
        "Satellite images taken in {M} show new earthworks around the airfield, though their purpose could not be independently verified.",
        "Local officials estimate that rebuilding the damaged bridges and roads will cost at least ${N} million over the next {N} years.",
    ]

    private var generator: SeededGenerator

    init(seed: UInt64) {
        generator = SeededGenerator(seed: seed)
    }

    /// One article: sometimes a header, 3-8 paragraphs of 1-4 sentences, two in
    /// five with a stance. A few are hard-wrapped at 72 columns.
    mutating func article(index: Int) -> String {
        var text = ""
        if generator.chance(0.5) {
            text += "title: Report \(index)\n"
            text += "date: 2016-\(String(format2: generator.int(in: 1...12)))-\(String(format2: generator.int(in: 1...28)))\n---\n"
        }
        let paragraphs = generator.int(in: 3...8)
        var body: [String] = []
        for _ in 0..<paragraphs {
            let count = generator.int(in: 1...4)
            body.append((0..<count).map { _ in sentence() }.joined(separator: " "))
        }
        if generator.chance(0.1) {
            text += body.map(Self.wrapped).joined(separator: "\n\n") + "\n"
        } else {
            text += body.joined(separator: generator.chance(0.5) ? "\n\n" : "\n") + "\n"
        }
        return text
    }

    /// Articles until their UTF-8 size reaches `bytes`.
    mutating func corpus(bytes: Int) -> [String] {
        var articles: [String] = []
        var total = 0
        while total < bytes {
            let article = self.article(index: articles.count)
            total += article.utf8.count
            articles.append(article)
        }
        return articles
    }

    /// One sentence, with a stance two times in five.
    mutating func sentence() -> String {
        let template = generator.chance(0.4) ? generator.pick(Self.stanceTemplates) : generator.pick(Self.fillerTemplates)
        return fill(template)
    }

    /// `megabytes` of text on one line with no sentence punctuation at all: the
    /// sentences run together, periods, question marks and ellipses removed.
    mutating func lineWithoutBreaks(bytes: Int) -> String {
        var text = ""
        text.reserveCapacity(bytes + 256)
        while text.utf8.count < bytes {
            let sentence = self.sentence().filter { !".?!…".contains($0) }
            text += sentence
            text += " "
        }
        return text
    }

    /// One sentence of `bytes` length: clause after clause of actors and stance
    /// words, joined by commas, "and" and "while", never ended.
    mutating func oneLongSentence(bytes: Int) -> String {
        let verbs = ["backs", "condemns", "attacks", "supports", "meets", "sanctions", "threatens", "arms", "rejects"]
        let asides = ["according to officials who spoke on condition of anonymity",
                      "in a statement issued late in the evening", "despite months of talks",
                      "as prices of fuel and bread kept rising", "in what analysts called a turning point"]
        let joiners = [", ", " and ", ", while ", "; "]
        var text = ""
        text.reserveCapacity(bytes + 256)
        while text.utf8.count < bytes {
            text += actor() + " " + generator.pick(verbs) + " " + actor()
            if generator.chance(0.3) { text += " and " + actor() }
            if generator.chance(0.6) { text += " " + generator.pick(asides) }
            text += generator.pick(joiners)
        }
        return text
    }

    // MARK: Filling templates

    private mutating func fill(_ template: String) -> String {
        var result = ""
        var iterator = template.makeIterator()
        while let character = iterator.next() {
            guard character == "{", let slot = iterator.next(), iterator.next() == "}" else {
                result.append(character)
                continue
            }
            switch slot {
            case "A", "B", "C": result += actor()
            case "L": result += leader()
            case "D": result += generator.pick(Self.states).demonym
            case "P": result += generator.pick(Self.places)
            case "W": result += generator.pick(Self.days)
            case "M": result += generator.pick(Self.months)
            case "S": result += generator.pick(Self.surnames)
            case "N": result += String(generator.int(in: 2...950))
            default: result.append(slot)
            }
        }
        return result.prefix(1).uppercased() + result.dropFirst()
    }

    /// An actor as news names it: mostly the state's name, else its capital, its
    /// demonym with a noun, an armed group or an organisation.
    private mutating func actor() -> String {
        let state = generator.pick(Self.states)
        switch generator.int(in: 0...9) {
        case 0...4: return state.name
        case 5: return state.capital
        case 6: return "\(state.demonym) \(generator.pick(Self.forces))"
        case 7, 8: return generator.pick(Self.groups)
        default: return generator.pick(Self.organisations)
        }
    }

    private mutating func leader() -> String {
        let state = generator.pick(Self.states.filter { $0.leader != nil })
        return generator.chance(0.5) ? "President \(state.leader!)" : state.leader!
    }

    /// Hard-wrapped at 72 columns, as some agency copy is.
    private static func wrapped(_ paragraph: String) -> String {
        var lines: [String] = []
        var line = ""
        for word in paragraph.split(separator: " ") {
            if !line.isEmpty && line.count + word.count + 1 > 72 {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}

private extension String {
    /// Two digits, zero-padded.
    init(format2 value: Int) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
