package org.plenary.shared.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.shared.edit.DraftFixture.cybercrimeDraft;
import static org.plenary.shared.edit.DraftFixture.substitute;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.ReplaceText;

/** The tracked-changes rendering a person reads. */
class DiffHtmlTest {

    private final DraftDocument draft = cybercrimeDraft();

    private String render(DraftDocument after) {
        return DiffHtml.render(DocumentDiffer.diff(draft, after));
    }

    private DraftDocument amended(EditOperation... operations) {
        return DocumentEditor.apply(draft, List.of(operations));
    }

    @Test
    void aSubstitutedWordIsStruckAndTheNewOneUnderlinedInItsNumberedParagraph() {
        String html = render(amended(substitute(draft, "op4", "possible", "concrete")));

        assertThat(html).startsWith("<section class=\"diff\">").endsWith("</section>\n");
        assertThat(html).contains("<p class=\"paragraph changed\" data-id=\"op4\"><span class=\"number\">4.</span> "
                + "*Encourages* the Expert Group to develop <del>possible</del><ins>concrete</ins> conclusions");
        assertThat(html).contains("<p class=\"paragraph unchanged\" data-id=\"op5\"><span class=\"number\">5.</span> "
                + "*Invites*");
        assertThat(html).contains("<h3>Preambular paragraphs</h3>", "<h3>Operative paragraphs</h3>");
    }

    @Test
    void anAddedParagraphIsWhollyInsertedAndTheNextOneShowsItsFormerNumber() {
        String html = render(amended(new InsertParagraph(Section.OPERATIVE, "op2",
                "*Calls upon* Member States to strengthen cooperation;", "op7")));

        assertThat(html).contains("<p class=\"paragraph added\" data-id=\"op7\"><span class=\"number\"><ins>3.</ins>"
                + "</span> <ins>*Calls upon* Member States to strengthen cooperation;</ins></p>");
        assertThat(html).contains("data-id=\"op3\"><span class=\"number\">4.</span> "
                + "<span class=\"renumbered\">(formerly 3.)</span>");
    }

    @Test
    void aDeletedParagraphIsWhollyStruckWithItsItemsIndented() {
        String html = render(amended(new DeleteParagraph("op3")));

        assertThat(html).contains("<p class=\"paragraph deleted\" data-id=\"op3\"><span class=\"number\"><del>3.</del>"
                + "</span> <del>*Decides* that the Expert Group");
        assertThat(html).contains("<p class=\"item deleted\" data-id=\"op3.1\" style=\"margin-left:2em\">"
                + "<span class=\"label\"><del>-</del></span> <del>Chapter 3: Legislation and frameworks</del></p>");
    }

    @Test
    void nestedItemsShowTheirLabelsAtTheirDepth() {
        String html = render(draft);

        assertThat(html).contains("<p class=\"no-changes\">No changes.</p>");
        assertThat(html).contains("data-id=\"op2.3\" style=\"margin-left:2em\"><span class=\"label\">(c)</span>");
        assertThat(html).contains("data-id=\"op2.3.1\" style=\"margin-left:4em\"><span class=\"label\">(i)</span>");
        assertThat(html).contains("data-id=\"pp2\"><span class=\"number\">PP2</span> Welcoming");
    }

    @Test
    void aMovedParagraphSaysWhereItCameFrom() {
        List<Paragraph> operative = new ArrayList<>(draft.operative());
        operative.add(0, operative.remove(5));

        String html = render(draft.withSection(Section.OPERATIVE, operative));

        assertThat(html).contains("<p class=\"paragraph moved\" data-id=\"op6\"><span class=\"number\">1.</span> "
                + "<span class=\"moved\">[moved from 6.]</span> *Requests* the Expert Group");
    }

    @Test
    void textIsEscapedSoAParagraphCannotInjectMarkup() {
        String hostile = "<script>alert('x')</script> & \"quoted\"";
        DraftDocument after = amended(
                new InsertParagraph(Section.PREAMBLE, "pp3", "*Noting* " + hostile, "pp4"),
                new ReplaceText("op1", 0, 0, "<b>"),
                new DeleteParagraph("op6"));
        DraftDocument before = draft;

        String html = DiffHtml.render(DocumentDiffer.diff(before, after));

        assertThat(html).doesNotContain("<script>", "<b>", "'x'", "\"quoted\"");
        assertThat(html).contains("<ins>*Noting* &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; "
                + "&quot;quoted&quot;</ins>");
        assertThat(html).contains("<ins>&lt;b&gt;</ins>*Expresses*");
    }

    @Test
    void fieldChangesAreListedWithOldAndNewValuesEscaped() {
        DraftDocument rev2 = new DraftDocument(draft.header(), draft.kind(), "E/CN.15/2017/L.4/Rev.2",
                draft.sponsors(), null, null, "Cybercrime & <cooperation>", draft.subject(), draft.preamble(),
                draft.operative(), draft.footnotes(), draft.closing());

        String html = render(rev2);

        assertThat(html).contains("<dt>title</dt><dd><del>Strengthening international cooperation to combat "
                + "cybercrime</del> <ins>Cybercrime &amp; &lt;cooperation&gt;</ins></dd>");
        assertThat(html).contains("<dt>symbol</dt><dd><del>E/CN.15/2017/L.4/Rev.1</del> "
                + "<ins>E/CN.15/2017/L.4/Rev.2</ins></dd>");
        assertThat(html).doesNotContain("No changes.");
    }
}
