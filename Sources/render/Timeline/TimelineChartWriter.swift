import Foundation
import RelGraph

/// Draws a `TimelinePicture` as a small SVG chart, in pure Swift (no Graphviz:
/// nothing here needs a layout, so there is no lock to wait for).
///
/// One column per article, left to right in the given order, labelled with its
/// date (or its position; equal labels numbered); one lane per stance kind present, from cooperative
/// at the top to hostile at the bottom; a mark where an article reports that
/// kind. Marks take the kind's polarity colour from `StanceStyle` (blue,
/// grey, vermillion) and, for readers who do not tell the colours apart, a
/// shape per polarity too (circle, square, triangle); the lane is labelled with
/// the kind's name. Every mark has a `<title>` (date, article, stance) for
/// hover, and the SVG scales by its viewBox, with `role="img"`, `<title>` and
/// `<desc>`. The chart is at least as wide as its caption and direction key
/// (`TextWidthEstimate`, which errs wide). The same picture always gives the same bytes.
public struct TimelineChartWriter: Sendable {
    /// Horizontal room per article and vertical room per kind, in points.
    static let columnWidth = 56.0
    static let laneHeight = 26.0
    static let left = 104.0
    static let top = 52.0
    static let right = 24.0
    /// Where the caption and the direction key start, and the room kept after them.
    static let textX = 12.0
    static let textMargin = 12.0
    static let captionBaseline = 24.0
    static let keyBaseline = 42.0
    static let fontFamily = "DejaVu Sans, Verdana, sans-serif"

    public init() {}

    /// The chart as SVG bytes.
    public func write(_ picture: TimelinePicture) -> Data {
        Data(svg(picture).utf8)
    }

