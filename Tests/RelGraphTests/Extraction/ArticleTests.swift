import XCTest
@testable import RelGraph

final class ArticleTests: XCTestCase {
    func testHeaderFieldsGoToMetadataAndBodyFollowsSeparator() {
        let text = """
        url: https://example.org/news/1
        title: Two states sign a deal
        date: 2019-03-14
        cluster: trade-2019
        ---
        The two states signed a deal. Both sides praised it.
        """
        let article = Article.parse(text, id: "001-deal")
        XCTAssertEqual(article.id, "001-deal")
        XCTAssertEqual(article.metadata.url, "https://example.org/news/1")
        XCTAssertEqual(article.metadata.title, "Two states sign a deal")
        XCTAssertEqual(article.metadata.date, "2019-03-14")
        XCTAssertEqual(article.metadata.extra, ["cluster": "trade-2019"])
        XCTAssertEqual(article.body, "The two states signed a deal. Both sides praised it.")
        assertBodyOffset(article, in: text)
    }

    func testUnknownValuesAreNil() {
        let article = Article.parse("url: unknown\ntitle: Unknown\ndate: UNKNOWN\nsource: unknown\n---\nBody.", id: "a")
        XCTAssertNil(article.metadata.url)
        XCTAssertNil(article.metadata.title)
        XCTAssertNil(article.metadata.date)
        XCTAssertTrue(article.metadata.isEmpty)
        XCTAssertEqual(article.body, "Body.")
    }

    func testDateReadFromISOAndWrittenForms() {
        func date(_ value: String) -> (String?, String?) {
            let metadata = Article.parse("date: \(value)\n---\nx", id: "a").metadata
            return (metadata.date, metadata.extra["date"])
        }
        XCTAssertEqual(date("2017-06").0, "2017-06")
        XCTAssertEqual(date("2017-06-05").0, "2017-06-05")
        XCTAssertEqual(date("2017-06-05T08:30:00Z").0, "2017-06-05")
        XCTAssertEqual(date("2017").0, "2017")
        XCTAssertEqual(date("24 August 2016").0, "2016-08-24")
        XCTAssertEqual(date("June 5, 2017").0, "2017-06-05")
        XCTAssertNil(date("June 5, 2017").1, "a date read is not kept twice")
        XCTAssertNil(date("2017-13-01").0)
        XCTAssertEqual(date("yesterday").1, "yesterday", "what is not a date is kept in extra")
    }

    func testArticleDateForms() {
        let read: [String: String] = [
            "2016-08-24": "2016-08-24", "2016-08": "2016-08", "2016": "2016", "2016-08-24 10:00": "2016-08-24",
            "20160824": "2016-08-24", "24 August 2016": "2016-08-24", "24 Aug. 2016": "2016-08-24",
            "24th August, 2016": "2016-08-24", "August 24, 2016": "2016-08-24", "Aug 24th 2016": "2016-08-24",
            "Wednesday, 24 August 2016": "2016-08-24", "August 2016": "2016-08", "sept 1 2016": "2016-09-01",
            " 2016-02-29 ": "2016-02-29", "1 MAY 2016": "2016-05-01",
        ]
        for (text, iso) in read { XCTAssertEqual(ArticleDate.iso(text), iso, text) }
        for text in ["yesterday", "2016-13-45", "2016-13", "2015-02-29", "2016-04-31", "20161301", "24 Smarch 2016",
                     "August 32, 2016", "16-08-24", "2016/08/24", "24 August", "", "2016-08-24x", "201608"] {
            XCTAssertNil(ArticleDate.iso(text), text)
        }
    }

    func testAnyWordKeyGoesToExtraLowercased() {
        let article = Article.parse("Title: Talks resume\nsource: Wire\nAuthor: J. Doe\nsection_2: world\n---\nText.", id: "a")
        XCTAssertEqual(article.metadata.title, "Talks resume")
        XCTAssertEqual(article.metadata.extra, ["source": "Wire", "author": "J. Doe", "section_2": "world"])
        XCTAssertEqual(article.body, "Text.")
    }

    func testFirstOfRepeatedKeysWins() {
        let article = Article.parse("title: First\ntitle: Second\n---\nx", id: "a")
        XCTAssertEqual(article.metadata.title, "First")
    }

    func testPlainTextWithoutHeaderIsAllBody() {
        let text = "The ministers met in Geneva.\n\nThey agreed to meet again."
        let article = Article.parse(text, id: "plain")
        XCTAssertEqual(article.body, text)
        XCTAssertEqual(article.bodyOffset, 0)
        XCTAssertTrue(article.metadata.isEmpty)
    }

