package org.plenary.command.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentOvertakenEvent;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.AmendmentRejectedEvent;
import org.plenary.shared.draft.AmendmentRevisedEvent;
import org.plenary.shared.draft.AmendmentWithdrawnEvent;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.ReplaceText;
import org.plenary.shared.json.Json;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pending amendments the commands check against are kept as amendments change (an index beside the map of every
 * amendment), in proposal order, and rebuilt from the map after a snapshot is read.
 */
class PendingAmendmentsTest {

    private static final ObjectMapper MAPPER = Json.configure(new ObjectMapper());
    private static final Instant T1 = Instant.parse("2017-05-23T11:00:00Z");
    private static final List<EditOperation> OPS = List.of(new ReplaceText("op1", 0, 10, "*Invites*"));

    private static AmendmentProposedEvent proposed(String id, String amends) {
        return new AmendmentProposedEvent("d1", id, 1, "why", OPS, "DEU", T1, amends, null);
    }

    /** A1 … A12 (A3 amends A1); A2 accepted, A4 withdrawn, A5 overtaken then revised, A6 overtaken, A7 rejected. */
    private static Amendments negotiated() {
        Amendments amendments = new Amendments(null); // the handlers used here read only the amendments
        for (int n = 1; n <= 12; n++) {
            amendments.on(proposed("A" + n, n == 3 ? "A1" : null));
            amendments.checks(); // the index exists from here on and must follow every change
        }
        amendments.on(new AmendmentAcceptedEvent("d1", "A2", OPS, "BRA", T1));
        amendments.on(new AmendmentWithdrawnEvent("d1", "A4", "DEU", T1, null));
        amendments.on(new AmendmentOvertakenEvent("d1", "A5", "A2", List.of("gone"), false, "BRA", T1));
        amendments.on(new AmendmentRevisedEvent("d1", "A5", 3, "again", OPS, "DEU", T1));
        amendments.on(new AmendmentOvertakenEvent("d1", "A6", "A2", List.of("gone"), false, "BRA", T1));
        amendments.on(new AmendmentRejectedEvent("d1", "A7", "no", "BRA", T1, null));
        return amendments;
    }

    private static final List<String> PENDING = List.of("A1", "A3", "A5", "A8", "A9", "A10", "A11", "A12");

    @Test
    void theIndexFollowsEveryChangeInProposalOrder() {
        Amendments amendments = negotiated();
        assertThat(amendments.checks().pendingInOrder().keySet()).containsExactlyElementsOf(PENDING);
        assertThat(amendments.checks().subsOf("A1").keySet()).containsExactly("A3");
        assertThat(amendments.checks().pendingToDraft(java.util.Set.of("A9")).keySet())
                .containsExactly("A1", "A5", "A8", "A10", "A11", "A12");
    }

    @Test
    void aDraftReadFromASnapshotRebuildsTheSameIndex() throws Exception {
        Amendments restored = MAPPER.readValue(MAPPER.writeValueAsString(negotiated()), Amendments.class);
        assertThat(restored.checks().pendingInOrder().keySet()).containsExactlyElementsOf(PENDING);
        restored.on(new AmendmentAcceptedEvent("d1", "A1", OPS, "BRA", T1));
        assertThat(restored.checks().pendingInOrder()).doesNotContainKey("A1").containsKey("A3");
        assertThat(restored.checks().subsOf("A1")).containsOnlyKeys("A3");
    }
}
