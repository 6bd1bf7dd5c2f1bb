package org.plenary.command.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.plenary.shared.consultation.ParagraphStatus;
import org.plenary.shared.draft.ParagraphStatusChangedEvent;
import org.plenary.shared.json.Json;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The consultation state is part of the aggregate's snapshot, and snapshots from before it existed still read. */
class ConsultationSnapshotTest {

    private static final ObjectMapper MAPPER = Json.configure(new ObjectMapper());
    private static final Instant T2 = Instant.parse("2017-05-24T10:00:00Z");

    private static DraftResolution agreedOp1() {
        DraftResolution draft = new DraftResolution();
        draft.on(DraftResolutionTest.submitted());
        ParagraphStatusChangedEvent agreed = new ParagraphStatusChangedEvent("d1", "op1", ParagraphStatus.AGREED,
                ParagraphStatus.OPEN, null, "BRA", T2);
        draft.on(agreed, 1);
        draft.consultation().on(agreed);
        return draft;
    }

    @Test
    void statusesSurviveASnapshot() throws Exception {
        DraftResolution restored = MAPPER.readValue(MAPPER.writeValueAsString(agreedOp1()), DraftResolution.class);

        assertThat(restored.consultation().settledRefusal(DraftResolutionTest.REPLACE_CONTINUE))
                .isEqualTo("operative paragraph 1 is agreed: reopen it before amending it");
    }

    @Test
    void aSnapshotTakenBeforeConsultationsExistedReadsWithNoneUnderWay() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(agreedOp1()));
        json.remove("consultation");
        json.remove("alternatives");

        DraftResolution restored = MAPPER.treeToValue(json, DraftResolution.class);

        assertThat(restored.consultation().settledRefusal(DraftResolutionTest.REPLACE_CONTINUE)).isNull();
        assertThat(restored.currentText().version()).isEqualTo(2);
    }
}
