/// An edge's route as Graphviz writes it in the `pos` attribute
/// (`e,x,y x1,y1 x2,y2 ...`: a cubic B-spline, and the tip of the head arrow).
///
/// Why: the pinned pictures reuse the routes of the union layout, but one
/// stance may have an arrowhead of another length in "before" than in the
/// union (a `tee` is half as long as `normal`, symmetric kinds have none).
/// Graphviz draws an arrow from the end of the spline, so the spline has to end
/// where the new arrow should start, or the arrow stops short of the node.
struct EdgeSpline: Equatable {
    struct Point: Equatable {
        var x: Double
        var y: Double
    }

    /// Tip of the head arrow (`e,`); nil when the edge has no head arrow.
    var end: Point?
    /// Tip of the tail arrow (`s,`), kept as is.
    var start: Point?
    /// 3n + 1 control points.
    var points: [Point]

    /// Arrow length in points for an arrowhead at RelGraph's `arrowsize` of 0.8
    /// (Graphviz 2.42: 10 × arrowsize × the type's length factor, `tee` 0.5).
    static func arrowLength(_ arrowhead: String?) -> Double {
        switch arrowhead {
        case nil, "none": return 0
        case "tee": return 4
        default: return 8
        }
    }

    /// Reads `pos`; nil for routes of several pieces (`;`) or anything unexpected.
    init?(pos: String) {
        guard !pos.contains(";") else { return nil }
        var points: [Point] = []
        for token in pos.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }) {
            var text = Substring(token)
            var marker: Character?
            if text.hasPrefix("e,") || text.hasPrefix("s,") {
                marker = text.first
                text = text.dropFirst(2)
            }
            let parts = text.split(separator: ",")
            guard parts.count == 2, let x = Double(parts[0]), let y = Double(parts[1]) else { return nil }
            let point = Point(x: x, y: y)
            switch marker {
            case "e": end = point
            case "s": start = point
            default: points.append(point)
            }
        }
        guard points.count >= 4, (points.count - 1) % 3 == 0 else { return nil }
        self.points = points
    }

    /// The `pos` value, numbers with at most two decimals.
    var pos: String {
        var parts: [String] = []
        if let end { parts.append("e," + Self.format(end)) }
        if let start { parts.append("s," + Self.format(start)) }
        parts += points.map(Self.format)
        return parts.joined(separator: " ")
    }

    /// The same route ending so that a head arrow of `length` points (0: none)
    /// reaches where the current arrow (or the line) reaches now.
    func withHeadArrow(length: Double) -> EdgeSpline {
        guard let last = points.last else { return self }
        let tip = end ?? last
        let current = end.map { Self.distance($0, last) } ?? 0
        guard abs(current - length) > 0.25 else { return self }
        // Direction in which the edge arrives: towards the tip, or along the last
        // control leg when there is no arrow.
        let from = end != nil ? last : points[points.count - 2]
        let dx = tip.x - from.x, dy = tip.y - from.y
        let norm = (dx * dx + dy * dy).squareRoot()
        guard norm > 0.001 else { return self }
        let unit = Point(x: dx / norm, y: dy / norm)
        let newEnd = Point(x: tip.x - unit.x * length, y: tip.y - unit.y * length)
        var result = self
        result.end = length > 0 ? tip : nil
        if length < current {
            // A shorter arrow (or none): the line goes on straight to where it starts.
            let third = Point(x: (newEnd.x - last.x) / 3, y: (newEnd.y - last.y) / 3)
            result.points += [Point(x: last.x + third.x, y: last.y + third.y),
                              Point(x: last.x + 2 * third.x, y: last.y + 2 * third.y), newEnd]
        } else {
            // A longer arrow: the line ends earlier; its last control point moves
            // with the end so the direction stays.
            let shift = Point(x: newEnd.x - last.x, y: newEnd.y - last.y)
            let count = result.points.count
            result.points[count - 1] = newEnd
            result.points[count - 2].x += shift.x
            result.points[count - 2].y += shift.y
        }
        return result
    }

    private static func distance(_ a: Point, _ b: Point) -> Double {
        let dx = a.x - b.x, dy = a.y - b.y
        return (dx * dx + dy * dy).squareRoot()
    }

    static func format(_ point: Point) -> String {
        DiffNumber.format(point.x) + "," + DiffNumber.format(point.y)
    }
}

/// Numbers for DOT attributes and SVG coordinates: at most two decimals, no
/// trailing zeros, no exponent, "-0" written as "0", so output stays byte-stable.
enum DiffNumber {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int((abs(value) * 100).rounded())
        if hundredths == 0 { return "0" }
        let sign = value < 0 ? "-" : ""
        let whole = String(hundredths / 100)
        let fraction = hundredths % 100
        if fraction == 0 { return sign + whole }
        if fraction % 10 == 0 { return sign + whole + "." + String(fraction / 10) }
        return sign + whole + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }
}
