package org.plenary.query.consultation;

import org.junit.jupiter.api.Test;
import org.plenary.query.projection.ConsultationEvents;
import org.plenary.query.projection.DraftView;
import org.plenary.shared.consultation.CompilationText;
import org.plenary.shared.draft.EventEnvelope;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The compilation text of a draft view at two points of its consultation. */
class CompilationsTest {

    private static final List<EventEnvelope> EVENTS = ConsultationEvents.negotiation();

    @Test
    void midwayTheBracketAndTheAlternativesAreShownTaggedWithTheirGroupsOrDelegations() {
        DraftView atEight = ConsultationEvents.built(EVENTS.subList(0, 8));

        String text = CompilationText.write(Compilations.of(atEight));

        assertThat(text).contains("1. *Requests* again the [Secretary-General] to report at its next session.\n\n"
                + "Alt 1 [France]: *Invites* the Secretary-General to report orally.\n\n"
                + "Alt 2 [EU]: *Asks* for a report.\n\n"
                + "2. [*Decides*] to remain seized of the matter.");
    }

    @Test
    void atTheEndTheNewParagraphIsOneBisAndTheStatusesArePrinted() {
        String text = CompilationText.write(Compilations.of(ConsultationEvents.built(EVENTS)));

        assertThat(text).contains("PP1 (agreed) Recalling its earlier resolutions on the matter,\n\n"
                + "1. (agreed) *Invites* the Secretary-General to report orally.\n\n"
                + "1 bis. *Encourages* Member States to contribute;\n\n"
                + "2. (agreed ad ref) *Decides* to remain seized of the matter.");
        assertThat(text).doesNotContain("Alt ").doesNotContain("[Secretary");
    }

    @Test
    void aPendingAmendmentIsTaggedWithItsProposersName() {
        DraftView atThree = ConsultationEvents.built(EVENTS.subList(0, 3));

        assertThat(CompilationText.write(Compilations.of(atThree)))
                .contains("1. *Requests* [France: add “again ”] the [Secretary-General] to report");
    }
}
