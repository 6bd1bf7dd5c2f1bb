package org.plenary.shared.consultation;

import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.DraftFixture;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertItem;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.MoveParagraph;
import org.plenary.shared.edit.ReplaceFootnote;
import org.plenary.shared.edit.ReplaceParagraph;
import org.plenary.shared.edit.ReplaceText;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The compilation text of the sample draft in the middle of informal consultations, in text and HTML. */
class CompilationTest {

    private static final DraftDocument DRAFT = DraftFixture.cybercrimeDraft();
    private static final Instant AT = Instant.parse("2017-05-24T15:30:00Z");
    private static final String OP4 = DraftFixture.OP4;

    private static ReplaceText words(String id, String text, String find, String by) {
        int start = text.indexOf(find);
        return new ReplaceText(id, start, start + find.length(), by);
    }

    private static CompilationInput.Pending pending(String id, String by, long base, EditOperation... ops) {
        return new CompilationInput.Pending(id, by, base, List.of(ops));
    }

    private static CompilationInput input(List<CompilationInput.Pending> pending, Map<String, Long> lastChanged) {
        int possible = OP4.indexOf("possible conclusions");
        return new CompilationInput(DRAFT, 12, AT, List.of("pp1", "pp2", "pp3"),
                List.of("op1", "op2", "op3", "op4", "op5", "op6"),
                Map.of("pp1", ParagraphStatus.AGREED, "op1", ParagraphStatus.AGREED_AD_REF),
                List.of(new CompilationInput.OpenBracket(new Bracket("B1", "op4", possible, possible + 20), "Egypt")),
                List.of(new CompilationInput.Alternative("op5", 2, "*Urges* Member States to provide technical assistance;", "African Group"),
                        new CompilationInput.Alternative("op5", 1, "*Invites* donors to provide technical assistance;", "Brazil")),
                pending, lastChanged);
    }

    private static final List<CompilationInput.Pending> PENDING = List.of(
            pending("A1", "France", 3, words("op4", OP4, "possible", "concrete")),
            pending("A2", "European Union", 4, new InsertParagraph(Section.OPERATIVE, "op2", "*Notes* the progress made;", "op7"),
                    new InsertParagraph(Section.OPERATIVE, "op2", "*Welcomes* the report;", "op8")),
            pending("A3", "China", 5, new DeleteParagraph("op6")),
            pending("A4", "Russian Federation", 5, words("op4", OP4, "for submission", ""),
                    new ReplaceText("op4", 0, 0, "Also ")),
            pending("A5", "United States", 6, new MoveParagraph("op5", "op1"), new ReplaceFootnote("1", "Resolution 1/2.")),
            pending("A6", "Japan", 6, new InsertItem("op2", "op2.1", "emerging forms of cybercrime;", "op2.4")),
            pending("A7", "India", 2, words("op1", DraftFixture.OP1, "grave", "serious")),
            pending("A8", "Mexico", 7, new ReplaceParagraph("op9", "*Decides* nothing.")));

    @Test
    void printsTheTextWithEveryProposalTaggedBracketsStatusesAndAlternatives() {
        String text = CompilationText.write(CompilationBuilder.build(input(PENDING, Map.of("op1", 5L))));

        assertThat(text).contains("Compilation text, version 12 (24 May 2017, 15:30 UTC)");
        assertThat(text).contains("\n\nPP1 (agreed) Recalling General Assembly resolution [65/230](#) of 21 December 2010,\n");
        assertThat(text).contains("\n\n1. (agreed ad ref) *Expresses* its grave concern");
        assertThat(text).contains("\n\n2 bis. [European Union: add] *Notes* the progress made;\n\n"
                + "2 ter. [European Union: add] *Welcomes* the report;\n\n3. *Decides*");
        assertThat(text).contains("\n\n4. [Russian Federation: add “Also ”] *Encourages* the Expert Group to develop "
                + "[possible [France: replace “possible” with “concrete”] conclusions] and recommendations "
                + "for submission [Russian Federation: delete “for submission”] to the Commission;\n\n");
        assertThat(text).contains("\n\n5. *Invites* Member States and other donors to work through the United Nations "
                + "Office on Drugs and Crime in providing technical assistance; [United States: move after paragraph 1]"
                + "\n\nAlt 1 [Brazil]: *Invites* donors to provide technical assistance;"
                + "\n\nAlt 2 [African Group]: *Urges* Member States to provide technical assistance;\n\n");
        assertThat(text).contains("on progress in its work. [China: delete]\n\n");
        assertThat(text).contains("\n    (a) new developments in the use of information technologies for criminal purposes;"
                + "\n    (a bis) [Japan: add] emerging forms of cybercrime;\n    (b) ");
        assertThat(text).contains("Proposals not shown in the text:\n\n"
                + "A7 [India]: the words it changes in operative paragraph 1 were changed after it was proposed\n\n"
                + "A8 [Mexico]: it no longer applies to the text: ");
        assertThat(text).contains("\n__________\n\n¹ ").contains(" [United States: replace with “Resolution 1/2.”]");
    }

    @Test
    void htmlEscapesEverythingAndMarksEachProposalWithItsAmendment() {
        List<CompilationInput.Pending> hostile = List.of(pending("A9", "<script>", 3,
                words("op4", OP4, "possible", "<img src=x onerror=alert(1)>")));
        String html = CompilationHtml.write(CompilationBuilder.build(input(hostile, Map.of())));

        assertThat(html).doesNotContain("<script>").doesNotContain("<img");
        assertThat(html).contains("<span class=\"proposal\" data-amendment=\"A9\">[&lt;script&gt;: replace “possible” with "
                + "“&lt;img src=x onerror=alert(1)&gt;”]</span>");
        assertThat(html).contains("<div class=\"block\" id=\"pp1\" data-status=\"agreed\"><span class=\"status\">agreed</span>"
                + "<span class=\"num\">PP1</span>");
        assertThat(html).contains("<span class=\"bracket\" data-bracket=\"B1\" title=\"Brackets requested by Egypt\">[</span>possible");
        assertThat(html).contains("<p class=\"alternative\" data-alternative=\"2\"><span class=\"alt\">Alt 2 [African Group]:</span> "
                + "<em>Urges</em> Member States");
        assertThat(html).contains("<a class=\"ref\" href=\"https://digitallibrary.un.org/search?p=65%2F230\">65/230</a>");
    }

    @Test
    void overlappingProposalsAreAllShown() {
        List<CompilationInput.Pending> overlapping = List.of(
                pending("A1", "France", 3, words("op4", OP4, "possible", "concrete")),
                pending("A2", "China", 3, words("op4", OP4, "possible conclusions", "conclusions")));
        String text = CompilationText.write(CompilationBuilder.build(input(overlapping, Map.of())));

        assertThat(text).contains("[possible [France: replace “possible” with “concrete”] conclusions [China: replace "
                + "“possible conclusions” with “conclusions”]] and recommendations");
    }

    @Test
    void aMarkerInsideAReferenceIsMovedOutOfIt() {
        String pp1 = DraftFixture.PP1;
        int inside = pp1.indexOf("230");
        List<CompilationInput.Pending> pending = List.of(pending("A1", "France", 1,
                new ReplaceText("pp1", inside, inside + 3, "231")));
        String text = CompilationText.write(CompilationBuilder.build(input(pending, Map.of())));

        assertThat(text).contains("resolution [65/230](#) [France: replace “230” with “231”] of 21 December");
    }
}
