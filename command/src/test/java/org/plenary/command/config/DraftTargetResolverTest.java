package org.plenary.command.config;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.junit.jupiter.api.Test;
import org.plenary.shared.draft.AcceptAmendmentCommand;
import org.plenary.shared.draft.AddCoSponsorCommand;
import org.plenary.shared.draft.WithdrawDraftCommand;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DraftTargetResolverTest {

    private static final CommandTargetResolver AXON = AnnotationCommandTargetResolver.builder().build();

    @Test
    void findsTheDraftIdAsAxonsAnnotationResolverDoes() {
        Instant at = Instant.parse("2026-12-06T08:00:00Z");
        for (Object command : List.of(new AcceptAmendmentCommand("d-1", "a-7", "FRA", at),
                new AddCoSponsorCommand("d-2", "BRA", at), new WithdrawDraftCommand("d-3", "no longer needed", "FRA", at))) {
            var message = GenericCommandMessage.asCommandMessage(command);
            assertThat(DraftTargetResolver.INSTANCE.resolveTarget(message)).isEqualTo(AXON.resolveTarget(message));
        }
        assertThat(DraftTargetResolver.INSTANCE.resolveTarget(GenericCommandMessage.asCommandMessage(
                new AddCoSponsorCommand("d-2", "BRA", at))).getIdentifier()).isEqualTo("d-2");
    }

    @Test
    void refusesACommandThatNamesNoDraft() {
        record Unaddressed(String draftId) {
        }
        assertThatThrownBy(() -> DraftTargetResolver.INSTANCE.resolveTarget(
                GenericCommandMessage.asCommandMessage(new Unaddressed("d-1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("@TargetAggregateIdentifier");
        assertThatThrownBy(() -> DraftTargetResolver.INSTANCE.resolveTarget(
                GenericCommandMessage.asCommandMessage(new AddCoSponsorCommand(null, "BRA", Instant.EPOCH))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no draft id");
    }
}
