package org.plenary.shared.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.plenary.shared.edit.DraftFixture.cybercrimeDraft;
import static org.plenary.shared.edit.DraftFixture.ids;
import static org.plenary.shared.edit.DraftFixture.substitute;
import static org.plenary.shared.history.WordChange.delete;
import static org.plenary.shared.history.WordChange.equal;
import static org.plenary.shared.history.WordChange.insert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.DraftFixture;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.history.ParagraphDiff.Status;

/** Differences between versions of the cybercrime draft after amendments worded as in UN practice. */
class DocumentDifferTest {

    private final DraftDocument draft = cybercrimeDraft();

    private DraftDocument amended(EditOperation... operations) {
        return DocumentEditor.apply(draft, List.of(operations));
    }

    @Test
    void aDraftComparedWithItselfHasNoChangesButListsEveryParagraphAndItem() {
        DocumentDiff diff = DocumentDiffer.diff(draft, draft);

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.changed()).isEmpty();
        assertThat(diff.paragraphs()).extracting(ParagraphDiff::id).containsExactlyElementsOf(ids(draft));
        assertThat(diff.paragraphs()).allMatch(p -> p.status() == Status.UNCHANGED);
    }

    @Test
    void replacingPossibleByConcreteChangesOnlyParagraphFourWordByWord() {
        DocumentDiff diff = DocumentDiffer.diff(draft, amended(substitute(draft, "op4", "possible", "concrete")));

        assertThat(diff.changed()).extracting(ParagraphDiff::id).containsExactly("op4");
        ParagraphDiff op4 = diff.paragraph("op4");
        assertThat(op4.status()).isEqualTo(Status.CHANGED);
        assertThat(op4.section()).isEqualTo("operative");
        assertThat(op4.fromNumber()).isEqualTo(4);
        assertThat(op4.toNumber()).isEqualTo(4);
        assertThat(op4.oldText()).isEqualTo(DraftFixture.OP4);
        assertThat(op4.newText()).contains("develop concrete conclusions");
        assertThat(op4.changes()).containsExactly(
                equal("*Encourages* the Expert Group to develop "), delete("possible"), insert("concrete"),
                equal(" conclusions and recommendations for submission to the Commission;"));
        assertThat(diff.fields()).isEmpty();
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void aParagraphInsertedAfterParagraphTwoRenumbersTheRestWithoutMovingThem() {
        // "After paragraph 2, insert the following paragraph: Calls upon …"
        DraftDocument after = amended(new InsertParagraph(Section.OPERATIVE, "op2",
                "*Calls upon* Member States to strengthen cooperation;", "op7"));

        DocumentDiff diff = DocumentDiffer.diff(draft, after);

        assertThat(diff.changed()).extracting(ParagraphDiff::id, ParagraphDiff::status)
                .containsExactly(tuple("op7", Status.ADDED));
        assertThat(diff.paragraph("op7")).extracting(ParagraphDiff::fromNumber, ParagraphDiff::toNumber,
                ParagraphDiff::oldText).containsExactly(null, 3, null);
        assertThat(diff.paragraph("op7").changes())
                .containsExactly(insert("*Calls upon* Member States to strengthen cooperation;"));
        ParagraphDiff op3 = diff.paragraph("op3");
        assertThat(op3.status()).isEqualTo(Status.UNCHANGED);
        assertThat(op3.fromNumber()).isEqualTo(3);
        assertThat(op3.toNumber()).isEqualTo(4);
        assertThat(diff.paragraphs()).extracting(ParagraphDiff::id).containsSubsequence("op2.3.2", "op7", "op3");
    }

    @Test
    void deletingParagraphThreeDeletesItsItemsAndKeepsThemInPlace() {
        // A/61/PV.79: "… delete operative paragraph 13 … renumber all subsequent paragraphs."
        DocumentDiff diff = DocumentDiffer.diff(draft, amended(new DeleteParagraph("op3")));

        assertThat(diff.changed()).extracting(ParagraphDiff::id, ParagraphDiff::section, ParagraphDiff::status,
                        ParagraphDiff::parentId, ParagraphDiff::label)
                .containsExactly(
                        tuple("op3", "operative", Status.DELETED, null, null),
                        tuple("op3.1", "item", Status.DELETED, "op3", "-"),
                        tuple("op3.2", "item", Status.DELETED, "op3", "-"));
        assertThat(diff.paragraph("op3").changes()).containsExactly(delete(DraftFixture.OP3));
        assertThat(diff.paragraph("op3").newText()).isNull();
        assertThat(diff.paragraph("op4")).extracting(ParagraphDiff::status, ParagraphDiff::fromNumber,
                ParagraphDiff::toNumber).containsExactly(Status.UNCHANGED, 4, 3);
        assertThat(diff.paragraphs()).extracting(ParagraphDiff::id)
                .containsSubsequence("op2.3.2", "op3", "op3.1", "op3.2", "op4");
    }

    @Test
    void deletingSubParagraph2cNamesItsParentAndPosition() {
        // A/789: "Delete paragraph 2(c)."
        DocumentDiff diff = DocumentDiffer.diff(draft, amended(new DeleteParagraph("op2.3")));

        assertThat(diff.changed()).extracting(ParagraphDiff::id).containsExactly("op2.3", "op2.3.1", "op2.3.2");
        assertThat(diff.paragraph("op2.3")).extracting(ParagraphDiff::parentId, ParagraphDiff::label,
                ParagraphDiff::fromNumber, ParagraphDiff::toNumber).containsExactly("op2", "(c)", 3, null);
        assertThat(diff.paragraph("op2.3.1").parentId()).isEqualTo("op2.3");
    }

    @Test
    void swappingTwoParagraphsByDeleteAndInsertIsAnAddedAndADeletedParagraphBecauseIdsDiffer() {
        // Moving op5 before op4 with an amendment: delete op5, insert its text after op3 under a new id.
        DraftDocument after = amended(new DeleteParagraph("op5"),
                new InsertParagraph(Section.OPERATIVE, "op3", DraftFixture.OP5, "op7"));

        DocumentDiff diff = DocumentDiffer.diff(draft, after);

        assertThat(diff.changed()).extracting(ParagraphDiff::id, ParagraphDiff::status)
                .containsExactly(tuple("op7", Status.ADDED), tuple("op5", Status.DELETED));
        assertThat(diff.paragraph("op4")).extracting(ParagraphDiff::status, ParagraphDiff::toNumber)
                .containsExactly(Status.UNCHANGED, 5);
    }

    @Test
    void aParagraphThatKeepsItsIdButChangesPlaceIsMovedAndOnlyIt() {
        // Rev.2 moves operative paragraph 6 to the front; the others keep their order.
        List<Paragraph> operative = new ArrayList<>(draft.operative());
        operative.add(0, operative.remove(5));
        DocumentDiff diff = DocumentDiffer.diff(draft, draft.withSection(Section.OPERATIVE, operative));

        assertThat(diff.changed()).extracting(ParagraphDiff::id, ParagraphDiff::status,
                ParagraphDiff::fromNumber, ParagraphDiff::toNumber).containsExactly(tuple("op6", Status.MOVED, 6, 1));
        assertThat(diff.paragraph("op1")).extracting(ParagraphDiff::status, ParagraphDiff::toNumber)
                .containsExactly(Status.UNCHANGED, 2);
    }

    @Test
    void reversingParagraphsMovesAllButOne() {
        List<Paragraph> preamble = new ArrayList<>(draft.preamble());
        java.util.Collections.reverse(preamble);
        DocumentDiff diff = DocumentDiffer.diff(draft, draft.withSection(Section.PREAMBLE, preamble));

        assertThat(diff.changed()).hasSize(2).allMatch(p -> p.status() == Status.MOVED);
        assertThat(diff.paragraphs()).extracting(ParagraphDiff::id).startsWith("pp3", "pp2", "pp1");
    }

    @Test
    void aMovedParagraphWithNewWordsIsMovedAndChanged() {
        List<Paragraph> operative = new ArrayList<>(draft.operative());
        Paragraph op6 = operative.remove(5);
        operative.add(0, op6.withText(op6.text().replace("next session", "seventy-seventh session")));
        DocumentDiff diff = DocumentDiffer.diff(draft, draft.withSection(Section.OPERATIVE, operative));

        ParagraphDiff moved = diff.paragraph("op6");
        assertThat(moved.status()).isEqualTo(Status.MOVED_AND_CHANGED);
        assertThat(moved.changes()).contains(delete("next"), insert("seventy-seventh"));
    }

    @Test
    void anItemMovedToAnotherParagraphIsMoved() {
        Paragraph op2 = draft.operative().get(1);
        Paragraph op3 = draft.operative().get(2);
        List<Paragraph> operative = new ArrayList<>(draft.operative());
        operative.set(1, op2.withItems(op2.items().subList(0, 2)));
        List<org.plenary.shared.document.Item> items = new ArrayList<>(op3.items());
        items.add(op2.items().get(2));
        operative.set(2, op3.withItems(items));

        DocumentDiff diff = DocumentDiffer.diff(draft, draft.withSection(Section.OPERATIVE, operative));

        assertThat(diff.changed()).extracting(ParagraphDiff::id, ParagraphDiff::status, ParagraphDiff::parentId)
                .containsExactly(tuple("op2.3", Status.MOVED, "op3"));
        assertThat(diff.paragraphs()).extracting(ParagraphDiff::id).hasSize(ids(draft).size())
                .containsSubsequence("op3", "op3.1", "op3.2", "op2.3", "op2.3.1", "op2.3.2", "op4");
    }

    @Test
    void theSymbolAndSponsorsOfARevisionAreFieldChanges() {
        DraftDocument rev2 = new DraftDocument(draft.header(), draft.kind(), "E/CN.15/2017/L.4/Rev.2",
                List.of("Belarus", "Brazil", "China", "Ghana"), null, null, draft.title(), draft.subject(),
                draft.preamble(), draft.operative(), draft.footnotes(), draft.closing());

        DocumentDiff diff = DocumentDiffer.diff(draft, rev2);

        assertThat(diff.fields()).containsExactly(
                new DocumentDiff.FieldChange("symbol", "E/CN.15/2017/L.4/Rev.1", "E/CN.15/2017/L.4/Rev.2"),
                new DocumentDiff.FieldChange("sponsors", "Belarus, Brazil, China", "Belarus, Brazil, China, Ghana"));
        assertThat(diff.changed()).isEmpty();
        assertThat(diff.isEmpty()).isFalse();
    }

    @Test
    void everyIdOfEitherVersionAppearsExactlyOnce() {
        DraftDocument after = amended(new DeleteParagraph("op2.3"), new DeleteParagraph("pp1"),
                new InsertParagraph(Section.PREAMBLE, null, "*Recalling* its resolution 26/4,", "pp4"),
                substitute(draft, "op2.1", "criminal", "illicit"));

        DocumentDiff diff = DocumentDiffer.diff(draft, after);

        List<String> listed = diff.paragraphs().stream().map(ParagraphDiff::id).toList();
        HashSet<String> expected = new HashSet<>(ids(draft));
        expected.addAll(ids(after));
        assertThat(listed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(listed).as("a deletion comes before an insertion at the same place").startsWith("pp1", "pp4", "pp2");
    }
}
