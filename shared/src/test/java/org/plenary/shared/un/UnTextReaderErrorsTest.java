package org.plenary.shared.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;

class UnTextReaderErrorsTest {

    private static final String FRONT = "A and B: draft resolution\n\nTitle\n\nThe General Assembly,\n\n";

    private static UnTextFormatException error(String text) {
        return catchThrowableOfType(() -> UnTextReader.read(text), UnTextFormatException.class);
    }

    @Test
    void rejectsEmptyText() {
        UnTextFormatException e = error(" \n\n");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).startsWith("line 1: the text is empty; expected a UN document");
    }

    @Test
    void rejectsOperativeParagraphsOutOfSequence() {
        UnTextFormatException e = error(FRONT + "1. *Decides* a;\n\n3. *Decides* b.\n");
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.getMessage()).isEqualTo("line 9: operative paragraph numbered \"3.\"; expected \"2.\" "
                + "(operative paragraphs are numbered 1., 2., … in order)");
    }

    @Test
    void rejectsAnItemBeforeAnyParagraph() {
        UnTextFormatException e = error(FRONT + "(a) Lost item;\n");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.getMessage()).contains("sub-item \"(a)\" before any paragraph");
    }

    @Test
    void rejectsUnnumberedTextBetweenOperativeParagraphs() {
        UnTextFormatException e = error(FRONT + "1. *Decides* a;\n\nStray text\n\n2. *Decides* b.\n");
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.getMessage()).startsWith("lines 9 and 11: unnumbered text in the operative part; "
                + "expected an operative paragraph numbered \"2.\"");
    }

    @Test
    void rejectsTwoNotesForOneFootnote() {
        UnTextFormatException e = error(FRONT + "1. *Decides* a.¹\n\n¹ One.\n\n¹ Again.\n");
        assertThat(e.getMessage()).startsWith("lines 9 and 11: two notes for footnote ¹");
        assertThat(e.line()).isEqualTo(9);
    }

    @Test
    void rejectsANoteThatIsNeverCalled() {
        UnTextFormatException e = error(FRONT + "1. *Decides* a.\n\n² Orphan note.\n");
        assertThat(e.line()).isEqualTo(9);
        assertThat(e.getMessage()).contains("footnote note ² is never called");
    }

    @Test
    void rejectsATextThatIsNoResolution() {
        UnTextFormatException e = error("General Assembly\n\nlorem ipsum dolor\nsit amet\n\nconsectetur adipiscing\n");
        assertThat(e.getMessage()).startsWith("line 6: not a resolution: expected the subject formula "
                + "(\"The General Assembly,\") or an operative paragraph numbered \"1.\" here");
        assertThat(error("lorem ipsum").line()).isEqualTo(1);
        assertThat(error("A and B: draft resolution\n\nTitle\n\n*Recalling* x,\n").getMessage())
                .contains("not a resolution");
    }

    @Test
    void rejectsBinaryInput() {
        UnTextFormatException e = error("PK\u0003\u0004\u0014\u0000\u0006\u0000 word/document.xml");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).isEqualTo("line 1: character U+0003 is not text; expected a UN document as plain "
                + "text (is this a binary file?)");
        assertThat(error(FRONT + "1. *Decides* \uFFFD.\n").line()).isEqualTo(7);
    }

    @Test
    void rejectsTextBetweenTitleAndSubject() {
        UnTextFormatException e = error("A: draft resolution\n\nTitle\n\nStray\n\nThe General Assembly,\n\n1. *Decides*.\n");
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.getMessage()).contains("expected the subject formula");
    }

    @Test
    void accountingNoticesADroppedParagraph() {
        String input = FRONT + "*Recalling* x,\n\n1. *Decides* a.\n";
        DraftDocument read = UnTextReader.read(input);
        DraftDocument dropped = read.withSection(org.plenary.shared.document.Section.PREAMBLE,
                java.util.List.<Paragraph>of());
        assertThatThrownBy(() -> TextAccounting.assertAccountedFor(input, dropped)).isInstanceOf(AssertionError.class);
        TextAccounting.assertAccountedFor(input, read);
    }
}
