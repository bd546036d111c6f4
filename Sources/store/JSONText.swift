import RelGraph

/// Small JSON texts (an actor's aliases, a header's extra fields) written by
/// hand: the store writes a few per article, and Foundation's `JSONEncoder` cost
/// more than the SQLite inserts around them. Read back with `JSONDecoder`.
enum JSONText {
    static func array(_ strings: [String]) -> String {
        "[" + strings.map(JSONStringLiteral.quoted).joined(separator: ",") + "]"
    }

    /// An object with its keys sorted, so the same fields give the same text.
    static func object(_ fields: [String: String]) -> String {
        "{" + fields.sorted { $0.key < $1.key }.map { JSONStringLiteral.quoted($0.key) + ":" + JSONStringLiteral.quoted($0.value) }.joined(separator: ",") + "}"
    }
}
