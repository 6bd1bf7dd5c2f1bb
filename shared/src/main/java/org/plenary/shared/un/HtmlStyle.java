package org.plenary.shared.un;

/** The stylesheet of {@link HtmlWriter}: UN-like typography on screen, clean A4 pages in print. */
final class HtmlStyle {

    static final String CSS = """
            :root { color-scheme: light; }
            body { margin: 0; background: #fff; color: #111; font: 16px/1.5 "Times New Roman", Times, serif; }
            main { max-width: 44rem; margin: 0 auto; padding: 2rem 1.25rem; }
            .doc-header p { margin: 0.15rem 0; }
            .doc-header .organ { font-size: 1.4rem; font-weight: bold; }
            .doc-header .sponsors { margin-top: 1.25rem; }
            .doc-header .agenda-title { font-weight: bold; }
            h1 { font-size: 1.3rem; margin: 1.5rem 0 1rem; }
            .subject { margin: 1rem 0 0.75rem 2.5rem; }
            .pp > p { text-indent: 2.5rem; margin: 0 0 0.75rem; }
            .op-list { list-style: none; padding: 0; margin: 0; }
            .op { margin: 0 0 0.75rem; text-indent: 2.5rem; }
            .op > p { display: inline; }
            .num { display: inline-block; min-width: 1.5rem; }
            .items { margin: 0.4rem 0 0.75rem; padding-left: 3.5rem; text-indent: 0; }
            ol.items { list-style: none; }
            .items .label { display: inline-block; min-width: 2.25rem; margin-left: -2.5rem; }
            .closing { margin-top: 1.5rem; text-align: right; }
            .closing p { margin: 0; }
            .footnotes { margin-top: 2rem; border-top: 1px solid #999; font-size: 0.85rem; }
            .footnotes h2 { font-size: 0.9rem; margin: 0.5rem 0; }
            .footnotes ol { padding-left: 1.5rem; }
            .footnotes li::marker { content: counter(list-item) "\\00a0\\00a0"; }
            a { color: #0b4f9c; }
            a:focus { outline: 2px solid #0b4f9c; outline-offset: 2px; }
            sup { line-height: 0; }
            @media print {
              @page { size: A4; margin: 2.5cm 2cm; }
              body { font-size: 11pt; }
              main { max-width: none; padding: 0; }
              a { color: inherit; text-decoration: none; }
              .footnotes { break-inside: avoid-page; }
              .op, .pp, .items li { break-inside: avoid; }
              h1 { break-after: avoid; }
              [role="doc-backlink"] { display: none; }
            }
            """;

    private HtmlStyle() {
    }
}
