/// The DOT text under construction, as UTF-8 bytes. Writing attributes straight
/// into one buffer, instead of joining many small strings, keeps building the
/// DOT for an article-sized graph well under a tenth of its layout time.
struct DOTBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// Text we generate (keywords, numbers, generated names): written as is.
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Text we generate at run time (numbers, node names): written as is.
    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func raw(_ number: Int) {
        raw(String(number))
    }

    /// `name="value"` preceded by `, ` unless it opens an attribute list.
    mutating func attribute(_ name: StaticString, quoted value: String, first: Bool = false) {
        if !first { raw(", ") }
        raw(name)
        raw("=")
        appendQuoted(value)
    }

    /// `name=value` for numbers and keywords we generate.
    mutating func attribute(_ name: StaticString, plain value: String, first: Bool = false) {
        if !first { raw(", ") }
        raw(name)
        raw("=")
        raw(value)
    }

    /// A double-quoted DOT string (see `DOTText.quoted`).
    mutating func appendQuoted(_ text: String, keepingNewlines: Bool = false) {
        bytes.append(UInt8(ascii: "\""))
        DOTText.appendQuotedBody(of: text, to: &bytes, keepingNewlines: keepingNewlines)
        bytes.append(UInt8(ascii: "\""))
    }

    /// A quoted tooltip (see `DOTText.tooltip`).
    mutating func appendTooltip(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        DOTText.appendTooltipBody(of: text, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Tooltip text written in pieces, so the tooltip is never built as one
    /// string first: `openQuote()`, `tooltipPiece(...)` any number of times, `closeQuote()`.
    mutating func openQuote() {
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func tooltipPiece(_ text: String) {
        DOTText.appendTooltipBody(of: text, to: &bytes)
    }

    mutating func closeQuote() {
        bytes.append(UInt8(ascii: "\""))
    }

    /// Text inside an HTML-like label (see `DOTText.html`).
    mutating func appendHTML(_ text: String) {
        DOTText.appendHTML(text, to: &bytes)
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }
}
