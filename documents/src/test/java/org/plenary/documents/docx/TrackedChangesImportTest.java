package org.plenary.documents.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.documents.UnreadableDocumentException;
import org.plenary.documents.docx.TrackedChangesImport.AuthorChanges;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.ReplaceText;
import org.plenary.shared.un.UnTextReader;

class TrackedChangesImportTest {

    private static final DraftDocument DRAFT = UnTextReader.read("""
            France and Ghana: draft resolution

            Oceans and the law of the sea

            The General Assembly,

            *Recalling* its resolution 77/248,

            *Noting* the report of the Secretary-General,

            1. *Requests* the Secretary-General to report;

            2. *Decides* to remain seized of the matter.
            """);

    /** The draft as a delegate has it in Word, and changes by two delegates the way Word records them. */
    private static WordLikeDocument base() {
        return new WordLikeDocument()
                .paragraph().text("France and Ghana: draft resolution")
                .paragraph().text("Oceans and the law of the sea")
                .paragraph().text("The General Assembly,");
    }

    private static byte[] edited() {
        return base()
                .paragraph().italic("Recalling").text(" its resolution ").deleted("Jane Doe", "77/248")
                .inserted("Jane Doe", "78/69").text(",")
                .paragraph().mark("Ahmed Ali", false).deleted("Ahmed Ali", "Noting", true)
                .deleted("Ahmed Ali", " the report of the Secretary-General,")
                .numbered().italic("Requests").text(" the Secretary-General to report")
                .inserted("Jane Doe", " annually").text(";")
                .numbered().mark("Ahmed Ali", true).inserted("Ahmed Ali", "Urges all States to act;")
                .numbered().italic("Decides").text(" to remain seized of the matter.")
                .bytes();
    }

    @Test
    void eachAuthorsChangesBecomeOneAmendmentOnTheCurrentText() {
        List<AuthorChanges> amendments = TrackedChangesImport.amendments(edited(), DRAFT);

        assertThat(amendments).extracting(AuthorChanges::author).containsExactly("Jane Doe", "Ahmed Ali");
        assertThat(amendments.get(0).operations()).containsExactly(
                new ReplaceText("pp1", 27, 29, "78"), new ReplaceText("pp1", 30, 33, "69"),
                new ReplaceText("op1", 42, 42, " annually"));
        assertThat(amendments.get(1).operations()).containsExactly(
                new DeleteParagraph("pp2"),
                new InsertParagraph(Section.OPERATIVE, "op1", "Urges all States to act;", null));

        DraftDocument jane = DocumentEditor.apply(DRAFT, amendments.get(0).operations());
        assertThat(jane.preamble().get(0).text()).isEqualTo("*Recalling* its resolution 78/69,");
        assertThat(jane.operative().get(0).text()).isEqualTo("*Requests* the Secretary-General to report annually;");
        DraftDocument ahmed = DocumentEditor.apply(DRAFT, withIds(amendments.get(1).operations()));
        assertThat(ahmed.preamble()).hasSize(1);
        assertThat(ahmed.operative()).extracting(Paragraph::text).containsExactly(
                "*Requests* the Secretary-General to report;", "Urges all States to act;",
                "*Decides* to remain seized of the matter.");
    }

    @Test
    void refusesChangesOutsideTheParagraphsWithWhatAndWhere() {
        byte[] titleChanged = new WordLikeDocument()
                .paragraph().text("France and Ghana: draft resolution")
                .paragraph().text("Oceans and the law of the ").deleted("Jane Doe", "sea").inserted("Jane Doe", "seas")
                .paragraph().text("The General Assembly,")
                .paragraph().italic("Recalling").text(" its resolution 77/248,")
                .paragraph().italic("Noting").text(" the report of the Secretary-General,")
                .numbered().italic("Requests").text(" the Secretary-General to report;")
                .numbered().italic("Decides").text(" to remain seized of the matter.")
                .bytes();
        UnmappableChangesException e = catchThrowableOfType(
                () -> TrackedChangesImport.amendments(titleChanged, DRAFT), UnmappableChangesException.class);
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).startsWith("Word paragraph 2 (Jane Doe) changes "
                + "\"Oceans and the law of the sea\", which is no paragraph of the draft"));
    }

    @Test
    void refusesADocumentWhoseTextIsNotTheDraftsCurrentText() {
        DraftDocument moved = DocumentEditor.apply(DRAFT, List.of(new ReplaceText("op2", 0, 9, "*Resolves*")));
        UnmappableChangesException e = catchThrowableOfType(
                () -> TrackedChangesImport.amendments(edited(), moved), UnmappableChangesException.class);
        assertThat(e.getMessage()).contains("not the draft's current text: the draft's operative paragraph 2 reads "
                + "\"*Resolves* to remain seized of the matter.\"");
    }

    @Test
    void refusesADocumentWithoutTrackedChangesAndBytesThatAreNoWordFile() {
        byte[] clean = DocxWriter.write(DRAFT);
        assertThat(catchThrowableOfType(() -> TrackedChangesImport.amendments(clean, DRAFT),
                UnmappableChangesException.class).problems()).containsExactly("the Word document holds no tracked changes");
        assertThat(catchThrowableOfType(() -> TrackedChangesImport.amendments("hello".getBytes(), DRAFT),
                UnreadableDocumentException.class)).hasMessageContaining("not a Word document");
        byte[] truncated = java.util.Arrays.copyOf(clean, clean.length / 2);
        assertThat(catchThrowableOfType(() -> TrackedChangesImport.amendments(truncated, DRAFT),
                UnreadableDocumentException.class)).hasMessageContaining("cannot be read");
    }

    @Test
    void replacementsTurnTheOldTextIntoTheNewWordByWord() {
        String old = "*Requests* the Secretary-General to report on the matter;";
        String revised = "*Urges* the Secretary-General to report fully on that matter;";
        List<ReplaceText> ops = TrackedChangesImport.replacements("op1", old, revised);
        assertThat(ops).containsExactly(new ReplaceText("op1", 1, 9, "Urges"), new ReplaceText("op1", 42, 42, " fully"),
                new ReplaceText("op1", 46, 49, "that"));
        DraftDocument doc = DocumentEditor.apply(DRAFT.withSection(Section.OPERATIVE, List.of(new Paragraph("op1", old))),
                List.copyOf(ops));
        assertThat(doc.operative().get(0).text()).isEqualTo(revised);
    }

    private static List<EditOperation> withIds(List<EditOperation> operations) {
        return operations.stream().map(op -> op instanceof InsertParagraph i ? i.withParagraphId("op9") : op).toList();
    }
}
