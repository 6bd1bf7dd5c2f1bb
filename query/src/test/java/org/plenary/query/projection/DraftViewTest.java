package org.plenary.query.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.query.TestProjections;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.AmendmentRejectedEvent;
import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.draft.CoSponsorWithdrawnEvent;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.json.Json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The view as a record: stored exactly as the mutable class before it stored it (field order and BSON types, which
 * the replay checksums hash), unchangeable by its readers, and its past forms derived without losing a field.
 */
class DraftViewTest {

    private static final Instant AT = Instant.parse("2017-05-23T10:00:00Z");
    private static final JsonWriterSettings EXTENDED = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    /**
     * What the mutable DraftView of commit 1b495f9 stored for {@link #events()} (checkpoints every 3 versions), and
     * the consultations added since.
     */
    static final String STORED_DRAFT = "{\"_id\": \"d1\", \"draftId\": \"d1\", \"version\": {\"$numberInt\": \"7\"}, \"document\": {\"header\": {}, \"kind\": \"d"
            + "raft resolution\", \"sponsors\": [\"Brazil\"], \"title\": \"T\", \"subject\": \"The General Assembly,\", \"preambl"
            + "e\": [{\"id\": \"pp1\", \"text\": \"Recalling,\", \"items\": []}], \"operative\": [{\"id\": \"op1\", \"text\": \"*Urges*"
            + " the Secretary-General to report.\", \"items\": []}], \"footnotes\": [], \"closing\": []}, \"mainSponsors\": "
            + "[\"BRA\"], \"coSponsors\": [{\"delegation\": \"FRA\", \"joinedAt\": \"2017-05-23T10:00:00Z\", \"joinedVersion\": {"
            + "\"$numberInt\": \"2\"}, \"withdrawnAt\": \"2017-05-23T10:00:05Z\", \"withdrawnVersion\": {\"$numberInt\": \"5\"}}]"
            + ", \"amendments\": [{\"amendmentId\": \"A1\", \"proposer\": \"FRA\", \"status\": \"accepted\", \"baseVersion\": {\"$nu"
            + "mberInt\": \"2\"}, \"operations\": [{\"op\": \"replaceText\", \"paragraphId\": \"op1\", \"start\": {\"$numberInt\": \""
            + "0\"}, \"end\": {\"$numberInt\": \"10\"}, \"text\": \"*Urges*\"}], \"proposedAt\": \"2017-05-23T10:00:00Z\", \"propos"
            + "edVersion\": {\"$numberInt\": \"3\"}, \"decidedBy\": \"BRA\", \"decidedAt\": \"2017-05-23T10:00:00Z\", \"decidedVe"
            + "rsion\": {\"$numberInt\": \"4\"}}, {\"amendmentId\": \"A2\", \"proposer\": \"FRA\", \"status\": \"rejected\", \"baseVe"
            + "rsion\": {\"$numberInt\": \"5\"}, \"reason\": \"why\", \"operations\": [{\"op\": \"replaceText\", \"paragraphId\": \"o"
            + "p1\", \"start\": {\"$numberInt\": \"0\"}, \"end\": {\"$numberInt\": \"10\"}, \"text\": \"*Urges*\"}], \"proposedAt\": \""
            + "2017-05-23T10:00:06Z\", \"proposedVersion\": {\"$numberInt\": \"6\"}, \"decidedBy\": \"BRA\", \"decidedAt\": \"201"
            + "7-05-23T10:00:07Z\", \"decidedVersion\": {\"$numberInt\": \"7\"}, \"decisionReason\": \"no\"}], \"submittedBy\": "
            + "\"BRA\", \"submittedAt\": \"2017-05-23T10:00:00Z\", \"updatedAt\": \"2017-05-23T10:00:07Z\", "
            // Since the consultations: the paragraphs as issued (for "3 bis" numbering), and no status, bracket or
            // alternative yet. The generation key "draft-view/consultations" rebuilds views stored without it.
            + "\"consultation\": {\"issuances\": [{\"version\": {\"$numberInt\": \"1\"}, \"preamble\": [\"pp1\"], "
            + "\"operative\": [\"op1\"]}], \"statuses\": [], \"brackets\": [], \"alternatives\": []}}";
    static final String STORED_CHECKPOINT = "{\"_id\": \"d1/3\", \"draftId\": \"d1\", \"version\": {\"$numberInt\": \"3\"}, \"document\": {\"header\": {}, \"kind\": "
            + "\"draft resolution\", \"sponsors\": [\"Brazil\"], \"title\": \"T\", \"subject\": \"The General Assembly,\", \"pream"
            + "ble\": [{\"id\": \"pp1\", \"text\": \"Recalling,\", \"items\": []}], \"operative\": [{\"id\": \"op1\", \"text\": \"*Requ"
            + "ests* the Secretary-General to report.\", \"items\": []}], \"footnotes\": [], \"closing\": []}}";
    static final String AMENDMENTS_ANSWER = "{\"draftId\":\"d1\",\"version\":7,\"amendments\":[{\"amendmentId\":\"A1\",\"proposer\":\"FRA\",\"status\":\"accepted\",\""
            + "baseVersion\":2,\"operations\":[{\"op\":\"replaceText\",\"paragraphId\":\"op1\",\"start\":0,\"end\":10,\"text\":\"*Urg"
            + "es*\"}],\"proposedAt\":\"2017-05-23T10:00:00Z\",\"proposedVersion\":3,\"decidedBy\":\"BRA\",\"decidedAt\":\"2017-0"
            + "5-23T10:00:00Z\",\"decidedVersion\":4,\"overlaps\":[]},{\"amendmentId\":\"A2\",\"proposer\":\"FRA\",\"status\":\"rejected\",\"baseVe"
            + "rsion\":5,\"reason\":\"why\",\"operations\":[{\"op\":\"replaceText\",\"paragraphId\":\"op1\",\"start\":0,\"end\":10,\"te"
            + "xt\":\"*Urges*\"}],\"proposedAt\":\"2017-05-23T10:00:06Z\",\"proposedVersion\":6,\"decidedBy\":\"BRA\",\"decidedAt"
            + "\":\"2017-05-23T10:00:07Z\",\"decidedVersion\":7,\"decisionReason\":\"no\",\"overlaps\":[]}]}";

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    /** Submission, a join, A1 proposed and accepted, the withdrawal, A2 proposed and rejected. */
    static List<EventEnvelope> events() {
        List<EventEnvelope> events = new ArrayList<>(ProjectionRunTest.negotiation());
        events.add(ProjectionRunTest.envelope(4, new CoSponsorWithdrawnEvent("d1", "FRA", "FRA", AT.plusSeconds(5))));
        events.add(ProjectionRunTest.envelope(5, new AmendmentProposedEvent("d1", "A2", 5, "why", ProjectionRunTest.OPS,
                "FRA", AT.plusSeconds(6))));
        events.add(ProjectionRunTest.envelope(6, new AmendmentRejectedEvent("d1", "A2", "no", "BRA", AT.plusSeconds(7))));
        return events;
    }