    /// The chart as SVG text.
    public func svg(_ picture: TimelinePicture) -> String {
        let kinds = picture.kindsPresent
        let lanes = max(kinds.count, 1)
        let columns = max(picture.rows.count, 1)
        let labels = Self.columnLabels(picture.rows)
        // Long dates are turned so neighbours do not collide.
        let longest = labels.map(\.count).max() ?? 0
        let turned = Double(longest) * 6.2 > Self.columnWidth - 6
        let plotWidth = Double(columns) * Self.columnWidth
        let plotHeight = Double(lanes) * Self.laneHeight
        let bottom = (turned ? min(Double(longest), 24) * 4.1 + 18 : 20) + 24
        let key = picture.hasReverse
            ? "filled: \(picture.source) → \(picture.target) · hollow: \(picture.target) → \(picture.source)" : nil
        // The chart is as wide as its widest text: long actor names in the
        // caption or the key widen it rather than being cut off.
        var width = Self.left + plotWidth + Self.right
        width = max(width, Self.textX + TextWidthEstimate.width(picture.caption, fontSize: 14, bold: true) + Self.textMargin)
        if let key { width = max(width, Self.textX + TextWidthEstimate.width(key, fontSize: 10) + Self.textMargin) }
        width = width.rounded(.up)
        // The turned axis name is centred on the lanes, but never higher than
        // just under the caption or key (a single lane is shorter than the name).
        let axisLabel = "stance"
        let axisHalf = TextWidthEstimate.width(axisLabel, fontSize: 11) / 2
        let headerBottom = (key == nil ? Self.captionBaseline : Self.keyBaseline) + 4
        let axisCentre = max(Self.top + plotHeight / 2, headerBottom + 8 + axisHalf)
        let height = max(Self.top + plotHeight + bottom, (axisCentre + axisHalf + 4).rounded(.up))
        let n = DiffNumber.format

        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" "
            + "aria-labelledby=\"relgraph-title relgraph-desc\" class=\"relgraph relgraph-timeline\" "
            + "font-family=\"\(Self.fontFamily)\">\n"
        out += "<title id=\"relgraph-title\">\(picture.caption.xmlEscaped)</title>\n"
        out += "<desc id=\"relgraph-desc\">\(Self.summary(picture).xmlEscaped)</desc>\n"
        out += "<rect class=\"background\" width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        out += "<text class=\"caption\" x=\"\(n(Self.textX))\" y=\"\(n(Self.captionBaseline))\" font-size=\"14\" font-weight=\"bold\" fill=\"#222222\">"
            + "\(picture.caption.xmlEscaped)</text>\n"

        // Lanes: a stripe and the kind's name on the left.
        out += "<g class=\"lanes\">\n"
        for (lane, kind) in kinds.enumerated() {
            let y = Self.top + Double(lane) * Self.laneHeight
            if lane % 2 == 0 {
                out += "<rect x=\"\(n(Self.left))\" y=\"\(n(y))\" width=\"\(n(plotWidth))\" height=\"\(n(Self.laneHeight))\" fill=\"#F4F4F4\"/>\n"
            }
            out += "<text class=\"lane \(kind.rawValue)\" x=\"\(n(Self.left - 10))\" y=\"\(n(y + Self.laneHeight / 2 + 4))\" "
                + "text-anchor=\"end\" font-size=\"11\" fill=\"\(StanceStyle.of(kind).color)\">\(kind.rawValue)</text>\n"
        }
        if kinds.isEmpty {
            out += "<text x=\"\(n(Self.left + 8))\" y=\"\(n(Self.top + Self.laneHeight / 2 + 4))\" font-size=\"11\" "
                + "fill=\"#6E6E6E\">no stances</text>\n"
        }
        out += "</g>\n"

        // Axes: the frame's left and bottom lines, ticks and their labels, and names.
        let axisY = Self.top + plotHeight
        out += "<g class=\"axes\" stroke=\"#555555\" stroke-width=\"1\">\n"
        out += "<line x1=\"\(n(Self.left))\" y1=\"\(n(Self.top))\" x2=\"\(n(Self.left))\" y2=\"\(n(axisY))\"/>\n"
        out += "<line x1=\"\(n(Self.left))\" y1=\"\(n(axisY))\" x2=\"\(n(Self.left + plotWidth))\" y2=\"\(n(axisY))\"/>\n"
        for index in picture.rows.indices {
            let x = Self.columnX(index)
            out += "<line x1=\"\(n(x))\" y1=\"\(n(axisY))\" x2=\"\(n(x))\" y2=\"\(n(axisY + 4))\"/>\n"
        }
        out += "</g>\n<g class=\"ticks\" font-size=\"10\" fill=\"#333333\">\n"
        for (index, label) in labels.enumerated() {
            let x = Self.columnX(index)
            let y = axisY + 16
            if turned {
                out += "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"end\" transform=\"rotate(-40 \(n(x)) \(n(y)))\">"
                    + "\(label.xmlEscaped)</text>\n"
            } else {
                out += "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"middle\">\(label.xmlEscaped)</text>\n"
            }
        }
        out += "</g>\n"
        let axisName = picture.rows.contains { $0.date != nil } ? "article date" : "article order"
        out += "<text class=\"axis-name\" x=\"\(n(Self.left + plotWidth / 2))\" y=\"\(n(height - 10))\" text-anchor=\"middle\" "
            + "font-size=\"11\" fill=\"#555555\">\(axisName)</text>\n"
        out += "<text class=\"axis-name\" x=\"14\" y=\"\(n(axisCentre))\" text-anchor=\"middle\" font-size=\"11\" "
            + "fill=\"#555555\" transform=\"rotate(-90 14 \(n(axisCentre)))\">\(axisLabel)</text>\n"

        // Marks: filled for source → target, hollow for target → source; when
        // an article has a kind both ways, the two marks stand side by side.
        if let key {
            out += "<text class=\"direction-key\" x=\"\(n(Self.textX))\" y=\"\(n(Self.keyBaseline))\" font-size=\"10\" fill=\"#555555\">"
                + key.xmlEscaped + "</text>\n"
        }
        out += "<g class=\"marks\">\n"
        for (index, row) in picture.rows.enumerated() {
            var counts: [StanceKind: Int] = [:]
            for kind in row.kinds { counts[kind, default: 0] += 1 }
            var reverseCounts: [StanceKind: Int] = [:]
            for kind in row.reverseKinds { reverseCounts[kind, default: 0] += 1 }
            let x = Self.columnX(index)
            for (lane, kind) in kinds.enumerated() {
                let y = Self.top + Double(lane) * Self.laneHeight + Self.laneHeight / 2
                let both = counts[kind] != nil && reverseCounts[kind] != nil
                for (reverse, count) in [(false, counts[kind]), (true, reverseCounts[kind])] {
                    guard let count else { continue }
                    let markX = both ? x + (reverse ? 7 : -7) : x
                    let (from, to) = reverse ? (picture.target, picture.source) : (picture.source, picture.target)
                    let tooltip = "\(labels[index]) — \(row.article): \(from) \(kind.rawValue) \(to)"
                        + (count > 1 ? " (×\(count))" : "")
                    out += "<g class=\"mark \(kind.rawValue) \(kind.polarity.rawValue)\(reverse ? " reverse" : "")\">"
                        + "<title>\(tooltip.xmlEscaped)</title>"
                    out += Self.shape(kind, x: markX, y: y, hollow: reverse)
                    if count > 1 {
                        out += "<text x=\"\(n(markX + 8))\" y=\"\(n(y - 5))\" font-size=\"9\" fill=\"#333333\">×\(count)</text>"
                    }
                    out += "</g>\n"
                }
            }
        }
        out += "</g>\n</svg>\n"
        return out
    }

