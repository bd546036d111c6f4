import RelGraph
import RelGraphStore
import XCTest

/// An article's key ignores what no reader sees: line endings, a byte order
/// mark, blanks at the ends of lines and line breaks at the end.
final class ArticleKeyTests: XCTestCase {
    func testInvisibleDifferencesGiveTheSameKey() {
        let plain = "Turkey condemned Russia.\nRussia backs Syria."
        let variants = [
            "Turkey condemned Russia.\r\nRussia backs Syria.",
            "Turkey condemned Russia.\rRussia backs Syria.",
            "Turkey condemned Russia.\nRussia backs Syria.\n",
            "Turkey condemned Russia.\r\nRussia backs Syria.\r\n\r\n",
            "\u{FEFF}Turkey condemned Russia.\nRussia backs Syria.",
            "Turkey condemned Russia.  \nRussia backs Syria.\t \n",
        ]
        for variant in variants {
            XCTAssertEqual(ArticleKey.of(variant), ArticleKey.of(plain), variant.debugDescription)
        }
        XCTAssertEqual(ExtractedArticle.id(of: Article(id: "a", body: variants[3])), ArticleKey.of(plain))
    }

    func testVisibleDifferencesGiveAnotherKey() {
        let plain = "Turkey condemned Russia.\nRussia backs Syria."
        for other in ["Turkey condemned Russia. Russia backs Syria.", "Turkey condemned Russia.\n\nRussia backs Syria.",
                      "Turkey  condemned Russia.\nRussia backs Syria.", " Turkey condemned Russia.\nRussia backs Syria.",
                      "turkey condemned Russia.\nRussia backs Syria."] {
            XCTAssertNotEqual(ArticleKey.of(other), ArticleKey.of(plain), other.debugDescription)
        }
        // Blanks inside a line are kept as they were, not just counted.
        XCTAssertNotEqual(ArticleKey.of("a \tb"), ArticleKey.of("a\t b"))
        XCTAssertEqual(ArticleKey.of("abc"), ContentHash.sha256("abc"))
    }
}
