package org.plenary.shared.consultation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BisNumberingTest {

    private static final List<String> ISSUED = List.of("op1", "op2", "op3", "op4");

    @Test
    void paragraphsOfTheIssuedTextKeepTheirNumbers() {
        assertThat(BisNumbering.numbers(ISSUED, ISSUED))
                .containsExactly(Map.entry("op1", "1"), Map.entry("op2", "2"), Map.entry("op3", "3"), Map.entry("op4", "4"));
    }

    @Test
    void paragraphsAddedSinceAreBisTerQuaterAfterTheOneTheyFollow() {
        assertThat(BisNumbering.numbers(List.of("op1", "op2", "op5", "op7", "op6", "op3", "op4"), ISSUED))
                .containsExactly(Map.entry("op1", "1"), Map.entry("op2", "2"), Map.entry("op5", "2 bis"),
                        Map.entry("op7", "2 ter"), Map.entry("op6", "2 quater"), Map.entry("op3", "3"),
                        Map.entry("op4", "4"));
    }

    @Test
    void deletedParagraphsLeaveTheirNumbersUnused() {
        assertThat(BisNumbering.numbers(List.of("op1", "op3", "op5", "op4"), ISSUED))
                .containsExactly(Map.entry("op1", "1"), Map.entry("op3", "3"), Map.entry("op5", "3 bis"),
                        Map.entry("op4", "4"));
    }

    @Test
    void aMovedParagraphKeepsItsNumberAndNewOnesFollowIt() {
        assertThat(BisNumbering.numbers(List.of("op1", "op4", "op9", "op2", "op3"), ISSUED))
                .containsExactly(Map.entry("op1", "1"), Map.entry("op4", "4"), Map.entry("op9", "4 bis"),
                        Map.entry("op2", "2"), Map.entry("op3", "3"));
    }

    @Test
    void paragraphsAddedBeforeTheFirstAreZeroBis() {
        assertThat(BisNumbering.numbers(List.of("op8", "op1"), List.of("op1")))
                .containsExactly(Map.entry("op8", "0 bis"), Map.entry("op1", "1"));
    }

    @Test
    void idsNeverChangeOnlyTheNextIssuanceRenumbers() {
        List<String> now = List.of("op1", "op5", "op2");

        assertThat(BisNumbering.numbers(now, List.of("op1", "op2")).get("op5")).isEqualTo("1 bis");
        assertThat(BisNumbering.numbers(now, now).get("op5")).isEqualTo("2");
    }

    @Test
    void theAdverbsRunToVicies() {
        assertThat(BisNumbering.adverb(1)).isEqualTo("bis");
        assertThat(BisNumbering.adverb(4)).isEqualTo("quinquies");
        assertThat(BisNumbering.adverb(9)).isEqualTo("decies");
        assertThat(BisNumbering.adverb(19)).isEqualTo("vicies");
        assertThat(BisNumbering.adverb(20)).isEqualTo("(21)");
        assertThatThrownBy(() -> BisNumbering.adverb(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
