package org.plenary.query.pastview;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.query.config.QueryProperties;
import org.plenary.query.TestProjections;
import org.plenary.query.projection.ProjectionRun;
import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.query.projection.VersionNotifier;
import org.plenary.query.web.NotFoundException;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.CoSponsorWithdrawnEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.draft.EventEnvelope;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which reads the view cache answers and which ask the store. */
class DraftReaderTest {

    private static final Instant AT = Instant.parse("2017-05-23T10:00:00Z");

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private MongoDatabase database;
    private DraftReader reader;

    @BeforeEach
    void setUp() {
        database = mongo.emptyDatabase("draft-reader-test");
        ProjectionStore store = new ProjectionStore(database);
        DraftDocument document = new DraftDocument(null, "draft resolution", null, List.of("Brazil"), null, null, "T",
                "The General Assembly,", List.of(new Paragraph("pp1", "Recalling,")),
                List.of(new Paragraph("op1", "*Requests* a report.")), List.of(), List.of());
        List<DraftEvent> events = List.of(new DraftSubmittedEvent("d1", document, List.of("BRA"), "BRA", AT),
                new CoSponsorJoinedEvent("d1", "FRA", "FRA", AT.plusSeconds(60)),
                new CoSponsorWithdrawnEvent("d1", "FRA", "FRA", AT.plusSeconds(120)),
                new CoSponsorJoinedEvent("d1", "DEU", "DEU", AT.plusSeconds(180)));
        TestProjections projections = TestProjections.on(store, 100);
        ProjectionRun projector = projections.set().run(store, 100);
        for (int seq = 0; seq < events.size(); seq++) {
            projector.accept(new EventEnvelope("e" + seq, "d1", seq, events.get(seq)), new TopicPartition("t", 0), seq);
        }
        projector.flush();
        QueryProperties properties = new QueryProperties(null, null, null,
                new QueryProperties.Queries(Duration.ofMillis(100), 100, 1000, 200, 1000), null);
        reader = new DraftReader(store, projections.drafts(), new VersionNotifier(), properties,
                new TimeTravel(store, projections.history(), projections.checkpoints()));
    }

    @Test
    void aPastPointTheCachedViewReachesIsAnsweredWithoutAskingTheStore() {
        assertThat(reader.load("d1", null).version()).isEqualTo(4); // cached now
        database.getCollection("drafts").deleteOne(Filters.eq("_id", "d1")); // the store changes behind its back

        DraftView atTwo = reader.load("d1", null, 2L, null);
        assertThat(atTwo.version()).isEqualTo(2);
        assertThat(atTwo.coSponsors()).singleElement().satisfies(c -> {
            assertThat(c.delegation()).isEqualTo("FRA");
            assertThat(c.active()).isTrue(); // withdrawn only at version 3
        });
        assertThat(reader.loadText("d1", 4L, 3L, null).version()).isEqualTo(3);
        assertThat(reader.load("d1", null, null, AT.plusSeconds(90)).version()).isEqualTo(2);

        // the present, a version beyond the cached one, a later instant, or a wait for a later version: the store
        assertThatThrownBy(() -> reader.load("d1", null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reader.load("d1", null, 5L, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reader.load("d1", null, null, AT.plusSeconds(600))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reader.loadText("d1", 5L, 2L, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void withoutACachedViewEveryReadGoesToTheStore() {
        DraftView atThree = reader.load("d1", null, 3L, null);
        assertThat(atThree.version()).isEqualTo(3);
        assertThat(atThree.coSponsors()).singleElement().satisfies(c -> assertThat(c.active()).isFalse());
        assertThatThrownBy(() -> reader.load("d1", null, 1L, AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("either version or asOf");
    }
}
