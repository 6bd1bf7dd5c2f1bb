package org.plenary.query.pastview;

import com.mongodb.client.MongoDatabase;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.query.TestProjections;
import org.plenary.query.projection.AmendmentViewTest;
import org.plenary.query.projection.ConsultationEvents;
import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.ProjectionRun;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.json.Json;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amendments rebased, overtaken, revised, superseded by a compromise and amended, at every version (checkpoints every
 * 4 versions): each equals its events replayed, whether the view knows the version or it is replayed.
 */
class AmendmentTimeTravelTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    @Test
    void everyVersionOfAnAmendmentNegotiationEqualsItsEventsReplayed() throws Exception {
        MongoDatabase database = mongo.emptyDatabase("amendment-time-travel");
        ProjectionStore store = new ProjectionStore(database);
        TestProjections projections = TestProjections.on(store, 4);
        ProjectionRun run = projections.set().run(store, 100);
        List<EventEnvelope> events = AmendmentViewTest.negotiation();
        for (EventEnvelope e : events) {
            run.accept(e, new TopicPartition("t", 0), e.seq());
        }
        run.flush();
        TimeTravel timeTravel = new TimeTravel(store, projections.history(), projections.checkpoints());
        DraftView current = projections.drafts().find("d1");

        for (int version = events.size(); version >= 1; version--) {
            DraftView expected = ConsultationEvents.built(events.subList(0, version));
            assertThat(Json.mapper().writeValueAsString(timeTravel.at(current, version))).as("version %d", version)
                    .isEqualTo(Json.mapper().writeValueAsString(expected));
            assertThat(timeTravel.textAt(current, version)).as("text at %d", version).isEqualTo(expected.document());
        }
        assertThat(current.knowsAmendmentsAt(3)).as("nothing proposed by version 3 changed after it? A1…A3 did").isFalse();
        assertThat(current.knowsAmendmentsAt(13)).isTrue();
    }
}