    @Test
    void isStoredAndAnsweredExactlyAsBefore() throws Exception {
        MongoDatabase database = mongo.emptyDatabase("draft-view-test");
        TestProjections projections = TestProjections.on(new ProjectionStore(database), 3);
        ProjectionRun projector = projections.set().run(projections.store(), 100);
        long offset = 0;
        for (EventEnvelope e : events()) {
            projector.accept(e, new TopicPartition("t", 0), offset++);
        }
        projector.flush();

        // since generation key "draft-view/paged": the view without its amendments and co-sponsorships as one JSON
        // string beside the fields the guards, the list and the checksums read, and the keys of the pages that hold
        // those lists, each page the JSON array of its entries exactly as the whole view had them
        Document stored = database.getCollection("drafts").find().first();
        assertThat(stored.keySet()).containsExactly("_id", "version", "document", "view", "pages");
        assertThat(stored.get("version")).isEqualTo(7L);
        assertThat(stored.get("document", Document.class)).isEqualTo(new Document("symbol", null).append("title", "T"));
        assertThat(stored.getString("pages")).isEqualTo("a0@7 c0@5");
        Document before = Document.parse(STORED_DRAFT);
        before.remove("_id");
        JsonWriterSettings relaxed = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();
        ObjectNode whole = (ObjectNode)
                Json.mapper().readTree(before.toJson(relaxed));
        JsonNode amendments = whole.replace("amendments", Json.mapper().createArrayNode());
        JsonNode coSponsors = whole.replace("coSponsors", Json.mapper().createArrayNode());
        assertThat(Json.mapper().readTree(stored.getString("view"))).isEqualTo(whole);
        assertThat(Json.mapper().readTree(page(database, "d1/a0@7"))).isEqualTo(amendments);
        assertThat(Json.mapper().readTree(page(database, "d1/c0@5"))).isEqualTo(coSponsors);
        assertThat(database.getCollection("draft_pages").countDocuments()).isEqualTo(2);
        assertThat(database.getCollection("checkpoints").find().first().toJson(EXTENDED)).isEqualTo(STORED_CHECKPOINT);
        DraftView read = projections.drafts().find("d1");
        assertThat(Json.mapper().writeValueAsString(new org.plenary.query.draft.AmendmentQueryController.Amendments("d1", 7,
                read.amendments().stream().map(a -> new org.plenary.query.draft.AmendmentQueryController.Amendment(a,
                        java.util.List.of())).toList()))).isEqualTo(AMENDMENTS_ANSWER);
    }

