package org.plenary.shared.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.shared.edit.DraftFixture.cybercrimeDraft;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Section;
import org.plenary.shared.history.Attribution;
import org.plenary.shared.history.BlameTracker;
import org.plenary.shared.json.Json;

/** Ids for inserted paragraphs and items, labels, the JSON form of operations and printed addresses. */
class EditSupportTest {

    private final DraftDocument draft = cybercrimeDraft();

    @Nested
    class Ids {

        @Test
        void insertedParagraphsAndItemsGetIdsNeverUsedInTheDraft() {
            NewIds ids = NewIds.of(draft);

            List<EditOperation> assigned = ids.assign(List.of(
                    new InsertParagraph(Section.OPERATIVE, "op2", "*Urges*:", "new1"),
                    new InsertItem("new1", null, "to act;", null),
                    new InsertItem("op2", "op2.3", "trends;", null),
                    new InsertParagraph(Section.PREAMBLE, null, "Noting,", null)));

            assertThat(assigned).containsExactly(
                    new InsertParagraph(Section.OPERATIVE, "op2", "*Urges*:", "op7"),
                    new InsertItem("op7", null, "to act;", "op7.1"),
                    new InsertItem("op2", "op2.3", "trends;", "op2.4"),
                    new InsertParagraph(Section.PREAMBLE, null, "Noting,", "pp4"));
            assertThat(ids.assign(assigned)).isEqualTo(assigned);
        }

        @Test
        void recordedIdsAreNotGivenAgainEvenAfterTheirParagraphIsGone() {
            NewIds ids = NewIds.of(draft);
            ids.record(ids.assign(List.of(new InsertItem("op2", null, "x;", null))));

            assertThat(ids.assign(List.of(new InsertItem("op2", null, "y;", null))))
                    .containsExactly(new InsertItem("op2", null, "y;", "op2.5"));
        }

        @Test
        void theStateTravelsAsJson() throws Exception {
            NewIds ids = NewIds.of(draft);
            String json = Json.mapper().writeValueAsString(ids);

            assertThat(Json.mapper().readValue(json, NewIds.class)).isEqualTo(ids);
            assertThat(ids.highest()).containsEntry("op", 6).containsEntry("pp", 3).containsEntry("op2.", 3)
                    .containsEntry("op2.3.", 2);
        }
    }

    @Test
    void operationsTravelAsJsonWithTheirOpNames() throws Exception {
        List<EditOperation> ops = List.of(new ReplaceParagraph("op4", "*Encourages* action;"),
                new MoveParagraph("op5", "op2"), new InsertItem("op2", "op2.2", "trends;", "op2.4"),
                new ReplaceTitle("Cybercrime"), new ReplaceFootnote("1", "A/RES/65/230."));

        String json = Json.mapper().writerFor(new TypeReference<List<EditOperation>>() { }).writeValueAsString(ops);

        assertThat(json).contains("\"op\":\"replaceParagraph\"", "\"op\":\"moveParagraph\"", "\"op\":\"insertItem\"",
                "\"op\":\"replaceTitle\"", "\"op\":\"replaceFootnote\"");
        assertThat(Json.mapper().readValue(json, new TypeReference<List<EditOperation>>() { })).isEqualTo(ops);
        assertThat(Json.mapper().readValue("{\"op\":\"moveParagraph\",\"paragraphId\":\"op5\"}", EditOperation.class))
                .isEqualTo(new MoveParagraph("op5", null));
    }

    @Test
    void labelsInEveryStyle() {
        assertThat(ItemLabels.label(ItemLabels.Kind.LETTER, 0)).isEqualTo("(a)");
        assertThat(ItemLabels.label(ItemLabels.Kind.LETTER, 25)).isEqualTo("(z)");
        assertThat(ItemLabels.label(ItemLabels.Kind.LETTER, 26)).isEqualTo("(aa)");
        assertThat(ItemLabels.label(ItemLabels.Kind.ROMAN, 3)).isEqualTo("(iv)");
        assertThat(ItemLabels.label(ItemLabels.Kind.ROMAN, 48)).isEqualTo("(xlix)");
        assertThat(ItemLabels.styleOf(List.of("(h)", "(i)"), null)).isEqualTo(new ItemLabels.Style(ItemLabels.Kind.LETTER, 7));
        assertThat(ItemLabels.styleOf(List.of("(i)", "(ii)"), null)).isEqualTo(new ItemLabels.Style(ItemLabels.Kind.ROMAN, 0));
        assertThat(ItemLabels.styleOf(List.of("(c)"), null)).isEqualTo(new ItemLabels.Style(ItemLabels.Kind.LETTER, 2));
        assertThat(ItemLabels.styleOf(List.of("-", "-"), null)).isEqualTo(new ItemLabels.Style(ItemLabels.Kind.BULLET, 0));
        assertThat(ItemLabels.styleOf(List.of("(a)", "(c)"), null).kind()).isNull();
        assertThat(ItemLabels.styleOf(List.of(), "(b)")).isEqualTo(new ItemLabels.Style(ItemLabels.Kind.ROMAN, 0));
        assertThat(ItemLabels.styleOf(List.of(), "(ii)")).isEqualTo(new ItemLabels.Style(ItemLabels.Kind.BULLET, 0));
    }

    @Test
    void printedAddresses() {
        NodeIndex index = NodeIndex.of(draft);

        assertThat(index.address("pp2").describe()).isEqualTo("the second preambular paragraph");
        assertThat(index.address("op4").describe()).isEqualTo("operative paragraph 4");
        assertThat(index.address("op2.3.2")).isEqualTo(new PrintedAddress(Section.OPERATIVE, 2, "c.ii"));
        assertThat(index.address("op2.3.2").describe()).isEqualTo("operative paragraph 2 (c) (ii)");
        assertThat(index.address("op3.2").describe()).isEqualTo("the second bullet of operative paragraph 3");
        assertThat(new PrintedAddress(Section.PREAMBLE, 21, "a").describe())
                .isEqualTo("subparagraph (a) of the twenty-first preambular paragraph");
    }

    @Test
    void blameFollowsTheNewKinds() {
        BlameTracker blame = new BlameTracker(draft, new Attribution(null, "BLR", null, null, null, 1));

        blame.apply(List.of(new ReplaceParagraph("op4", "*Encourages* action;"), new InsertItem("op2", null, "x;", "op2.4"),
                new MoveParagraph("op6", null)), new Attribution("A1", "FRA", null, "BLR", null, 2));

        assertThat(blame.blame("op4")).singleElement().satisfies(span -> assertThat(span.attribution().amendmentId()).isEqualTo("A1"));
        assertThat(blame.blame("op2.4")).singleElement().satisfies(span -> assertThat(span.attribution().amendmentId()).isEqualTo("A1"));
        assertThat(blame.blame("op6")).singleElement().satisfies(span -> assertThat(span.attribution().amendmentId()).isNull());
    }
}
