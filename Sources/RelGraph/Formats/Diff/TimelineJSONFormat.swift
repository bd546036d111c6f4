import Foundation

/// A pair's timeline as versioned JSON (`"format": "relgraph-timeline",
/// "version": 1`), keys sorted, entries in timeline order.
public struct TimelineJSONFormat: Sendable {
    public static let formatName = "relgraph-timeline"
    public static let currentVersion = 1

    public init() {}

    /// The timeline as pretty-printed JSON ending in a newline.
    public func encode(_ timeline: PairTimeline) -> String {
        struct Document: Encodable {
            var format = TimelineJSONFormat.formatName
            var version = TimelineJSONFormat.currentVersion
            var pair: [String]
            var entries: [PairTimeline.Entry]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try! encoder.encode(Document(pair: [timeline.first, timeline.second], entries: timeline.entries))
        data.append(UInt8(ascii: "\n"))
        return String(decoding: data, as: UTF8.self)
    }
}
