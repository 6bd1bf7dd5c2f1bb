package org.plenary.command.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.plenary.shared.draft.Actors;
import org.plenary.shared.draft.DraftActedOnEvent;
import org.plenary.shared.draft.FacilitatorAppointedEvent;
import org.plenary.shared.json.Json;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lifecycle is part of the aggregate's snapshot, and snapshots from before it existed read as under negotiation. */
class LifecycleSnapshotTest {

    private static final ObjectMapper MAPPER = Json.configure(new ObjectMapper());
    private static final Instant T2 = Instant.parse("2017-05-24T10:00:00Z");

    private static DraftResolution facilitatedAndAdopted(boolean adopted) throws Exception {
        DraftResolution draft = new DraftResolution();
        draft.on(DraftResolutionTest.submitted());
        FacilitatorAppointedEvent appointed = new FacilitatorAppointedEvent("d1", "NOR", Actors.SECRETARIAT, T2);
        draft.on(appointed, 1);
        lifecycle(draft).on(appointed);
        if (adopted) {
            DraftActedOnEvent acted = new DraftActedOnEvent("d1", "adopted", "consensus", null, "26/2", Actors.SECRETARIAT, T2);
            draft.on(acted, 2);
            lifecycle(draft).on(acted);
        }
        return draft;
    }

    private static DraftLifecycle lifecycle(DraftResolution draft) throws Exception {
        java.lang.reflect.Field field = DraftResolution.class.getDeclaredField("lifecycle");
        field.setAccessible(true);
        return (DraftLifecycle) field.get(draft);
    }

    @Test
    void theFacilitatorAndTheDecisionSurviveASnapshot() throws Exception {
        DraftResolution restored = MAPPER.readValue(MAPPER.writeValueAsString(facilitatedAndAdopted(true)),
                DraftResolution.class);

        assertThat(restored.hasSponsorRights("NOR")).isTrue();
        assertThatThrownBy(() -> lifecycle(restored).requireUnderNegotiation()).isInstanceOf(DraftRejection.class)
                .hasMessageStartingWith("the draft was adopted as resolution 26/2");
    }

    @Test
    void aSnapshotTakenBeforeTheLifecycleExistedReadsUnderNegotiation() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(facilitatedAndAdopted(false)));
        json.remove("lifecycle");
        json.remove("revisions");
        json.remove("voting");

        DraftResolution restored = MAPPER.treeToValue(json, DraftResolution.class);

        lifecycle(restored).requireUnderNegotiation();
        assertThat(restored.hasSponsorRights("NOR")).isFalse();
        assertThat(restored.hasSponsorRights("BRA")).isTrue();
        assertThat(restored.currentText().version()).isEqualTo(2);
    }
}
