package org.plenary.shared.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.plenary.shared.edit.DraftFixture.cybercrimeDraft;
import static org.plenary.shared.edit.DraftFixture.deleteWords;
import static org.plenary.shared.edit.DraftFixture.ids;
import static org.plenary.shared.edit.DraftFixture.insertAfterWords;
import static org.plenary.shared.edit.DraftFixture.substitute;
import static org.plenary.shared.edit.DraftFixture.textOf;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditException;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.ReplaceText;

/** Who put which words into the cybercrime draft, over several accepted amendments. */
class BlameTrackerTest {

    private static final Instant SUBMITTED = Instant.parse("2017-05-22T10:00:00Z");
    static final Attribution ORIGINAL = new Attribution(null, "BLR", SUBMITTED, null, null, 0);
    static final Attribution A1_USA = amendment("A1", "USA", 3);
    static final Attribution A2_GHA = amendment("A2", "GHA", 5);
    static final Attribution A3_BRA = amendment("A3", "BRA", 8);

    private final DraftDocument draft = cybercrimeDraft();
    private final BlameTracker tracker = new BlameTracker(draft, ORIGINAL);

    static Attribution amendment(String id, String proposer, long version) {
        Instant proposed = SUBMITTED.plusSeconds(3600 * version);
        return new Attribution(id, proposer, proposed, "BLR", proposed.plusSeconds(1800), version);
    }

    private List<BlameSpan> blameOf(String id) {
        return tracker.blame().get(id);
    }

    private void accept(Attribution attribution, EditOperation... operations) {
        tracker.apply(List.of(operations), attribution);
    }

    @Test
    void theSubmittedTextIsWhollyTheOriginalSubmissions() {
        Map<String, List<BlameSpan>> blame = tracker.blame();

        assertThat(blame.keySet()).containsExactlyElementsOf(ids(draft));
        assertThat(blame.get("op2.3.1")).containsExactly(
                new BlameSpan(0, textOf(draft, "op2.3.1").length(), textOf(draft, "op2.3.1"), ORIGINAL));
        assertThat(tracker.document()).isEqualTo(draft);
    }

    @Test
    void aSubstitutedWordBelongsToTheAmendmentAndTheRestStaysOriginal() {
        accept(A1_USA, substitute(draft, "op4", "possible", "concrete"));

        assertThat(blameOf("op4")).containsExactly(
                new BlameSpan(0, 41, "*Encourages* the Expert Group to develop ", ORIGINAL),
                new BlameSpan(41, 49, "concrete", A1_USA),
                new BlameSpan(49, 115, " conclusions and recommendations for submission to the Commission;", ORIGINAL));
        assertThat(blameOf("op5")).extracting(BlameSpan::attribution).containsExactly(ORIGINAL);
    }

    @Test
    void anAmendmentReplacingPartOfAnotherAmendmentsWordsSplitsItsSpan() {
        // A1 (USA): after "report" insert "annually, in a concise report,"; A2 (Ghana) then replaces
        // "annually, in a concise" by "biennially, in a comprehensive" — the comma and " report," stay USA's.
        accept(A1_USA, insertAfterWords(draft, "op6", "to report", "annually, in a concise report,"));
        DraftDocument afterA1 = tracker.document();
        accept(A2_GHA, substitute(afterA1, "op6", "annually, in a concise", "biennially, in a comprehensive"));

        assertThat(textOf(tracker.document(), "op6")).isEqualTo("*Requests* the Expert Group to report biennially, "
                + "in a comprehensive report, to the Commission at its next session on progress in its work.");
        assertThat(blameOf("op6")).extracting(BlameSpan::text, BlameSpan::attribution).containsExactly(
                tuple("*Requests* the Expert Group to report", ORIGINAL),
                tuple(" ", A1_USA),
                tuple("biennially, in a comprehensive", A2_GHA),
                tuple(" report,", A1_USA),
                tuple(" to the Commission at its next session on progress in its work.",
                        ORIGINAL));
        assertContiguous(blameOf("op6"), textOf(tracker.document(), "op6"));
    }

    @Test
    void aReplacementAcrossTwoAmendmentsAndTheOriginalTakesAllThreeApart() {
        accept(A1_USA, substitute(draft, "op1", "grave", "deep"));
        accept(A2_GHA, substitute(tracker.document(), "op1", "seriousness", "gravity"));
        // A3 (Brazil) rewrites "deep concern regarding the gravity" as a whole.
        accept(A3_BRA, substitute(tracker.document(), "op1", "concern regarding the gravity", "alarm at the scale"));

        assertThat(blameOf("op1")).extracting(BlameSpan::text, BlameSpan::attribution).containsExactly(
                tuple("*Expresses* its ", ORIGINAL),
                tuple("deep", A1_USA),
                tuple(" ", ORIGINAL),
                tuple("alarm at the scale", A3_BRA),
                tuple(" of the ongoing violations of human rights in Darfur, including "
                        + "attacks on the civilian population;", ORIGINAL));
    }

