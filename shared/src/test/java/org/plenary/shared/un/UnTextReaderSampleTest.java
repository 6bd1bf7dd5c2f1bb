package org.plenary.shared.un;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Header;
import org.plenary.shared.document.Paragraph;

/** What a correct reading of the reference sample finds (shared/samples/README.md). */
class UnTextReaderSampleTest {

    private final DraftDocument doc = UnTextReader.read(Resources.un(Resources.SAMPLE));

    @Test
    void readsEveryHeaderField() {
        assertThat(doc.header()).isEqualTo(new Header("Economic and Social Council", "Distr.: Limited", "23 May 2017",
                "English", "Commission on Crime Prevention and Criminal Justice", "Twenty-sixth session",
                "Vienna, 22-26 May 2017", "Agenda item 7",
                "World crime trends and emerging issues and responses in the field of crime prevention and criminal justice"));
    }

    @Test
    void readsTwelveSponsorsAndTheRevisedKind() {
        assertThat(doc.sponsors()).containsExactly("Belarus", "Brazil", "China", "Ecuador", "Finland", "Guatemala",
                "India", "Iran (Islamic Republic of)", "Netherlands", "Pakistan", "Russian Federation", "South Africa");
        assertThat(doc.kind()).isEqualTo("revised draft resolution");
        assertThat(doc.sponsorsNote()).isNull();
        assertThat(doc.adoption()).isNull();
        assertThat(doc.symbol()).isNull();
    }

    @Test
    void readsTitleAndSubject() {
        assertThat(doc.title()).isEqualTo("Strengthening international cooperation to combat cybercrime");
        assertThat(doc.subject()).isEqualTo("The Commission on Crime Prevention and Criminal Justice,");
    }

    @Test
    void readsSevenPreambularParagraphsWithTheirOpenings() {
        assertThat(doc.preamble()).extracting(Paragraph::id)
                .containsExactly("pp1", "pp2", "pp3", "pp4", "pp5", "pp6", "pp7");
        assertThat(doc.preamble()).extracting(p -> p.text().substring(0, p.text().indexOf(' ', 12)))
                .containsExactly("Recalling General", "Recalling also", "Recalling further", "Recalling its",
                        "Welcoming the", "Welcoming also", "Expressing appreciation");
        assertThat(doc.preamble().get(0).text()).startsWith("Recalling General Assembly resolution [65/230](#) of 21")
                .endsWith("legal or other responses to cybercrime,");
    }

    @Test
    void readsSevenOperativeParagraphsWithItalicVerbs() {
        assertThat(doc.operative()).extracting(Paragraph::id)
                .containsExactly("op1", "op2", "op3", "op4", "op5", "op6", "op7");
        assertThat(doc.operative()).extracting(p -> p.text().substring(0, p.text().indexOf('*', 1) + 1))
                .containsExactly("*Requests*", "*Decides*", "*Encourages*", "*Requests*", "*Invites*", "*Decides*",
                        "*Requests*");
        assertThat(doc.operative().get(6).text())
                .isEqualTo("*Requests* the Expert Group to report to the Commission at its next session on progress in its work.");
    }

    @Test
    void readsTheChapterListOfParagraphTwoAsSixBullets() {
        Paragraph op2 = doc.operative().get(1);
        assertThat(op2.text()).endsWith("the deliberations of the previous meetings of the Expert Group:");
        assertThat(op2.items()).hasSize(6);
        assertThat(op2.items().get(0).id()).isEqualTo("op2.1");
        assertThat(op2.items().get(0).label()).isEqualTo("-");
        assertThat(op2.items().get(0).text()).isEqualTo("Chapter 3: Legislation and frameworks");
        assertThat(op2.items().get(5).text()).isEqualTo("Chapter 8: Prevention");
    }

    @Test
    void attachesMidDocumentNotesToTheirCallsInParagraphOne() {
        assertThat(doc.footnotes()).containsExactly(
                new Footnote("1", "General Assembly resolution [65/230](#), annex."),
                new Footnote("2", "General Assembly resolution [70/174](#), annex."));
        assertThat(doc.operative().get(0).text()).contains("Changing World¹ and the Doha", "Public Participation,² and");
        assertThat(doc.operative().get(2).text()).startsWith("*Encourages*");
        assertThat(doc.closing()).isEmpty();
    }
}
