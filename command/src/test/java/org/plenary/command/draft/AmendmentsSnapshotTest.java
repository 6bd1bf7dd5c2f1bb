package org.plenary.command.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.ReplaceText;
import org.plenary.shared.json.Json;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The amendments and the text log are part of the snapshot; a snapshot from before the log existed still reads. */
class AmendmentsSnapshotTest {

    private static final ObjectMapper MAPPER = Json.configure(new ObjectMapper());
    private static final Instant T1 = Instant.parse("2017-05-23T11:00:00Z");
    private static final List<EditOperation> INVITES = List.of(new ReplaceText("op1", 0, 10, "*Invites*"));

    /** Submitted, A1 proposed, A1 accepted: the text changed at version 3. */
    private static DraftResolution changedAtVersion3() {
        DraftResolution draft = new DraftResolution();
        draft.on(DraftResolutionTest.submitted());
        AmendmentProposedEvent proposed = DraftResolutionTest.proposedBy("DEU", "A1", 1, INVITES);
        draft.on(proposed, 1);
        AmendmentAcceptedEvent accepted = new AmendmentAcceptedEvent("d1", "A1", INVITES, "BRA", T1);
        draft.on(accepted, 2);
        return draft;
    }

    @Test
    void aProposalAgainstAnOlderVersionIsCarriedAfterASnapshot() throws Exception {
        DraftResolution restored = MAPPER.readValue(MAPPER.writeValueAsString(changedAtVersion3()), DraftResolution.class);

        assertThat(restored.carryToCurrent(1, DraftResolutionTest.REPLACE_CONTINUE))
                .containsExactly(new ReplaceText("op1", 30, 38, "pursue"));
        assertThat(restored.lastTextChange()).isEqualTo(3);
    }

    /** The members deciding the amendment commands hold nothing of their own: the snapshot is the map, as before. */
    @Test
    void theDecidingMembersAreNotInTheSnapshotYetARestoredDraftHasThem() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(changedAtVersion3()));

        assertThat(json.get("amendments").fieldNames()).toIterable().containsExactly("amendments");
        DraftResolution restored = MAPPER.treeToValue(json, DraftResolution.class);
        assertThatThrownBy(() -> restored.amendmentToDecide("A9", false))
                .isInstanceOf(DraftRejection.class)
                .hasMessage(Rejections.NO_SUCH_AMENDMENT.formatted("A9"));
    }

    @Test
    void aSnapshotFromBeforeTheLogRefusesOnlyWhatItCannotCarry() throws Exception {
        ObjectNode json = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(changedAtVersion3()));
        json.remove("textLog");
        DraftResolution restored = MAPPER.treeToValue(json, DraftResolution.class);

        assertThatThrownBy(() -> restored.carryToCurrent(1, DraftResolutionTest.REPLACE_CONTINUE))
                .isInstanceOf(DraftRejection.class)
                .hasMessage(Rejections.BASE_VERSION_TOO_OLD.formatted(1, 3));
        assertThat(restored.carryToCurrent(3, List.of(new ReplaceText("op1", 30, 38, "pursue"))))
                .containsExactly(new ReplaceText("op1", 30, 38, "pursue"));
    }
}
