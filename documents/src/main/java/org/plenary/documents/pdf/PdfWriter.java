package org.plenary.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.un.HtmlWriter;

/**
 * Writes a draft as an A4 PDF, laid out by openhtmltopdf from the page {@link HtmlWriter} makes, with a few
 * print rules and changes that make it read like a UN document: text justified, notes at the end after a rule with
 * their numbers raised, no "Notes" heading and no back links, bullets as characters. The PDF base fonts (Times) hold Latin-1 and the
 * typographic punctuation of Windows-1252; other characters print as "#".
 */
public final class PdfWriter {

    /** Added after HtmlWriter's own styles (they keep screen and print rules the browser uses). */
    static final String PRINT_CSS = """
            @page { size: A4; margin: 2.5cm 2cm; }
            body { font-family: serif; font-size: 11pt; }
            main { max-width: none; padding: 0; }
            a { color: inherit; text-decoration: none; }
            [role="doc-backlink"], .footnotes h2 { display: none; }
            .footnotes { font-size: 9pt; border-top: none; margin-top: 1.5em; }
            .footnotes::before { content: "__________"; display: block; }
            .footnotes p { margin: 0.2em 0; }
            .doc-header p, .closing p { margin: 0 0 0.6em; }
            sup { vertical-align: super; font-size: 70%; }
            .pp > p, .op, .items li { text-align: justify; }
            ul.items { list-style-type: none; }
            """;

    static {
        // The page's stylesheet is written for browsers; the renderer would log a warning for every rule it does not
        // implement, on every export.
        XRLog.setLoggingEnabled(false);
    }

    private PdfWriter() {
    }

    /**
     * Notes as the UN prints them (a raised number before each, no list) and bullets as characters: list markers
     * are drawn, not text, and would be lost to a reader of the PDF's text.
     */
    private static void printedAsUn(org.jsoup.nodes.Document html) {
        for (Element note : html.select("section.footnotes li")) {
            Element p = note.selectFirst("p");
            if (p != null) {
                p.prependText("\u00A0").prependElement("sup").text(note.attr("value"));
            }
        }
        html.select("section.footnotes ol").unwrap();
        html.select("section.footnotes li").unwrap();
        html.select("section.footnotes h2").remove();
        for (Element bullet : html.select("ul.items > li")) {
            bullet.prependText("\u2022\u00A0\u00A0");
        }
    }

    public static byte[] write(DraftDocument doc) {
        org.jsoup.nodes.Document html = Jsoup.parse(HtmlWriter.write(doc));
        html.head().appendElement("style").appendText(PRINT_CSS);
        printedAsUn(html);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useDefaultPageSize(210, 297, BaseRendererBuilder.PageSizeUnits.MM);
            builder.withW3cDocument(new W3CDom().fromJsoup(html), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a PDF could not be written in memory", e);
        }
    }
}
