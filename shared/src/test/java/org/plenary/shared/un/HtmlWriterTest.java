package org.plenary.shared.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Header;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.xml.sax.InputSource;

class HtmlWriterTest {

    private final DraftDocument sample = UnTextReader.read(Resources.un(Resources.SAMPLE));

    @Test
    void writesACompletePageInEnglishWithOneHeadingAndAPrintStylesheet() {
        String page = HtmlWriter.write(sample);
        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        assertThat(page).contains("<meta charset=\"utf-8\">", "@media print", "@page",
                "<title>Strengthening international cooperation to combat cybercrime</title>");
        assertThat(count(page, "<h1")).isEqualTo(1);
        assertThat(page).contains(HtmlWriter.fragment(sample));
        assertThat(page).endsWith("</html>\n");
    }

    @Test
    void fragmentIsOnlyTheArticleAndWellFormed() throws Exception {
        String fragment = HtmlWriter.fragment(sample);
        assertThat(fragment).startsWith("<article class=\"un-document\"").endsWith("</article>\n");
        assertWellFormed(fragment);
    }

    @Test
    void setsOperativeVerbsAndPreambularOpeningsInItalics() {
        String html = HtmlWriter.fragment(sample);
        assertThat(html).contains("<p><em>Recalling also</em> General Assembly resolution",
                "<p><em>Expressing appreciation</em> for the work", "<p><em>Requests</em> the open-ended");
    }

    @Test
    void writesOperativeParagraphsAsANumberedListWithTheirNumbers() {
        String html = HtmlWriter.fragment(sample);
        assertThat(html).contains("<ol class=\"op-list\">");
        assertThat(count(html, "<li class=\"op\"")).isEqualTo(7);
        assertThat(html).contains("<li class=\"op\" id=\"op7\" value=\"7\"><span class=\"num\" aria-hidden=\"true\">7."
                + "</span> <p><em>Requests</em> the Expert Group");
    }

    @Test
    void writesTheChapterListAsABulletedListInsideParagraphTwo() {
        String html = HtmlWriter.fragment(sample);
        assertThat(html).contains("<ul class=\"items\">\n<li id=\"op2.1\">Chapter 3: Legislation and frameworks\n</li>");
    }

    @Test
    void writesLabelledNestedItems() {
        String html = HtmlWriter.fragment(UnTextReader.read(Resources.un(UnTextReaderVariationsTest.ADOPTED)));
        assertThat(html).contains("<li id=\"pp2.3\"><span class=\"label\">(c)</span> Cybercrime, in particular:\n"
                + "<ol class=\"items\">\n<li id=\"pp2.3.1\"><span class=\"label\">(i)</span> Offences");
        assertThat(html).contains("<footer class=\"closing\">\n<p>53rd plenary meeting</p>");
    }

    @Test
    void linksFootnoteCallsToNotesAndBack() {
        String html = HtmlWriter.fragment(sample);
        assertThat(html).contains("Changing World<sup class=\"note-call\"><a href=\"#fn1\" id=\"fnref1\" "
                + "role=\"doc-noteref\" aria-label=\"Footnote 1\">1</a></sup>");
        assertThat(html).contains("<section class=\"footnotes\" role=\"doc-endnotes\"");
        assertThat(html).contains("<li id=\"fn2\" value=\"2\"><p>General Assembly resolution <a class=\"ref\" "
                + "href=\"https://digitallibrary.un.org/search?p=70%2F174\">70/174</a>, annex. <a href=\"#fnref2\" "
                + "role=\"doc-backlink\"");
    }

    @Test
    void writesReferencesAsLinks() {
        assertThat(HtmlWriter.fragment(sample)).contains("resolution <a class=\"ref\" "
                + "href=\"https://digitallibrary.un.org/search?p=65%2F230\">65/230</a> of 21 December 2010");
    }

    @Test
    void escapesEverythingTakenFromTheDocument() throws Exception {
        String evil = "<script>alert(\"x\")</script> & 'quotes'";
        DraftDocument doc = new DraftDocument(new Header(evil, null, null, null, null, null, null, null, null),
                evil, null, List.of(evil), evil, null, evil, evil,
                List.of(new Paragraph("pp1", evil, List.of(new Item("pp1.1", "(a)", evil, List.of())))),
                List.of(new Paragraph("op1", "*Decides* " + evil + " [x\"><script>](javascript:alert(1))¹")),
                List.of(new Footnote("1", evil)), List.of(evil));
        String page = HtmlWriter.write(doc);
        assertThat(page).doesNotContain("<script", "javascript:", "'quotes'");
        assertThat(page).contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;");
        assertWellFormed(HtmlWriter.fragment(doc));
    }

    @ParameterizedTest
    @ValueSource(strings = {"JavaScript:alert(3)", "javascript:alert(3)", "JAVASCRIPT:alert(3)", "java\tscript:alert(3)",
            "data:text/html,x", "Data:text/html,x", "vbscript:msgbox(1)", "VBScript:msgbox(1)"})
    void writesOnlyHttpAndRelativeLinks(String href) {
        DraftDocument doc = new DraftDocument(null, null, null, null, null, null, null, null, null,
                List.of(new Paragraph("op1", "*Decides* to [click](" + href + ") or [read](HTTPS://undocs.org/x) [there](/A/1).")),
                null, null);
        String html = HtmlWriter.fragment(doc);
        assertThat(html).contains("<a class=\"ref\" href=\"#\">click</a>", "href=\"HTTPS://undocs.org/x\"", "href=\"/A/1\"");
        assertThat(html.toLowerCase()).doesNotContain("script:", "data:");
    }

    @Test
    void writesADocumentWithoutHeaderTitleOrFootnotes() throws Exception {
        DraftDocument doc = new DraftDocument(null, null, null, null, null, null, null, null, null,
                List.of(new Paragraph("op1", "*Decides* to act.")), null, null);
        String html = HtmlWriter.fragment(doc);
        assertThat(html).doesNotContain("<header", "<h1", "footnotes", "aria-labelledby");
        assertThat(HtmlWriter.write(doc)).contains("<title>Resolution</title>");
        assertWellFormed(html);
    }

    @ParameterizedTest
    @ValueSource(strings = {Resources.SAMPLE, UnTextReaderVariationsTest.ADOPTED, UnTextReaderVariationsTest.AFRICAN_GROUP,
            UnTextReaderVariationsTest.NO_TITLE, UnTextReaderVariationsTest.NO_HEADER, UnTextReaderVariationsTest.WRAPPED})
    void everyTestDocumentGivesAWellFormedFragmentWithUniqueIds(String name) throws Exception {
        String html = HtmlWriter.fragment(UnTextReader.read(Resources.un(name)));
        assertWellFormed(html);
        assertUniqueIds(html);
    }

    @Property(tries = 100)
    void generatedDocumentsGiveWellFormedFragmentsWithUniqueIds(
            @ForAll("documents") DraftDocument doc) throws Exception {
        String html = HtmlWriter.fragment(doc);
        assertWellFormed(html);
        assertUniqueIds(html);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<DraftDocument> documents() {
        return GeneratedDocuments.documents();
    }

    private static void assertUniqueIds(String html) {
        Matcher m = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        java.util.Set<String> ids = new java.util.HashSet<>();
        while (m.find()) {
            assertThat(ids.add(m.group(1))).as("id %s is unique", m.group(1)).isTrue();
        }
    }

    static void assertWellFormed(String xml) throws Exception {
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static int count(String s, String part) {
        return s.split(Pattern.quote(part), -1).length - 1;
    }
}
