/// A crude English stem that makes the inflections of one word compare equal:
/// `attack`, `attacks`, `attacked`, `attacking` → `attack`; `accuse`, `accused`
/// → `accus`; `stabbed` → `stab`; `carries`, `carried` → `carry`.
///
/// Why not a real stemmer: the highlighter only has to find, within one
/// sentence, the word the extractor matched from a known lemma, so applying the
/// same cheap rule to both sides is enough. Words shorter than three letters
/// after stripping are left alone, so `is` and `us` never become `i` and `u`.
public enum WordStem {
    private static let suffixes: [(String, String)] = [
        ("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("e", ""),
    ]

    /// The stem of `word` (lower-cased).
    public static func stem(_ word: String) -> String {
        var letters = Array(word.lowercased())
        for (suffix, replacement) in suffixes {
            let tail = Array(suffix)
            guard letters.count - tail.count >= 3, letters.suffix(tail.count).elementsEqual(tail) else { continue }
            letters.removeLast(tail.count)
            letters += replacement
            break
        }
        // Undouble a final consonant: stabb -> stab, labell -> label (kill -> kil on both sides alike).
        if letters.count >= 4, let last = letters.last, last == letters[letters.count - 2], !"aeiou".contains(last),
           last.isLetter {
            letters.removeLast()
        }
        return String(letters)
    }
}
