/// The report's style sheet, inlined in its `<head>` so the HTML file needs
/// nothing else.
///
/// Why these rules: the graph pictures are drawn on white and their colours
/// (Okabe-Ito blue and vermillion) are chosen for a light ground, so in dark
/// mode they sit on a light card while the page around them turns dark; in
/// print nothing has a dark background, each article starts a page, and
/// pictures shrink to the page width. Colours of the legend and the kind
/// labels match the pictures'.
enum HTMLReportStyle {
    static let css = """
    :root {
      color-scheme: light dark;
      --text: #1d1d1f; --muted: #5f6368; --background: #ffffff; --panel: #f6f7f9; --border: #d9dce1;
      --link: #0b5cad; --card: #ffffff;
      --cooperative: #0072b2; --neutral: #6e6e6e; --conflictual: #d55e00;
      --added: #007a59; --removed: #b84f00; --changed: #9a6500; --unchanged: #707070;
      --mark-actor: #dbeafe; --mark-actor-text: #0b3a6e; --mark-trigger: #ffe8b3; --mark-trigger-text: #5c3b00;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --text: #e8e8ea; --muted: #a8abb2; --background: #15171a; --panel: #1f2226; --border: #3a3e44;
        --link: #8cc4ff; --card: #ffffff;
        --cooperative: #56b4e9; --neutral: #b0b0b0; --conflictual: #ff8a4c;
        --added: #3fd1a4; --removed: #ff9b5e; --changed: #f0c050; --unchanged: #9a9a9a;
        --mark-actor: #1e3a5f; --mark-actor-text: #d6e8ff; --mark-trigger: #5a4310; --mark-trigger-text: #ffe7b0;
      }
    }
    * { box-sizing: border-box; }
    html { background: var(--background); color: var(--text); }
    body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; max-width: 72rem;
           margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
    h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .4rem; }
    h2 { font-size: 1.45rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid var(--border); }
    h3 { font-size: 1.2rem; margin: 1.6rem 0 .3rem; }
    a { color: var(--link); }
    .meta { color: var(--muted); margin: 0 0 .8rem; font-size: .95rem; overflow-wrap: anywhere; }
    nav.toc { background: var(--panel); border: 1px solid var(--border); border-radius: 8px; padding: .6rem 1.2rem; margin: 1rem 0; }
    nav.toc h2 { border: 0; margin: .2rem 0; font-size: 1.1rem; }
    nav.toc ol { margin: .2rem 0; padding-left: 1.3rem; }
    nav.toc li { margin: .1rem 0; }
    figure.picture { margin: .8rem 0 1rem; padding: .6rem; background: var(--card); border: 1px solid var(--border);
                     border-radius: 8px; overflow-x: auto; color: #1d1d1f; }
    figure.picture svg { display: block; margin: 0 auto; max-width: 100%; height: auto; }
    figure.picture figcaption { color: #5f6368; font-size: .85rem; text-align: center; margin-top: .3rem; }
    table.stances { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .95rem; }
    table.stances th, table.stances td { border-bottom: 1px solid var(--border); padding: .45rem .5rem; vertical-align: top; text-align: left; }
    table.stances th { background: var(--panel); font-weight: 600; }
    table.stances td.count { text-align: right; white-space: nowrap; }
    td.stance { white-space: nowrap; }
    .kind { font-weight: 600; }
    .kind.cooperative { color: var(--cooperative); }
    .kind.neutral { color: var(--neutral); }
    .kind.conflictual { color: var(--conflictual); }
    blockquote.quote { margin: 0 0 .35rem; padding: 0 0 0 .6rem; border-left: 3px solid var(--border); }
    .rule { color: var(--muted); font-size: .8rem; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
    mark { border-radius: 3px; padding: 0 .12em; }
    mark.actor { background: var(--mark-actor); color: var(--mark-actor-text); font-weight: 600; }
    mark.trigger { background: var(--mark-trigger); color: var(--mark-trigger-text); text-decoration: underline; text-underline-offset: 2px; }
    .more-toggle { position: absolute; width: 1px; height: 1px; margin: 0; opacity: 0; overflow: hidden; }
    label.more { display: inline-block; cursor: pointer; color: var(--muted); font-size: .9rem; margin: .1rem 0 .35rem; }
    label.more::before { content: "▸ "; }
    .more-toggle:checked + label.more::before { content: "▾ "; }
    .more-toggle:focus-visible + label.more { outline: 2px solid var(--link); outline-offset: 2px; }
    @media screen { .more-toggle:not(:checked) ~ .more-quotes { display: none; } }
    section.diff { border-left: 4px solid var(--changed); padding-left: 1rem; margin: 1.5rem 0; }
    ul.changes { padding-left: 1.2rem; }
    ul.changes li { margin: .15rem 0; }
    .added { color: var(--added); } .removed { color: var(--removed); } .changed { color: var(--changed); } .unchanged { color: var(--unchanged); }
    .legend-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: .6rem 1.5rem; }
    .legend-grid h3 { margin: .4rem 0 .2rem; font-size: 1rem; }
    .legend-grid ul { list-style: none; padding: 0; margin: 0; }
    .glyph { display: inline-block; min-width: 3.2rem; font-family: "DejaVu Sans", sans-serif; }
    .empty { color: var(--muted); font-style: italic; }
    footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
    @media print {
      :root { --text: #000; --muted: #444; --background: #fff; --panel: #f3f3f3; --border: #bbb; --card: #fff; --link: #000; }
      html, body { background: #fff !important; color: #000; }
      body { max-width: none; padding: 0; font-size: 11pt; }
      section.story, article.article { break-before: page; }
      section.story > article.article:first-of-type { break-before: auto; }
      h2, h3 { break-after: avoid; }
      section.diff, figure.picture, tr, blockquote, .legend-grid > div, nav.toc { break-inside: avoid; }
      figure.picture { border: 0; padding: 0; }
      figure.picture svg { max-width: 100% !important; max-height: 60vh; }
      .more-toggle, label.more { display: none; }
      mark.actor { background: #dbeafe !important; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      mark.trigger { background: #ffe8b3 !important; color: #000; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }
    """
}
