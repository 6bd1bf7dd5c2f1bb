package org.plenary.query.history;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.query.TestProjections;
import org.plenary.query.pastview.TimeTravel;
import org.plenary.query.projection.ConsultationEvents;
import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.ProjectionRun;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.shared.draft.EventEnvelope;

import static org.assertj.core.api.Assertions.assertThat;

/** A chosen alternative in blame and in a paragraph's history: credited to the delegation that proposed it. */
class ConsultationHistoryTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    @Test
    void aChosenAlternativeIsCreditedToItsProposer() {
        ProjectionStore store = new ProjectionStore(mongo.emptyDatabase("consultation-history"));
        TestProjections projections = TestProjections.on(store, 5);
        ProjectionRun run = projections.set().run(store, 100);
        for (EventEnvelope e : ConsultationEvents.negotiation()) {
            run.accept(e, new TopicPartition("t", 0), e.seq());
        }
        run.flush();
        TimeTravel timeTravel = new TimeTravel(store, projections.history(), projections.checkpoints());
        DraftView current = projections.drafts().find("d1");

        Blame.Result blame = Blame.at(timeTravel, current, current.version());
        Blame.ParagraphBlame op1 = blame.paragraphs().stream().filter(p -> p.id().equals("op1")).findFirst().orElseThrow();
        assertThat(op1.spans()).singleElement().satisfies(span -> {
            assertThat(span.text()).isEqualTo(ConsultationEvents.ALT);
            assertThat(span.attribution().amendmentId()).isEqualTo("Alt 1");
            assertThat(span.attribution().proposer()).isEqualTo("FRA");
            assertThat(span.attribution().acceptedBy()).isEqualTo("BRA");
        });

        ParagraphHistory.Result history = ParagraphHistory.of(timeTravel, current, "op1");
        assertThat(history.changes()).extracting(ParagraphHistory.Change::amendmentId).containsExactly("A1", "Alt 1");
        assertThat(history.changes().get(1).proposer()).isEqualTo("FRA");
        assertThat(history.changes().get(1).after()).isEqualTo(ConsultationEvents.ALT);
    }
}
