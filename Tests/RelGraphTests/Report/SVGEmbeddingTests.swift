import XCTest
@testable import RelGraph

final class SVGEmbeddingTests: XCTestCase {
    func testStripsPrologAndPrefixesIDsAndReferences() {
        let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg viewBox=\"0 0 90 30\" aria-labelledby=\"t d\"><title id=\"t\">a</title>"
            + "<a xlink:href=\"#n\"/><g id=\"n\" fill=\"url(#g)\"/></svg>\n"
        let inline = SVGEmbedding.inline(svg, idPrefix: "p-")
        XCTAssertEqual(inline, "<svg viewBox=\"0 0 90 30\" aria-labelledby=\"p-t p-d\"><title id=\"p-t\">a</title>"
                       + "<a xlink:href=\"#p-n\"/><g id=\"p-n\" fill=\"url(#p-g)\"/></svg>\n")
        XCTAssertEqual(SVGEmbedding.naturalWidth(svg), 120)
        XCTAssertNil(SVGEmbedding.naturalWidth("<svg>"))
    }
}
