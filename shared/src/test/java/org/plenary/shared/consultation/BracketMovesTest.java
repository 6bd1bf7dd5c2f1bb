package org.plenary.shared.consultation;

import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.DraftFixture;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.MoveParagraph;
import org.plenary.shared.edit.NodeIndex;
import org.plenary.shared.edit.ReplaceParagraph;
import org.plenary.shared.edit.ReplaceText;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Brackets following the text, with the sample's fourth operative paragraph and its wording. */
class BracketMovesTest {

    private static final DraftDocument DRAFT = DraftFixture.cybercrimeDraft();
    /** "*Encourages* the Expert Group to develop possible conclusions and recommendations for submission …" */
    private static final String OP4 = DraftFixture.OP4;

    private static Bracket around(String words) {
        int start = OP4.indexOf(words);
        return new Bracket("B1", "op4", start, start + words.length());
    }

    private static ReplaceText replace(String words, String by) {
        int start = OP4.indexOf(words);
        return new ReplaceText("op4", start, start + words.length(), by);
    }

    private static ReplaceText insertAt(int at, String text) {
        return new ReplaceText("op4", at, at, text);
    }

    private static BracketMoves.Outcome follow(Bracket bracket, String source, EditOperation... applied) {
        return BracketMoves.over(DRAFT, List.of(applied), source).follow(bracket);
    }

    /** The words a bracket covers after the change. */
    private static String covered(BracketMoves.Outcome outcome, EditOperation... applied) {
        Bracket b = outcome instanceof BracketMoves.Moved m ? m.bracket() : ((BracketMoves.Kept) outcome).bracket();
        DraftDocument after = DocumentEditor.apply(DRAFT, List.of(applied));
        return NodeIndex.of(after).text(b.paragraphId()).substring(b.start(), b.end());
    }

    @Test
    void wordsReplacedBeforeTheBracketMoveIt() {
        ReplaceText edit = replace("develop", "prepare and adopt");
        BracketMoves.Outcome outcome = follow(around("possible conclusions"), "A2", edit);

        assertThat(outcome).isInstanceOf(BracketMoves.Moved.class);
        assertThat(covered(outcome, edit)).isEqualTo("possible conclusions");
    }

    @Test
    void wordsChangedAfterTheBracketLeaveItWhereItIs() {
        ReplaceText edit = replace("submission", "consideration");

        assertThat(follow(around("possible conclusions"), "A2", edit)).isEqualTo(new BracketMoves.Kept(around("possible conclusions")));
    }

    @Test
    void wordsInsertedWhereTheBracketStartsGoBeforeIt() {
        Bracket bracket = around("possible conclusions");
        ReplaceText edit = insertAt(bracket.start(), "concrete and ");
        BracketMoves.Outcome outcome = follow(bracket, "A2", edit);

        assertThat(covered(outcome, edit)).isEqualTo("possible conclusions");
    }

    @Test
    void wordsInsertedWhereTheBracketEndsGoAfterIt() {
        Bracket bracket = around("possible conclusions");
        ReplaceText edit = insertAt(bracket.end(), ", findings");

        assertThat(follow(bracket, "A2", edit)).isInstanceOf(BracketMoves.Kept.class);
        assertThat(covered(follow(bracket, "A2", edit), edit)).isEqualTo("possible conclusions");
    }

    @Test
    void wordsReplacedInsideTheBracketStayBracketed() {
        ReplaceText edit = replace("possible", "concrete");
        BracketMoves.Outcome outcome = follow(around("possible conclusions and recommendations"), "A2", edit);

        assertThat(covered(outcome, edit)).isEqualTo("concrete conclusions and recommendations");
    }

    @Test
    void anEditAcrossTheStartOfTheBracketJoinsIt() {
        ReplaceText edit = replace("develop possible", "adopt");
        BracketMoves.Outcome outcome = follow(around("possible conclusions"), "A2", edit);

        assertThat(covered(outcome, edit)).isEqualTo("adopt conclusions");
    }

    @Test
    void anEditAcrossTheEndOfTheBracketJoinsIt() {
        ReplaceText edit = replace("conclusions and", "findings or");
        BracketMoves.Outcome outcome = follow(around("possible conclusions"), "A2", edit);

        assertThat(covered(outcome, edit)).isEqualTo("possible findings or");
    }

    @Test
    void deletingEveryBracketedWordLapsesIt() {
        assertThat(follow(around("possible "), "A2", replace("possible ", "")))
                .isEqualTo(new BracketMoves.Lapsed("B1", "the bracketed words were deleted by A2"));
    }

    @Test
    void deletingTheParagraphLapsesItInTheEnginesWords() {
        assertThat(follow(around("possible"), "A4", new DeleteParagraph("op4")))
                .isEqualTo(new BracketMoves.Lapsed("B1", "operative paragraph 4 was deleted by A4"));
    }

    @Test
    void deletingTheParagraphThatHoldsAnItemLapsesTheItemsBrackets() {
        Bracket onItem = new Bracket("B2", "op3.1", 0, 7);

        assertThat(follow(onItem, "A4", new DeleteParagraph("op3"))).isInstanceOf(BracketMoves.Lapsed.class);
    }

    @Test
    void choosingAnAlternativeLapsesTheBracketsOfItsParagraph() {
        BracketMoves.Outcome outcome = follow(around("possible"), "Alt 2",
                new ReplaceParagraph("op4", "*Requests* the Expert Group to report."));

        assertThat(outcome).isEqualTo(new BracketMoves.Lapsed("B1", "operative paragraph 4 was replaced by Alt 2"));
    }

    @Test
    void movingOrInsertingParagraphsChangesNothing() {
        Bracket bracket = around("possible");

        assertThat(follow(bracket, "A2", new MoveParagraph("op4", "op1"),
                new InsertParagraph(Section.OPERATIVE, "op4", "*Decides* to act;", "op7")))
                .isEqualTo(new BracketMoves.Kept(bracket));
    }

    @Test
    void severalEditsOfOneAmendmentAddUp() {
        ReplaceText before = replace("Expert Group", "expert group on cybercrime");
        ReplaceText inside = replace("conclusions", "findings");
        ReplaceText after = replace("Commission", "Commission on Crime Prevention");
        BracketMoves.Outcome outcome = follow(around("possible conclusions and"), "A2", before, inside, after);

        assertThat(covered(outcome, before, inside, after)).isEqualTo("possible findings and");
    }
}
