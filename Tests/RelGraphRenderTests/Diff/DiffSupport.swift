import Foundation
@testable import RelGraphRender
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reading the diff pictures' SVG in tests.
extension XMLElement {
    /// Descendant `<g>` elements by id.
    func groupsByID() -> [String: XMLElement] {
        Dictionary(descendants(named: "g").compactMap { group in group.value(of: "id").map { ($0, group) } },
                   uniquingKeysWith: { first, _ in first })
    }

    /// Text drawn inside this element, pieces joined by spaces.
    var drawnText: String {
        descendants(named: "text").compactMap(\.stringValue).joined(separator: " ")
    }

    /// The geometry of an actor: its shape's outline and its text positions, as
    /// one string, to compare where an actor is drawn.
    var geometry: String {
        var parts: [String] = []
        for element in descendants(named: "path") + descendants(named: "polygon") + descendants(named: "ellipse") {
            parts += ["d", "points", "cx", "cy", "rx", "ry"].compactMap { element.value(of: $0) }
        }
        for text in descendants(named: "text") {
            parts += [text.value(of: "x") ?? "", text.value(of: "y") ?? ""]
        }
        return parts.joined(separator: " ")
    }
}

enum DiffSVG {
    static func root(_ data: Data) throws -> XMLElement {
        try XCTUnwrap(XMLDocument(data: data, options: []).rootElement())
    }
}