    private static String page(MongoDatabase database, String id) {
        Document page = database.getCollection("draft_pages").find(Filters.eq("_id", id)).first();
        assertThat(page).as("page " + id).isNotNull();
        return page.getString("json");
    }

    @Test
    void aViewStoredAsNestedDocumentsStillReads() {
        MongoDatabase database = mongo.emptyDatabase("draft-view-nested");
        ProjectionStore store = new ProjectionStore(database);
        database.getCollection("drafts").insertOne(Document.parse(STORED_DRAFT)); // a generation before json-view

        DraftView read = new DraftViewProjection(store).find("d1");

        assertThat(read).isEqualTo(built(events()));
    }

    @Test
    void aReaderCannotChangeAView() {
        DraftView view = built(events());

        assertThatThrownBy(() -> view.amendments().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> view.coSponsors().add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> view.mainSponsors().set(0, "FRA")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> view.amendments().get(0).operations().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aBuilderHandsOutAViewThatLaterEventsLeaveAlone() {
        List<EventEnvelope> events = events();
        DraftViewBuilder builder = DraftViewBuilder.submitted(events.get(0));
        for (EventEnvelope e : events.subList(1, 4)) {
            builder.apply(e);
        }
        DraftView atFour = builder.view();
        assertThat(builder.view()).isSameAs(atFour); // nothing changed: not copied again

        for (EventEnvelope e : events.subList(4, events.size())) {
            builder.apply(e);
        }

        assertThat(atFour.version()).isEqualTo(4);
        assertThat(atFour.amendments()).hasSize(1);
        assertThat(atFour.coSponsors()).singleElement().satisfies(c -> assertThat(c.active()).isTrue());
        assertThat(builder.view().version()).isEqualTo(7);
        assertThat(builder.view().amendment("A2").status()).isEqualTo(AmendmentStatus.REJECTED);
    }

    @Test
    void aPastViewEqualsTheViewBuiltFromTheEventsUpToIt() {
        List<EventEnvelope> events = events();
        DraftView current = built(events);
        for (int version = 1; version <= events.size(); version++) {
            DraftView then = built(events.subList(0, version));
            assertThat(current.asOf(version, then.document())).as("version %d", version).isEqualTo(then);
        }
        assertThatThrownBy(() -> current.asOf(8, current.document())).isInstanceOf(IllegalArgumentException.class);
    }

    private static DraftView built(List<EventEnvelope> events) {
        DraftViewBuilder builder = DraftViewBuilder.submitted(events.get(0));
        events.subList(1, events.size()).forEach(builder::apply);
        return builder.view();
    }
}
