import Foundation
import RelGraph

/// Draws how a stance graph changed: one picture of the union with every change
/// marked, and the two versions side by side, all with the same actor
/// positions.
///
/// Why one layout for all of them: a reader compares pictures by place. The
/// union is laid out once (`PinnedLayout`), then every picture is rendered
/// with the positions pinned, so an actor is at the same SVG coordinates in
/// the diff, in "before" and in "after". Every Graphviz call goes through
/// `GraphvizContext` (one lock, messages captured, deterministic layouts): the
/// same picture always gives the same bytes.
public struct DiffRenderer: Sendable {
    private let context: GraphvizContext

    public init(context: GraphvizContext = .shared) {
        self.context = context
    }

    /// The diff picture as SVG: added stances solid green (`+ kind`), removed
    /// ones dashed and faded vermillion (`− kind`), changed ones dotted orange
    /// (`old -> new`), unchanged ones grey; a legend with the counts; classes
    /// `diff-added` ... and `diff-actor-added` ... on the SVG groups.
    public func render(_ picture: DiffPicture, options: DiffRenderOptions = DiffRenderOptions()) throws -> Data {
        let (builder, layout) = try layOut(picture, options: options)
        let legends = try measureLegends(builder, options: options)
        let dot = builder.pinnedDOT(.diff, layout: layout, legend: legends.boxes[.diff], reserve: legends.reserve)
        let output = try context.layout(dot: dot, engine: "nop2", format: "svg")
        let processor = SVGPostProcessor(title: Self.diffTitle(picture, options), summary: Self.diffSummary(picture, builder: builder),
                                         fixedSize: options.fixedSize)
        return Data(processor.process(output.bytes))
    }

    /// The diff picture as PNG (Graphviz's cairo renderer, 96 dpi), from the
    /// same pinned DOT as `render`: for documents that cannot take SVG. It has
    /// no tooltips or classes, only the drawing.
    public func renderPNG(_ picture: DiffPicture, options: DiffRenderOptions = DiffRenderOptions()) throws -> Data {
        let (builder, layout) = try layOut(picture, options: options)
        let legends = try measureLegends(builder, options: options)
        let dot = builder.pinnedDOT(.diff, layout: layout, legend: legends.boxes[.diff], reserve: legends.reserve)
        return Data(try context.layout(dot: dot, engine: "nop2", format: "png").bytes)
    }

    /// "Before" and "after" as two SVGs with identical actor positions (both
    /// from the union's one layout), each captioned with its title and a key of
    /// the kinds it shows, and both in one SVG side by side.
    public func renderSideBySide(_ picture: DiffPicture, options: DiffRenderOptions = DiffRenderOptions())
        throws -> (before: Data, after: Data, combined: Data) {
        let (builder, layout) = try layOut(picture, options: options)
        let legends = try measureLegends(builder, options: options)
        var raw: [[UInt8]] = []
        var processed: [Data] = []
        for variant in [DiffVariant.before, .after] {
            let dot = builder.pinnedDOT(variant, layout: layout, legend: legends.boxes[variant], reserve: legends.reserve)
            let output = try context.layout(dot: dot, engine: "nop2", format: "svg")
            raw.append(output.bytes)
            let processor = SVGPostProcessor(title: Self.sideTitle(picture, variant),
                                             summary: Self.sideSummary(builder, variant: variant),
                                             fixedSize: options.fixedSize)
            processed.append(Data(processor.process(output.bytes)))
        }
        let composer = SideBySideComposer(
            title: "\(picture.beforeTitle) | \(picture.afterTitle)",
            summary: "Two stance graphs side by side, actors in the same places. Left: "
                + Self.sideSummary(builder, variant: .before) + " Right: " + Self.sideSummary(builder, variant: .after),
            fixedSize: options.fixedSize)
        return (processed[0], processed[1], Data(composer.compose(before: raw[0], after: raw[1])))
    }

    // MARK: Steps

    /// Lays out the union once.
    private func layOut(_ picture: DiffPicture, options: DiffRenderOptions) throws -> (DiffDOTBuilder, PinnedLayout) {
        let counting = DiffDOTBuilder(picture: picture, plan: LayoutPlan(engine: .dot, edgeLabels: false, compact: false),
                                      options: options)
        let plan = LayoutPlan.choose(actors: counting.actors.count, stances: counting.edgeIndices.count,
                                     engine: options.engine, edgeLabels: options.edgeLabels)
        let builder = DiffDOTBuilder(picture: picture, plan: plan, options: options)
        let layout = try PinnedLayout.run(dot: builder.layoutDOT(), engine: plan.engine, context: context)
        return (builder, layout)
    }

