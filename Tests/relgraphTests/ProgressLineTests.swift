@testable import relgraph
import XCTest

/// The progress line's text: counts, rates, ETA and how it fits a width.
final class ProgressLineTests: XCTestCase {
    private func line(articles: Int = 3_500, bytes: Int = 7_000_000, seconds: Double = 2,
                      totalArticles: Int? = nil, totalBytes: Int? = nil) -> ProgressLine {
        ProgressLine(verb: "extracting", articles: articles, bytes: bytes, seconds: seconds,
                     totalArticles: totalArticles, totalBytes: totalBytes)
    }

    func testAKnownTotalGivesBarPercentRatesAndETA() {
        let text = line(totalArticles: 10_000).render(width: 120)
        XCTAssertEqual(text, "extracting [##########....................]  35%  3,500/10,000 articles  1,750 articles/s  3.5 MB/s  ETA 0:04")
    }

    func testAnUnknownTotalGivesTheTimeSoFarAndNoETA() {
        let text = line().render(width: 120)
        XCTAssertEqual(text, "extracting  3,500 articles  1,750 articles/s  3.5 MB/s  0:02 elapsed")
        XCTAssertFalse(text.contains("ETA"))
        XCTAssertFalse(text.contains("["))
    }

    func testTheByteSizeGivesTheFractionOfAStream() {
        let stream = line(bytes: 25_000_000, seconds: 10, totalBytes: 100_000_000)
        XCTAssertEqual(stream.fraction, 0.25)
        XCTAssertEqual(stream.secondsLeft, 30)
        XCTAssertTrue(stream.render(width: 200).hasSuffix("ETA 0:30"), stream.render(width: 200))
        XCTAssertTrue(stream.render(width: 200).contains(" 25%  3,500 articles  "))
    }

    func testNoETABeforeAnyProgress() {
        let start = line(articles: 0, bytes: 0, seconds: 0, totalArticles: 10)
        XCTAssertNil(start.secondsLeft)
        XCTAssertTrue(start.render(width: 120).hasSuffix("0 articles/s  0 MB/s  ETA --:--"), start.render(width: 120))
    }

    func testTheLineNeverReachesTheLastColumn() {
        for totalArticles in [nil, 10_000] {
            for width in [1, 10, 20, 40, 60, 80, 100, 200] {
                let text = line(totalArticles: totalArticles).render(width: width)
                XCTAssertLessThanOrEqual(text.count, max(1, width - 1), "\(width): \(text)")
            }
        }
        // Narrow terminals lose the ETA, then the rates, but keep the count.
        XCTAssertEqual(line(totalArticles: 10_000).render(width: 50), "extracting  35%  3,500/10,000 articles")
        XCTAssertEqual(line(totalArticles: 10_000).render(width: 80),
                       "extracting  35%  3,500/10,000 articles  1,750 articles/s  3.5 MB/s  ETA 0:04")
    }

    func testRatesShowTheDecimalsWorthReading() {
        XCTAssertEqual(ProgressLine.rate(0.84, 2), "0.42")
        XCTAssertEqual(ProgressLine.rate(8.4, 2), "4.2")
        XCTAssertEqual(ProgressLine.rate(84, 2), "42")
        XCTAssertEqual(ProgressLine.rate(8_401, 2), "4,201")
        XCTAssertEqual(ProgressLine.rate(5, 0), "0")
    }

    func testClocksDurationsAndSizes() {
        XCTAssertEqual(ProgressLine.clock(6.2), "0:07")
        XCTAssertEqual(ProgressLine.clock(723), "12:03")
        XCTAssertEqual(ProgressLine.clock(3_723), "1:02:03")
        XCTAssertEqual(ProgressLine.duration(0.421), "0.42 s")
        XCTAssertEqual(ProgressLine.duration(4.25), "4.3 s")
        XCTAssertEqual(ProgressLine.duration(42.4), "42 s")
        XCTAssertEqual(ProgressLine.duration(125), "2:05")
        XCTAssertEqual(ProgressLine.megabytes(512), "512 B")
        XCTAssertEqual(ProgressLine.megabytes(42_000), "42.0 kB")
        XCTAssertEqual(ProgressLine.megabytes(4_200_000), "4.2 MB")
        XCTAssertEqual(ProgressLine.grouped(1_234_567), "1,234,567")
        XCTAssertEqual(ProgressLine.grouped(999), "999")
        XCTAssertEqual(ProgressLine.fixed(0.05, decimals: 2), "0.05")
    }

    func testTheSummaryLine() {
        XCTAssertEqual(line(seconds: 2).summary(done: "extracted"),
                       "extracted 3,500 articles (7.0 MB) in 2.0 s: 1,750 articles/s, 3.5 MB/s")
        XCTAssertEqual(line(articles: 1, bytes: 10, seconds: 0.5).summary(done: "ingested"),
                       "ingested 1 article (10 B) in 0.50 s: 2.0 articles/s, 0.00 MB/s")
    }

    /// The reporter redraws at most ten times a second, with `\r`, and ends with
    /// a cleared line and the summary; disabled, it prints nothing.
    func testTheReporterThrottlesRedrawsAndEndsWithASummary() {
        final class Box: @unchecked Sendable { var output: [String] = []; var time = 100.0 }
        let box = Box()
        let reporter = ProgressReporter(verb: "extracting", done: "extracted", enabled: true, totalArticles: 100,
                                        sink: { box.output.append($0) }, now: { box.time }, width: { 200 })
        for _ in 0..<10 {
            box.time += 0.02
            reporter.advance(articles: 5, bytes: 1_000)
        }
        // Redrawn at 0.02 s (the first), then at 0.12 s: two redraws in 0.2 s.
        XCTAssertEqual(box.output.count, 2)
        XCTAssertTrue(box.output.allSatisfy { $0.hasPrefix("\r") && $0.hasSuffix("\u{1B}[K") })
        reporter.finish()
        XCTAssertEqual(box.output.last, "\r\u{1B}[Kextracted 50 articles (10.0 kB) in 0.20 s: 250 articles/s, 0.05 MB/s\n")

        let silent = Box()
        let off = ProgressReporter(verb: "extracting", done: "extracted", enabled: false,
                                   sink: { silent.output.append($0) }, now: { silent.time }, width: { 80 })
        off.advance(articles: 1, bytes: 1)
        off.finish()
        XCTAssertEqual(silent.output, [])
    }
}
