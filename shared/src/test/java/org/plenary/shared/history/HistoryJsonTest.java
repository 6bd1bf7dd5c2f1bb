package org.plenary.shared.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.shared.edit.DraftFixture.cybercrimeDraft;
import static org.plenary.shared.edit.DraftFixture.substitute;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.json.Json;

/** Diffs and blame as the query API sends them: only the record components, and back again unchanged. */
class HistoryJsonTest {

    private final DraftDocument draft = cybercrimeDraft();

    @Test
    void aDocumentDiffTravelsAsJsonAndComesBackEqual() throws Exception {
        DraftDocument after = DocumentEditor.apply(draft,
                List.of(substitute(draft, "op4", "possible", "concrete"), new DeleteParagraph("op2.3")));
        DocumentDiff diff = DocumentDiffer.diff(draft, after);

        String json = Json.mapper().writeValueAsString(diff);
        JsonNode tree = Json.mapper().readTree(json);

        assertThat(Json.mapper().readValue(json, DocumentDiff.class)).isEqualTo(diff);
        assertThat(tree.fieldNames()).toIterable().containsExactly("paragraphs", "fields");
        JsonNode op4 = tree.get("paragraphs").get(diff.paragraphs().indexOf(diff.paragraph("op4")));
        assertThat(op4.toString()).contains("\"status\":\"CHANGED\"", "\"fromNumber\":4",
                "{\"kind\":\"DELETE\",\"text\":\"possible\"}", "{\"kind\":\"INSERT\",\"text\":\"concrete\"}");
        JsonNode item = tree.get("paragraphs").get(diff.paragraphs().indexOf(diff.paragraph("op2.3")));
        assertThat(item.get("label").asText()).isEqualTo("(c)");
    }

    @Test
    void blameSpansTravelAsJsonWithTheirAttribution() throws Exception {
        Attribution original = new Attribution(null, "BLR", Instant.parse("2017-05-22T10:00:00Z"), null, null, 0);
        BlameTracker tracker = new BlameTracker(draft, original);
        tracker.apply(List.of(substitute(draft, "op4", "possible", "concrete")), BlameTrackerTest.A1_USA);
        Map<String, List<BlameSpan>> blame = tracker.blame();

        String json = Json.mapper().writeValueAsString(blame);

        assertThat(json).contains("{\"start\":41,\"end\":49,\"text\":\"concrete\",\"attribution\":{\"amendmentId\":\"A1\","
                + "\"proposer\":\"USA\",\"proposedAt\":\"2017-05-22T13:00:00Z\",\"acceptedBy\":\"BLR\","
                + "\"acceptedAt\":\"2017-05-22T13:30:00Z\",\"version\":3}}");
        assertThat(json).doesNotContain("original");
        assertThat(Json.mapper().readValue(json, new TypeReference<Map<String, List<BlameSpan>>>() { }))
                .isEqualTo(blame);
    }
}
