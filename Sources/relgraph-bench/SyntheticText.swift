import RelGraph

/// Names and sentences for synthetic graphs, modelled on news about conflicts.
///
/// Why realistic text at all: label length drives node sizes (and so the layout's
/// work), and tooltips carry evidence quotes that the DOT builder must escape,
/// wrap and truncate. Some names use non-ASCII letters, `&` and quotes on
/// purpose, so that escaping is part of what is measured.
enum SyntheticText {
    /// Real-world-like actors of each kind, for article-sized graphs.
    static let namedActors: [ActorKind: [String]] = [
        .state: [
            "Turkey", "Syria", "Iran", "Iraq", "Russia", "United States", "Israel", "Saudi Arabia",
            "Egypt", "Jordan", "Lebanon", "Qatar", "France", "Germany", "United Kingdom", "China",
            "Ukraine", "Armenia", "Azerbaijan", "Ethiopia", "Sudan", "Libya", "Yemen", "Pakistan",
            "India", "Afghanistan", "Mali", "Niger", "Chad", "Somalia", "Eritrea", "Côte d'Ivoire",
        ],
        .armedGroup: [
            "Islamic State", "YPG", "Hezbollah", "Hamas", "Houthis", "Wagner Group", "al-Shabaab",
            "Taliban", "Rapid Support Forces", "PKK", "Hayat Tahrir al-Sham", "Free Syrian Army",
            "Boko Haram", "Tigray Defence Forces", "Jama'at Nasr al-Islam wal Muslimin",
        ],
        .organisation: [
            "United Nations", "NATO", "European Union", "African Union", "Arab League", "OSCE",
            "International Committee of the Red Cross", "World Food Programme", "IAEA", "ECOWAS",
            "Médecins Sans Frontières", "Human Rights Watch",
        ],
        .faction: [
            "Syrian Democratic Forces", "Turkish-backed SNA", "Libyan National Army",
            "Government of National Accord", "Sudanese Armed Forces", "Kurdistan Regional Government",
            "Presidential Guard", "Transitional Council",
        ],
        .person: [
            "Recep Tayyip Erdoğan", "Vladimir Putin", "Bashar al-Assad", "Ali Khamenei",
            "António Guterres", "Abiy Ahmed", "Mohamed Hamdan \"Hemedti\" Dagalo", "Khalifa Haftar",
            "Volodymyr Zelensky", "Emmanuel Macron",
        ],
        .unknown: [
            "Unidentified gunmen", "Local tribal elders", "Smugglers & traffickers", "Protesters",
        ],
    ]

    /// How often each actor kind appears in articles (states dominate).
    static let actorKindWeights: [(ActorKind, Double)] = [
        (.state, 45), (.armedGroup, 20), (.organisation, 14), (.faction, 9), (.person, 9), (.unknown, 3),
    ]

    /// How often each stance kind appears (opposition and support dominate news).
    static let stanceKindWeights: [(StanceKind, Double)] = [
        (.opposes, 24), (.supports, 20), (.meets, 14), (.cooperates, 12), (.attacks, 13),
        (.threatens, 9), (.coerces, 8),
    ]

    private static let verbs: [StanceKind: [String]] = [
        .supports: ["pledged support for", "sent humanitarian aid to", "backed", "voiced solidarity with"],
        .cooperates: ["signed a cooperation agreement with", "ran joint patrols with", "agreed a ceasefire with"],
        .meets: ["held talks with", "met envoys of", "hosted a delegation from"],
        .opposes: ["condemned", "rejected the demands of", "accused", "protested against"],
        .threatens: ["threatened", "warned of retaliation against", "massed troops on the border with"],
        .coerces: ["imposed sanctions on", "blockaded", "expelled diplomats of", "froze the assets of"],
        .attacks: ["shelled positions of", "launched drone strikes against", "ambushed a convoy of", "attacked"],
    ]

    private static let circumstances = [
        "on Tuesday, according to officials",
        "after talks in Geneva broke down",
        "in a statement carried by state media",
        "despite earlier warnings from the Security Council",
        "near the northern border, witnesses said",
        ", a spokesman told reporters: \"we will not stand by\"",
        "for the second time this month",
        "amid rising tensions over disputed oil fields & water rights",
        "in what analysts called a significant escalation",
        "while negotiations on a prisoner exchange continued",
    ]

    /// One or more sentences saying that `source` took a stance of `kind` towards `target`.
    static func evidence(_ source: String, _ kind: StanceKind, _ target: String,
                         using generator: inout SeededGenerator) -> String {
        var sentence = "\(source) \(generator.pick(verbs[kind]!)) \(target) \(generator.pick(circumstances))."
        // One quote in ten is a long paragraph, so tooltip truncation is exercised.
        if generator.chance(0.1) {
            sentence += " Officials said the decision followed weeks of consultations with allies, "
                + "and that further measures could follow if the situation on the ground did not improve; "
                + "observers on the ground reported that civilians had begun to leave the area."
        }
        return sentence
    }

    private static let syllables = [
        "ka", "ro", "vel", "ia", "mar", "den", "sul", "tan", "or", "ba", "zen", "qua", "li", "mo",
        "ra", "ste", "na", "dor", "ul", "esh", "kir", "ta", "vo", "lin", "gra", "the", "pe", "sar",
    ]

    /// An invented name for actor number `index` of `kind`, for graphs larger than
    /// the named pools. The index is folded in so names are unique.
    static func inventedName(kind: ActorKind, index: Int, using generator: inout SeededGenerator) -> String {
        var stem = ""
        for _ in 0..<generator.int(in: 2...3) { stem += generator.pick(syllables) }
        stem = stem.prefix(1).uppercased() + stem.dropFirst()
        let tag = String(index, radix: 36).uppercased()
        switch kind {
        case .state:
            return generator.chance(0.3) ? "Republic of \(stem) \(tag)" : "\(stem) \(tag)"
        case .armedGroup:
            return "\(stem) \(generator.pick(["Liberation Front", "Brigades", "Popular Army", "Movement"])) \(tag)"
        case .organisation:
            return "\(stem) \(generator.pick(["Cooperation Council", "Relief Agency", "Union", "Monitoring Mission"])) \(tag)"
        case .faction:
            return "\(stem) \(generator.pick(["Army Council", "Government", "Faction"])) \(tag)"
        case .person:
            var last = ""
            for _ in 0..<2 { last += generator.pick(syllables) }
            return "\(stem) \(last.prefix(1).uppercased() + last.dropFirst()) \(tag)"
        case .unknown:
            return "\(stem) group \(tag)"
        }
    }
}
