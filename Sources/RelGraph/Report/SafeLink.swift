/// Whether a URL from an article's header may become a link in a report.
///
/// Why: the header is article data; `javascript:`, `data:` or `file:` links
/// would run or open something when a reader clicks. Only absolute `http` and
/// `https` URLs are linked; anything else is shown as text.
public enum SafeLink {
    /// `url` trimmed, when it is an http(s) URL with a host; nil otherwise.
    public static func web(_ url: String?) -> String? {
        guard let url else { return nil }
        let trimmed = String(url.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        let lower = trimmed.lowercased()
        for scheme in ["http://", "https://"] where lower.hasPrefix(scheme) {
            let rest = lower.dropFirst(scheme.count)
            guard let first = rest.first, first != "/", !trimmed.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 } ?? false })
            else { return nil }
            return trimmed
        }
        return nil
    }
}
