package org.plenary.shared.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.shared.history.WordChange.delete;
import static org.plenary.shared.history.WordChange.equal;
import static org.plenary.shared.history.WordChange.insert;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.shared.edit.DraftFixture;

/** Word-level differences of paragraphs amended as in UN practice. */
class WordDiffTest {

    @Test
    void replacingPossibleByConcreteDeletesOneWordAndInsertsAnother() {
        String after = DraftFixture.OP4.replace("possible", "concrete");

        assertThat(WordDiff.diff(DraftFixture.OP4, after)).containsExactly(
                equal("*Encourages* the Expert Group to develop "),
                delete("possible"),
                insert("concrete"),
                equal(" conclusions and recommendations for submission to the Commission;"));
    }

    @Test
    void deletingTheWordsToContinueAndShowsThemAsOneDeletionWhereTheAmendmentPutsThem() {
        // A/HRC/S-4/L.3: In the second preambular paragraph, after the word "Council" delete the words
        // "to continue and";
        String after = DraftFixture.PP2.replace(" to continue and", "");

        assertThat(WordDiff.diff(DraftFixture.PP2, after)).containsExactly(
                equal("Welcoming the decision of the Council"),
                delete(" to continue and"),
                equal(" to dispatch a high-level mission to assess the human rights situation in Darfur,"));
    }

    @Test
    void beforeTheWordConcernDeleteTheWordGrave() {
        String after = DraftFixture.OP1.replace("grave ", "");

        assertThat(WordDiff.diff(DraftFixture.OP1, after)).containsExactly(
                equal("*Expresses* its"),
                delete(" grave"),
                equal(" concern regarding the seriousness of the ongoing violations of human rights in Darfur, "
                        + "including attacks on the civilian population;"));
    }

    @Test
    void insertingWordsAfterAWordIsOneInsertion() {
        String before = "*Requests* the Expert Group to report to the Commission;";
        String after = "*Requests* the Expert Group to report annually to the Commission;";

        assertThat(WordDiff.diff(before, after)).containsExactly(
                equal("*Requests* the Expert Group to report"),
                insert(" annually"),
                equal(" to the Commission;"));
    }

    @Test
    void replacingTheRestOfAParagraphReadsAsOneReplacementNotAWordSalad() {
        String before = "*Calls upon* all parties to cease hostilities immediately;";
        String after = "*Calls upon* all parties to respect the ceasefire agreement;";

        assertThat(WordDiff.diff(before, after)).containsExactly(
                equal("*Calls upon* all parties to "),
                delete("cease hostilities immediately"),
                insert("respect the ceasefire agreement"),
                equal(";"));
    }

    @Test
    void theVerbInItalicsIsAWordBetweenMarkupTokens() {
        assertThat(WordDiff.diff("*Requests* the Secretary-General", "*Invites* the Secretary-General"))
                .containsExactly(equal("*"), delete("Requests"), insert("Invites"), equal("* the Secretary-General"));
    }

    @Test
    void aFootnoteCallAndADocumentReferenceChangeOnTheirOwn() {
        assertThat(WordDiff.diff("resolution [65/230](#) of 21 December 2010,¹",
                "resolution [65/232](#) of 21 December 2010,²"))
                .containsExactly(equal("resolution [65/"), delete("230"), insert("232"),
                        equal("](#) of 21 December 2010,"), delete("¹"), insert("²"));
    }

    @Test
    void tokensAreWordsWhitespaceRunsAndSinglePunctuation() {
        assertThat(WordDiff.tokens("*Decides*  that Côte d’Ivoire,¹ 𝒜x"))
                .containsExactly("*", "Decides", "*", "  ", "that", " ", "Côte", " ", "d", "’", "Ivoire", ",", "¹",
                        " ", "𝒜x");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNeverSplit() {
        List<WordChange> changes = WordDiff.diff("x \uD835\uDC9C y", "x \uD835\uDC9D y");

        assertThat(changes).containsExactly(equal("x "), delete("\uD835\uDC9C"), insert("\uD835\uDC9D"), equal(" y"));
    }

    @Test
    void identicalTextsAreOneEqualRunAndEmptyTextsNone() {
        assertThat(WordDiff.diff(DraftFixture.OP6, DraftFixture.OP6)).containsExactly(equal(DraftFixture.OP6));
        assertThat(WordDiff.diff("", "")).isEmpty();
        assertThat(WordDiff.diff(null, "Welcoming")).containsExactly(insert("Welcoming"));
        assertThat(WordDiff.diff("Welcoming", "")).containsExactly(delete("Welcoming"));
    }

    @Test
    void aLongParagraphWithFewChangesIsFastAndMinimal() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            words.add("word" + (i % 997));
        }
        String before = String.join(" ", words);
        words.set(100, "changed");
        words.set(30_000, "also");
        words.add(20_000, "inserted");
        String after = String.join(" ", words);

        long started = System.nanoTime();
        List<WordChange> changes = WordDiff.diff(before, after);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(changes.stream().filter(c -> c.kind() != WordChange.Kind.EQUAL).map(WordChange::text))
                .containsExactly("word100", "changed", " inserted", "word90", "also");
        assertThat(millis).as("milliseconds for 160,000 tokens").isLessThan(2_000);
    }

    @Test
    void unrelatedLongTextsAreOneDeletionAndOneInsertion() {
        String before = "a ".repeat(15_000).strip();
        String after = "b;".repeat(15_000);

        assertThat(WordDiff.diff(before, after)).containsExactly(delete(before), insert(after));
    }

    @Test
    void aLongTextRewrittenWordForWordIsOneReplacement() {
        // Only the spaces in common: D = 10,000, where an N·M table would hold 10^8 cells.
        String before = "x ".repeat(5_000);
        String after = "y ".repeat(5_000);

        List<WordChange> changes = WordDiff.diff(before, after);

        assertThat(changes).containsExactly(delete(before.strip()), insert(after.strip()), equal(" "));
        assertThat(concat(changes, WordChange.Kind.INSERT)).isEqualTo(after);
        assertThat(concat(changes, WordChange.Kind.DELETE)).isEqualTo(before);
    }

    @Test
    void aLongParagraphInterleavedWithSharedWordsStaysFast() {
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (int i = 0; i < 4_000; i++) {
            before.append("the x").append(i % 50).append(' ');
            after.append("the y").append(i % 50).append(' ');
        }

        long started = System.nanoTime();
        List<WordChange> changes = WordDiff.diff(before.toString(), after.toString());
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(concat(changes, WordChange.Kind.DELETE)).isEqualTo(before.toString());
        assertThat(concat(changes, WordChange.Kind.INSERT)).isEqualTo(after.toString());
        assertThat(millis).as("milliseconds for D = 8,000 over 16,000 tokens a side").isLessThan(3_000);
    }

    private static String concat(List<WordChange> changes, WordChange.Kind side) {
        StringBuilder out = new StringBuilder();
        changes.stream().filter(c -> c.kind() == WordChange.Kind.EQUAL || c.kind() == side)
                .forEach(c -> out.append(c.text()));
        return out.toString();
    }
}