    // MARK: Pieces

    /// Each column's label: the row's date, or `#N` (its position) without
    /// one. Labels that would repeat (two articles of January 2016, two
    /// undated ones) are numbered in column order, `2016-01 (1)`, `2016-01 (2)`,
    /// so every column, and the tooltips that name it, can be told apart.
    static func columnLabels(_ rows: [TimelinePicture.Row]) -> [String] {
        let plain = rows.enumerated().map { index, row in row.date ?? "#\(index + 1)" }
        var total: [String: Int] = [:]
        for label in plain { total[label, default: 0] += 1 }
        var seen: [String: Int] = [:]
        return plain.map { label in
            guard total[label]! > 1 else { return label }
            seen[label, default: 0] += 1
            return "\(label) (\(seen[label]!))"
        }
    }

    static func columnX(_ index: Int) -> Double {
        left + (Double(index) + 0.5) * columnWidth
    }

    /// A circle for cooperative kinds, a square for `meets`, a triangle for
    /// conflictual ones, filled with the polarity colour (outlined in it when
    /// `hollow`: a stance from target towards source).
    static func shape(_ kind: StanceKind, x: Double, y: Double, hollow: Bool = false) -> String {
        let n = DiffNumber.format
        let color = StanceStyle.of(kind).color
        let paint = hollow ? "fill=\"white\" stroke=\"\(color)\" stroke-width=\"2\""
            : "fill=\"\(color)\" stroke=\"white\" stroke-width=\"1\""
        switch kind.polarity {
        case .cooperative:
            return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"6\" \(paint)/>"
        case .neutral:
            return "<rect x=\"\(n(x - 5.5))\" y=\"\(n(y - 5.5))\" width=\"11\" height=\"11\" \(paint)/>"
        case .conflictual:
            return "<polygon points=\"\(n(x)),\(n(y - 7)) \(n(x + 7)),\(n(y + 5.5)) \(n(x - 7)),\(n(y + 5.5))\" \(paint)/>"
        }
    }

    /// One sentence for screen readers: how many articles, and how often each kind.
    static func summary(_ picture: TimelinePicture) -> String {
        var counts: [StanceKind: Int] = [:]
        for row in picture.rows {
            for kind in Set(row.kinds + row.reverseKinds) { counts[kind, default: 0] += 1 }
        }
        let articles = picture.rows.count == 1 ? "1 article" : "\(picture.rows.count) articles"
        let towards = picture.hasReverse ? "between \(picture.source) and" : "of \(picture.source) towards"
        var text = "Stances \(towards) \(picture.target) over \(articles)"
        let kinds = counts.keys.sorted().map { "\($0.rawValue) in \(counts[$0]!)" }.joined(separator: ", ")
        if !kinds.isEmpty { text += ": " + kinds }
        return text + "."
    }
}