    @Test
    void deletedWordsLeaveNoSpanAndTheNeighboursMergeWhenTheySharedAnAuthor() {
        accept(A1_USA, deleteWords(draft, "pp2", "to continue and"));

        assertThat(blameOf("pp2")).containsExactly(new BlameSpan(0, textOf(tracker.document(), "pp2").length(),
                textOf(tracker.document(), "pp2"), ORIGINAL));
    }

    @Test
    void severalReplacementsOfOneAmendmentUseOffsetsOfTheBaseText() {
        String op5 = textOf(draft, "op5");
        int invites = op5.indexOf("Invites");
        int technical = op5.indexOf("technical");
        accept(A1_USA, new ReplaceText("op5", technical, technical + "technical".length(), "financial and technical"),
                new ReplaceText("op5", invites, invites + "Invites".length(), "Urges"));

        assertThat(blameOf("op5")).extracting(BlameSpan::text).containsExactly("*", "Urges",
                "* Member States and other donors to work through the United Nations Office on Drugs and Crime in "
                        + "providing ", "financial and technical", " assistance;");
        assertThat(blameOf("op5")).extracting(BlameSpan::attribution)
                .containsExactly(ORIGINAL, A1_USA, ORIGINAL, A1_USA, ORIGINAL);
    }

    @Test
    void anInsertedParagraphIsWhollyTheAmendmentsAndADeletedOneVanishesWithItsItems() {
        accept(A1_USA, new InsertParagraph(Section.OPERATIVE, "op2", "*Calls upon* Member States to cooperate;", "op7"),
                new DeleteParagraph("op3"));

        Map<String, List<BlameSpan>> blame = tracker.blame();
        assertThat(blame.get("op7")).containsExactly(
                new BlameSpan(0, 40, "*Calls upon* Member States to cooperate;", A1_USA));
        assertThat(blame).doesNotContainKeys("op3", "op3.1", "op3.2");
        assertThat(blame.keySet()).containsExactlyElementsOf(ids(tracker.document()));
        assertThat(tracker.blame("op7")).isEqualTo(blame.get("op7"));
        assertThat(tracker.blame("op3")).isNull();
    }

    @Test
    void theTrackedDocumentIsWhatTheEditorMakes() {
        List<EditOperation> first = List.of(substitute(draft, "op4", "possible", "concrete"));
        DraftDocument expected = DocumentEditor.apply(draft, first);
        List<EditOperation> second = List.of(new DeleteParagraph("op2.2"),
                deleteWords(expected, "pp2", "to continue and"));
        expected = DocumentEditor.apply(expected, second);

        tracker.apply(first, A1_USA);
        tracker.apply(second, A2_GHA);

        assertThat(tracker.document()).isEqualTo(expected);
    }

    @Test
    void anAmendmentThatDoesNotApplyIsRejectedAndChangesNothing() {
        accept(A1_USA, substitute(draft, "op4", "possible", "concrete"));
        Map<String, List<BlameSpan>> before = tracker.blame();
        DraftDocument document = tracker.document();

        assertThatThrownBy(() -> accept(A2_GHA, new ReplaceText("op4", 5, 500, "x"), new DeleteParagraph("op1")))
                .isInstanceOf(EditException.class).hasMessageContaining("outside the text of op4");
        assertThatThrownBy(() -> tracker.apply(List.of(), A2_GHA)).isInstanceOf(EditException.class);

        assertThat(tracker.blame()).isEqualTo(before);
        assertThat(tracker.document()).isSameAs(document);
    }

    @Test
    void aCopyIsACheckpointThatLaterAmendmentsDoNotReach() {
        accept(A1_USA, substitute(draft, "op4", "possible", "concrete"));
        BlameTracker checkpoint = tracker.copy();
        Map<String, List<BlameSpan>> atCheckpoint = checkpoint.blame();

        accept(A2_GHA, substitute(tracker.document(), "op4", "concrete", "practical"), new DeleteParagraph("op5"));
        checkpoint.apply(List.of(new DeleteParagraph("op6")), A3_BRA);

        assertThat(checkpoint.blame().get("op4")).isEqualTo(atCheckpoint.get("op4"));
        assertThat(checkpoint.blame()).containsKey("op5").doesNotContainKey("op6");
        assertThat(tracker.blame()).containsKey("op6").doesNotContainKey("op5");
        assertThat(tracker.blame().get("op4")).extracting(BlameSpan::attribution).contains(A2_GHA);
    }

    static void assertContiguous(List<BlameSpan> spans, String text) {
        StringBuilder joined = new StringBuilder();
        int position = 0;
        for (int i = 0; i < spans.size(); i++) {
            BlameSpan span = spans.get(i);
            assertThat(span.start()).isEqualTo(position);
            assertThat(span.end()).isGreaterThan(span.start());
            assertThat(span.text()).isEqualTo(text.substring(span.start(), span.end()));
            if (i > 0) {
                assertThat(span.attribution()).isNotEqualTo(spans.get(i - 1).attribution());
            }
            joined.append(span.text());
            position = span.end();
        }
        assertThat(position).isEqualTo(text.length());
        assertThat(joined.toString()).isEqualTo(text);
    }
}
