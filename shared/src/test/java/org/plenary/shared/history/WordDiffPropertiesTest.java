package org.plenary.shared.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.plenary.shared.history.WordChange.Kind;

/** Laws of the word diff over generated texts. */
class WordDiffPropertiesTest {

    // UN markup, footnote calls, a character outside the BMP (a surrogate pair) and a combining accent.
    static final List<String> TOKENS = List.of("Recalling", "the", "Council", "*Requests*", "*", "[65/230](#)",
            "¹", "²", " ", "  ", "\t", ",", ";", "(a)", "\uD835\uDC9C", "\uD83C\uDDFA\uD83C\uDDF3", "e\u0301",
            "Côte d’Ivoire", "to", "and", "<script>");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(25).map(tokens -> String.join("", tokens));
    }

    @Property
    void equalAndDeletedTextsGiveTheOldTextEqualAndInsertedTheNew(@ForAll("texts") String before,
            @ForAll("texts") String after) {
        List<WordChange> changes = WordDiff.diff(before, after);

        assertThat(side(changes, Kind.DELETE)).isEqualTo(before);
        assertThat(side(changes, Kind.INSERT)).isEqualTo(after);
    }

    @Property
    void theLawsHoldForArbitraryStrings(@ForAll String before, @ForAll String after) {
        List<WordChange> changes = WordDiff.diff(before, after);

        assertThat(side(changes, Kind.DELETE)).isEqualTo(before);
        assertThat(side(changes, Kind.INSERT)).isEqualTo(after);
        assertWellFormed(changes);
    }

    @Property
    void aTextComparedWithItselfIsAllEqual(@ForAll("texts") String text) {
        List<WordChange> changes = WordDiff.diff(text, text);

        assertThat(changes).allMatch(c -> c.kind() == Kind.EQUAL);
        assertThat(side(changes, Kind.EQUAL)).isEqualTo(text);
    }

    @Property
    void runsAreNonEmptyMergedAndDeletionsComeBeforeInsertions(@ForAll("texts") String before,
            @ForAll("texts") String after) {
        assertWellFormed(WordDiff.diff(before, after));
    }

    @Property
    void noRunSplitsACharacterOutsideTheBasicPlane(@ForAll("texts") String before, @ForAll("texts") String after) {
        for (WordChange c : WordDiff.diff(before, after)) {
            assertThat(Character.isLowSurrogate(c.text().charAt(0))).as("run starts inside a character").isFalse();
            assertThat(Character.isHighSurrogate(c.text().charAt(c.text().length() - 1)))
                    .as("run ends inside a character").isFalse();
        }
    }

    @Property
    void theUnfoldedScriptIsAShortestOneOverTokens(@ForAll("texts") String before, @ForAll("texts") String after) {
        List<String> a = WordDiff.tokens(before);
        List<String> b = WordDiff.tokens(after);
        int shortest = a.size() + b.size() - 2 * lcs(a, b);

        List<WordChange> changes = WordDiff.diff(before, after, false);

        int edits = changes.stream().filter(c -> c.kind() != Kind.EQUAL)
                .mapToInt(c -> WordDiff.tokens(c.text()).size()).sum();
        assertThat(edits).isEqualTo(shortest);
    }

    @Provide
    Arbitrary<String> repetitiveTexts() {
        return Arbitraries.of("and", " ", ",", "\uD835\uDC9C").list().ofMaxSize(40).map(tokens -> String.join("", tokens));
    }

    @Property
    void theScriptIsShortestAndLawfulEvenForRepetitiveTexts(@ForAll("repetitiveTexts") String before,
            @ForAll("repetitiveTexts") String after) {
        theUnfoldedScriptIsAShortestOneOverTokens(before, after);
        List<WordChange> changes = WordDiff.diff(before, after);
        assertThat(side(changes, Kind.DELETE)).isEqualTo(before);
        assertThat(side(changes, Kind.INSERT)).isEqualTo(after);
        assertWellFormed(changes);
    }

    @Property
    void tokensConcatenateToTheText(@ForAll String text) {
        assertThat(String.join("", WordDiff.tokens(text))).isEqualTo(text);
    }

    static String side(List<WordChange> changes, Kind kind) {
        StringBuilder out = new StringBuilder();
        for (WordChange c : changes) {
            if (c.kind() == Kind.EQUAL || c.kind() == kind) {
                out.append(c.text());
            }
        }
        return out.toString();
    }

    static void assertWellFormed(List<WordChange> changes) {
        for (int i = 0; i < changes.size(); i++) {
            assertThat(changes.get(i).text()).isNotEmpty();
            if (i > 0) {
                Kind previous = changes.get(i - 1).kind();
                Kind current = changes.get(i).kind();
                assertThat(current).as("neighbouring runs of one kind").isNotEqualTo(previous);
                assertThat(previous == Kind.INSERT && current == Kind.DELETE).as("insertion before deletion").isFalse();
            }
        }
    }

    // The textbook quadratic table, as an independent reference for small inputs.
    private static int lcs(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                table[i][j] = a.get(i).equals(b.get(j))
                        ? table[i + 1][j + 1] + 1
                        : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table[0][0];
    }
}
