import XCTest
#if canImport(FoundationXML)
import FoundationXML
#else
import Foundation
#endif
@testable import RelGraph

/// Parsing helpers for the GraphML and GEXF tests: parse with Foundation's
/// XMLDocument and walk elements by local name, so default namespaces do not
/// get in the way.
enum ExchangeXML {
    static func parse(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> XMLDocument {
        do {
            return try XMLDocument(xmlString: text, options: [.nodePreserveWhitespace])
        } catch {
            XCTFail("output is not well-formed XML: \(error)", file: file, line: line)
            throw error
        }
    }

    /// Every element below `node` (depth first, document order) whose local name is `name`.
    static func elements(named name: String, in node: XMLNode) -> [XMLElement] {
        var found: [XMLElement] = []
        for child in node.children ?? [] {
            if let element = child as? XMLElement {
                if (element.localName ?? element.name) == name { found.append(element) }
                found += elements(named: name, in: element)
            }
        }
        return found
    }

    /// The direct children of `element` whose local name is `name`.
    static func children(named name: String, of element: XMLElement) -> [XMLElement] {
        (element.children ?? []).compactMap { $0 as? XMLElement }.filter { ($0.localName ?? $0.name) == name }
    }

    /// The value of the attribute `name` (unprefixed, or `xsi:…`-style qualified).
    /// Searches `attributes` instead of calling `attribute(forName:)`, which in
    /// swift-corelibs-foundation finds nothing on elements in a default namespace.
    static func attribute(_ name: String, of element: XMLElement) -> String? {
        (element.attributes ?? []).first { $0.name == name }?.stringValue
    }
}
