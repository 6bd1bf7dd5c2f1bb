package org.plenary.command.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.plenary.command.store.StoredEvent;
import org.plenary.command.web.DraftCommandController;
import org.plenary.shared.draft.AlternativeProposal;
import org.plenary.shared.draft.AlternativeProposedEvent;
import org.plenary.shared.draft.AmendmentProposal;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.BracketPlacedEvent;
import org.plenary.shared.draft.BracketPlacement;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.draft.EventCodec;
import org.plenary.shared.draft.EventEnvelope;

import java.nio.charset.StandardCharsets;

/**
 * The answer a command gave, rebuilt from the event it stored: for a request whose node stored the event but
 * stopped before recording its answer. The same bodies the command API answers with: 201 with the draft id for a
 * submission, 201 with the amendment id for a proposal (with the bracket id for a bracket, the number for an
 * alternative), 200 with the version otherwise.
 */
final class FirstAnswer {

    private FirstAnswer() {
    }

    static IdempotencyRecords.Answered of(StoredEvent stored, ObjectMapper mapper) {
        EventEnvelope envelope = EventCodec.decode(stored.json());
        Object body;
        int status = 201;
        if (envelope.event() instanceof DraftSubmittedEvent submitted) {
            body = new DraftCommandController.Created(submitted.draftId(), envelope.version());
        } else if (envelope.event() instanceof AmendmentProposedEvent proposed) {
            body = new AmendmentProposal(proposed.amendmentId(), envelope.version());
        } else if (envelope.event() instanceof BracketPlacedEvent placed) {
            body = new BracketPlacement(placed.bracketId(), envelope.version());
        } else if (envelope.event() instanceof AlternativeProposedEvent proposed) {
            body = new AlternativeProposal(proposed.paragraphId(), proposed.number(), envelope.version());
        } else {
            body = new DraftCommandController.Version(envelope.version());
            status = 200;
        }
        try {
            return new IdempotencyRecords.Answered(status, "application/json",
                    mapper.writeValueAsString(body).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer of " + stored.id(), e);
        }
    }
}
