import RelGraph

/// Draws every picture a report shows (`ReportDocument.pictureKeys`) as SVG
/// text: the overview and each article with `Renderer`, the changes between
/// consecutive articles with `DiffRenderer` (the one diff picture: the union of
/// both graphs, every change marked, which reads in a single column).
///
/// Why here: the report writers live in the model target and take SVG text;
/// this is the one place that calls Graphviz for a report.
public struct ReportPictureRenderer: Sendable {
    private let renderer: Renderer
    private let diffRenderer: DiffRenderer
    /// Layout engine for every picture; nil chooses by size.
    public var engine: LayoutEngine?

    public init(context: GraphvizContext = .shared, engine: LayoutEngine? = nil) {
        renderer = Renderer(context: context)
        diffRenderer = DiffRenderer(context: context)
        self.engine = engine
    }

    /// All pictures of `document`; graphs without stances get none.
    public func render(_ document: ReportDocument) throws -> ReportPictures {
        var pictures = ReportPictures()
        for key in document.pictureKeys {
            switch key {
            case .overview:
                guard !document.overview.stances.isEmpty else { continue }
                pictures[key] = try graphSVG(document.overview, title: "Overview: \(document.title)")
            case .article(let index):
                let article = document.articles[index]
                guard !article.graph.stances.isEmpty else { continue }
                pictures[key] = try graphSVG(article.graph, title: article.title)
            case .diff(let old, let new):
                let step = document.stories.lazy.flatMap(\.steps).first { $0.old == old && $0.new == new }
                guard let step, !step.diff.isEmpty else { continue }
                let picture = DiffPicture(diff: step.diff, beforeTitle: Self.caption(document.articles[old]),
                                          afterTitle: Self.caption(document.articles[new]))
                let data = try diffRenderer.render(picture, options: DiffRenderOptions(engine: engine))
                pictures[key] = String(decoding: data, as: UTF8.self)
            }
        }
        return pictures
    }

    private func graphSVG(_ graph: StanceGraph, title: String) throws -> String {
        let rendering = try renderer.render(graph, options: RenderOptions(format: .svg, engine: engine, title: title))
        return String(decoding: rendering.data, as: UTF8.self)
    }

    /// A diff side's caption: the article's name and date.
    static func caption(_ article: ReportArticle) -> String {
        article.date.map { "\(article.name) (\($0))" } ?? article.name
    }
}
