import Foundation

/// The parts of an evidence `rule` string as the extractor writes it:
/// `FORM:KIND:LEMMA` with an optional note in parentheses
/// (`verb:attacks:attack`, `noun:supports:support for`,
/// `phrase:threatens:military confrontation (mutual)`).
///
/// Why: a report highlights the words that triggered a stance, and the lemma
/// is the only record of them; the rest of the string says how they were used.
public struct TriggerRule: Sendable, Hashable {
    /// `verb`, `noun`, `phrase`, `designation`, `listing`, `allegation` ...
    public var form: String
    /// The stance kind's name, as written in the rule.
    public var kind: String
    /// The trigger's base form, one or more words ("attack", "support for").
    public var lemma: String

    /// Parses `rule`; nil when it is not of the `FORM:KIND:LEMMA` shape (a
    /// hand-written graph may carry anything there).
    public init?(_ rule: String) {
        var text = Substring(rule)
        if let open = text.firstIndex(of: "("), text.hasSuffix(")") {
            text = text[..<open]
        }
        let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        let lemma = parts[2].trimmingCharacters(in: .whitespaces)
        guard !lemma.isEmpty else { return nil }
        form = String(parts[0])
        kind = String(parts[1])
        self.lemma = lemma
    }
}