    /// The legends of all three pictures and the height to keep free under the
    /// drawing for the tallest. Graphviz numbers SVG coordinates from the
    /// bottom of the drawing area, so every picture reserves the same height
    /// and an actor gets the same coordinates in all three.
    private func measureLegends(_ builder: DiffDOTBuilder, options: DiffRenderOptions)
        throws -> (boxes: [DiffVariant: DiffDOTBuilder.Legend], reserve: Double) {
        let labels: [(DiffVariant, String?)] = [
            (.diff, DiffLegend.diffLabel(builder.picture, title: Self.diffTitle(builder.picture, options), keys: options.legend)),
            (.before, sideLegend(builder, variant: .before, keys: options.legend)),
            (.after, sideLegend(builder, variant: .after, keys: options.legend)),
        ]
        let present = labels.compactMap { $0.1 }
        var sizes = try DiffLegend.measure(present, context: context).makeIterator()
        var boxes: [DiffVariant: DiffDOTBuilder.Legend] = [:]
        var reserve = 0.0
        for (variant, label) in labels {
            guard let label, let size = sizes.next() else { continue }
            boxes[variant] = DiffDOTBuilder.Legend(label: label, width: size.width, height: size.height)
            reserve = max(reserve, DiffLegend.gap + size.height)
        }
        return (boxes, reserve)
    }

    private func sideLegend(_ builder: DiffDOTBuilder, variant: DiffVariant, keys: Bool) -> String? {
        let kinds = Set(builder.edgeIndices.compactMap { variant.kind(of: builder.picture.edges[$0]) }).sorted()
        let present = Set(builder.actors.filter { variant.includes($0.status) }.map(\.kind))
        let actorKinds = ActorKind.allCases.filter(present.contains)
        return DiffLegend.sideLabel(title: Self.sideTitle(builder.picture, variant), kinds: kinds,
                                    actorKinds: actorKinds, keys: keys)
    }

    // MARK: Texts

    static func diffTitle(_ picture: DiffPicture, _ options: DiffRenderOptions) -> String {
        options.title ?? "\(picture.beforeTitle) → \(picture.afterTitle)"
    }

    static func sideTitle(_ picture: DiffPicture, _ variant: DiffVariant) -> String {
        variant == .before ? picture.beforeTitle : picture.afterTitle
    }

    /// One sentence for screen readers: what changed.
    static func diffSummary(_ picture: DiffPicture, builder: DiffDOTBuilder) -> String {
        let edges = builder.edgeIndices.map { picture.edges[$0] }
        func count(_ status: DiffPicture.EdgeStatus) -> Int { edges.filter { $0.status == status }.count }
        func actors(_ status: DiffPicture.ActorStatus) -> Int { builder.actors.filter { $0.status == status }.count }
        return "Changes from \(picture.beforeTitle) to \(picture.afterTitle): "
            + "\(count(.added)) stances added, \(count(.removed)) removed, \(count(.changed)) changed, "
            + "\(count(.unchanged)) unchanged; \(actors(.added)) actors added, \(actors(.removed)) removed, "
            + "\(actors(.kept)) kept."
    }

    /// One sentence for screen readers: how many actors and stances of each kind one side has.
    static func sideSummary(_ builder: DiffDOTBuilder, variant: DiffVariant) -> String {
        let actorCount = builder.actors.filter { variant.includes($0.status) }.count
        var counts: [StanceKind: Int] = [:]
        for index in builder.edgeIndices {
            if let kind = variant.kind(of: builder.picture.edges[index]) { counts[kind, default: 0] += 1 }
        }
        let stanceCount = counts.values.reduce(0, +)
        var text = "Stance graph of \(actorCount) \(actorCount == 1 ? "actor" : "actors") and "
            + "\(stanceCount) \(stanceCount == 1 ? "stance" : "stances")"
        let kinds = counts.keys.sorted().map { "\(counts[$0]!) \($0.rawValue)" }.joined(separator: ", ")
        if !kinds.isEmpty { text += ": \(kinds)" }
        return text + "."
    }
}
