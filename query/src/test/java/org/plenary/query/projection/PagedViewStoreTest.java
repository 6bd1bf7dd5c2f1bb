package org.plenary.query.projection;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.query.TestProjections;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.AmendmentRejectedEvent;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.json.Json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.query.TestNegotiations.AT;
import static org.plenary.query.projection.ProjectionRunTest.OPS;
import static org.plenary.query.projection.ProjectionRunTest.envelope;

/**
 * Draft views stored as a head and pages ({@link DraftViewProjection}, {@link ViewPages}): a batch writes the pages
 * it changed and deletes those its head no longer lists, a node that reads the draft again goes on from what is
 * stored, a view stored whole before pages is read and then written in pages, and a page gone for good is an error.
 */
class PagedViewStoreTest {

    private static final TopicPartition P0 = new TopicPartition("t", 0);

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    /** The negotiation of {@link ProjectionRunTest#negotiation()} (A1 accepted at 4), then A2..A{n} proposed. */
    private static List<EventEnvelope> proposals(int amendments) {
        List<EventEnvelope> events = new ArrayList<>(ProjectionRunTest.negotiation());
        for (int n = 2; n <= amendments; n++) {
            long seq = events.size();
            events.add(envelope(seq, new AmendmentProposedEvent("d1", "A" + n, 4, null, OPS, "FRA", AT.plusSeconds(seq))));
        }
        return events;
    }

    private static Set<String> pageIds(MongoDatabase database) {
        Set<String> ids = new HashSet<>();
        for (Document page : database.getCollection("draft_pages").find()) {
            ids.add(page.getString("_id"));
        }
        return ids;
    }

    private static String head(MongoDatabase database) {
        return database.getCollection("drafts").find(Filters.eq("_id", "d1")).first().getString("pages");
    }

    @Test
    void aBatchWritesThePagesItChangedAndDeletesTheOnesReplaced() {
        MongoDatabase database = mongo.emptyDatabase("paged-batches");
        TestProjections projections = TestProjections.on(new ProjectionStore(database), 100);
        ProjectionRun run = projections.set().run(projections.store(), 100);
        List<EventEnvelope> events = proposals(40); // versions 1..43: A1 at 3 (accepted at 4), A2..A40 at 5..43
        long offset = 0;
        for (EventEnvelope e : events) {
            run.accept(e, P0, offset++);
        }
        run.flush();
        assertThat(head(database)).isEqualTo("a0@19 a1@35 a2@43 c0@2");
        assertThat(pageIds(database)).containsExactlyInAnyOrder("d1/a0@19", "d1/a1@35", "d1/a2@43", "d1/c0@2");
        Document untouched = database.getCollection("draft_pages").find(Filters.eq("_id", "d1/a1@35")).first();

        // A2 (page 0) rejected: only that page is written again, under the version that changed it
        run.accept(envelope(43, new AmendmentRejectedEvent("d1", "A2", "no", "BRA", AT.plusSeconds(50))), P0, offset++);
        run.flush();

        assertThat(head(database)).isEqualTo("a0@44 a1@35 a2@43 c0@2");
        assertThat(pageIds(database)).containsExactlyInAnyOrder("d1/a0@44", "d1/a1@35", "d1/a2@43", "d1/c0@2");
        assertThat(database.getCollection("draft_pages").find(Filters.eq("_id", "d1/a1@35")).first()).isEqualTo(untouched);
        DraftView read = projections.drafts().find("d1");
        assertThat(read.version()).isEqualTo(44);
        assertThat(read.amendments()).hasSize(40);
        assertThat(read.amendment("A2").status().json()).isEqualTo("rejected");
        assertThat(read.coSponsors()).extracting(DraftView.CoSponsorship::delegation).containsExactly("FRA");
    }

    @Test
    void aNodeThatReadsTheDraftAgainGoesOnFromWhatIsStored() {
        MongoDatabase database = mongo.emptyDatabase("paged-reread");
        TestProjections projections = TestProjections.on(new ProjectionStore(database), 100);
        List<EventEnvelope> events = proposals(20);
        ProjectionRun first = projections.set().run(projections.store(), 100);
        long offset = 0;
        for (EventEnvelope e : events) {
            first.accept(e, P0, offset++);
        }
        first.flush();

        ProjectionRun second = projections.set().run(projections.store(), 100); // another node, or after a rebalance
        EventEnvelope accepted = envelope(23, new AmendmentAcceptedEvent("d1", "A20", OPS, "BRA", AT.plusSeconds(60)));
        second.accept(accepted, P0, offset);
        second.flush();

        // page 1 (A17..A20) replaced, page 0 kept as it was
        assertThat(head(database)).isEqualTo("a0@19 a1@24 c0@2");
        assertThat(pageIds(database)).containsExactlyInAnyOrder("d1/a0@19", "d1/a1@24", "d1/c0@2");
        List<EventEnvelope> all = new ArrayList<>(events);
        all.add(accepted);
        assertThat(projections.drafts().find("d1")).isEqualTo(ConsultationEvents.built(all));
    }

    @Test
    void aViewStoredWholeIsReadAndThenWrittenInPages() throws Exception {
        MongoDatabase database = mongo.emptyDatabase("paged-upgrade");
        TestProjections projections = TestProjections.on(new ProjectionStore(database), 100);
        List<EventEnvelope> events = DraftViewTest.events();
        DraftView whole = ConsultationEvents.built(events);
        // as generation "draft-view/json-view" stored it: the whole view as one JSON string, no pages
        database.getCollection("drafts").insertOne(new Document("version", 7L)
                .append("document", new Document("symbol", null).append("title", "T"))
                .append("view", Json.mapper().writeValueAsString(whole)).append("_id", "d1"));
        assertThat(projections.drafts().find("d1")).isEqualTo(whole);

        // the views alone: the history of this draft was never projected here
        ProjectionRun run = new ProjectionSet(projections.drafts(), List.of()).run(projections.store(), 100);
        EventEnvelope next = envelope(7, new AmendmentProposedEvent("d1", "A3", 7, null, OPS, "DEU", AT.plusSeconds(9)));
        run.accept(next, P0, 7);
        run.flush();

        assertThat(head(database)).isEqualTo("a0@8 c0@5");
        assertThat(pageIds(database)).containsExactlyInAnyOrder("d1/a0@8", "d1/c0@5"); // c0 unchanged, written anew
        List<EventEnvelope> all = new ArrayList<>(events);
        all.add(next);
        assertThat(projections.drafts().find("d1")).isEqualTo(ConsultationEvents.built(all));
    }

    @Test
    void aPageGoneForGoodIsAnError() {
        MongoDatabase database = mongo.emptyDatabase("paged-missing");
        TestProjections projections = TestProjections.on(new ProjectionStore(database), 100);
        ProjectionRun run = projections.set().run(projections.store(), 100);
        long offset = 0;
        for (EventEnvelope e : proposals(3)) {
            run.accept(e, P0, offset++);
        }
        run.flush();
        database.getCollection("draft_pages").deleteOne(Filters.eq("_id", "d1/a0@6"));

        assertThatThrownBy(() -> projections.drafts().find("d1")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the pages of d1 went missing " + DraftViewProjection.READ_ATTEMPTS + " times");
    }
}