    func testKeyLinesWithoutSeparatorAreBody() {
        let text = "Note: the talks failed.\nThey will resume."
        let article = Article.parse(text, id: "a")
        XCTAssertEqual(article.body, text)
        XCTAssertTrue(article.metadata.isEmpty)
    }

    func testHeaderMustStartAtTheTop() {
        let text = "\ntitle: Late\n---\nBody."
        XCTAssertEqual(Article.parse(text, id: "a").body, text)
        let sentence = "The minister said: we won.\n---\nMore."
        XCTAssertEqual(Article.parse(sentence, id: "a").body, sentence)
    }

    func testSeparatorMustBeExactlyThreeDashes() {
        let text = "title: T\n----\nBody."
        XCTAssertEqual(Article.parse(text, id: "a").body, text)
        let spaced = "title: T\n---  \nBody."
        XCTAssertEqual(Article.parse(spaced, id: "a").body, "Body.")
    }

    func testFrontMatterOpeningLineIsAccepted() {
        let text = "---\ntitle: Front matter\n---\nBody."
        let article = Article.parse(text, id: "a")
        XCTAssertEqual(article.metadata.title, "Front matter")
        XCTAssertEqual(article.body, "Body.")
        assertBodyOffset(article, in: text)
        XCTAssertEqual(Article.parse("---\n---\nBody.", id: "a").body, "---\n---\nBody.")
    }

    func testCRLFLineEnds() {
        let text = "url: https://example.org/a\r\ntitle: Crlf\r\ndate: 2020-01\r\n---\r\nFirst line.\r\n\r\nSecond."
        let article = Article.parse(text, id: "a")
        XCTAssertEqual(article.metadata.url, "https://example.org/a")
        XCTAssertEqual(article.metadata.title, "Crlf")
        XCTAssertEqual(article.metadata.date, "2020-01")
        XCTAssertEqual(article.body, "First line.\r\n\r\nSecond.")
        assertBodyOffset(article, in: text)
    }

    func testByteOrderMarkIsSkipped() {
        let text = "\u{FEFF}title: Bom\n---\nBody."
        let article = Article.parse(text, id: "a")
        XCTAssertEqual(article.metadata.title, "Bom")
        XCTAssertEqual(article.body, "Body.")
        assertBodyOffset(article, in: text)

        let plain = Article.parse("\u{FEFF}Just text.", id: "b")
        XCTAssertEqual(plain.body, "Just text.")
        XCTAssertEqual(plain.bodyOffset, 1)
    }

    func testEmptyInputs() {
        let empty = Article.parse("", id: "e")
        XCTAssertEqual(empty.body, "")
        XCTAssertEqual(empty.bodyOffset, 0)
        XCTAssertTrue(empty.metadata.isEmpty)

        let headerOnly = Article.parse("title: Nothing\n---", id: "h")
        XCTAssertEqual(headerOnly.metadata.title, "Nothing")
        XCTAssertEqual(headerOnly.body, "")
        XCTAssertEqual(headerOnly.bodyOffset, 18)
        XCTAssertEqual(SentenceSplitter().split(headerOnly.body), [])
    }

    func testBodyOffsetCountsCharactersNotBytes() {
        let text = "title: Café “quoted” e\u{301}\n---\nBody."
        let article = Article.parse(text, id: "a")
        XCTAssertEqual(article.metadata.title, "Café “quoted” e\u{301}")
        assertBodyOffset(article, in: text)
        XCTAssertEqual(article.bodyOffset, text.count - "Body.".count)
    }

    func testSentenceOffsetsMapBackToTheFile() {
        let text = "title: T\r\n---\r\nThey met. They talked."
        let article = Article.parse(text, id: "a")
        let sentences = SentenceSplitter().split(article.body)
        XCTAssertEqual(sentences.map(\.text), ["They met.", "They talked."])
        let file = Array(text)
        for sentence in sentences {
            let inFile = (sentence.range.lowerBound + article.bodyOffset)..<(sentence.range.upperBound + article.bodyOffset)
            XCTAssertEqual(String(file[inFile]), sentence.text)
        }
    }

    private func assertBodyOffset(_ article: Article, in text: String, line: UInt = #line) {
        let characters = Array(text)
        XCTAssertLessThanOrEqual(article.bodyOffset, characters.count, line: line)
        XCTAssertEqual(String(characters[article.bodyOffset...]), article.body, line: line)
    }
}
