package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.command.store.PublicationMarks;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 over two command nodes: one node acknowledges commands whose events never reach Kafka and dies (its
 * incarnation's watermark left below them, its document looking alive). The other node's next start publishes them
 * without retiring the incarnation (it could be a live node); once that incarnation has been silent for a lease, the
 * running node's sweep retires it. Every event arrives in the projections exactly once.
 */
class NodeCrashRecoveryTest {

    private PlenaryStack stack;
    private ConfigurableApplicationContext secondNode;
    private final Http http = new Http();

    @AfterEach
    void stop() {
        if (secondNode != null) {
            secondNode.close();
        }
        stack.close();
    }

    @Test
    void eventsAnotherNodeStoredAndNeverPublishedArriveOnceAndItsIncarnationIsRetiredAfterTheLease() throws Exception {
        stack = PlenaryStack.builder().build().start();
        String id = http.submitSample(stack.commandUrl() + "/api/drafts");
        secondNode = stack.startAnotherCommandNode(Map.of("plenary.publisher.enabled", "false"));
        String second = PlenaryStack.url(secondNode) + "/api/drafts/" + id + "/cosponsors";
        assertThat(http.post(second, "dev:FRA", null).json().get("version").asLong()).isEqualTo(2);
        assertThat(http.post(second, "dev:KEN", null).json().get("version").asLong()).isEqualTo(3);
        String secondIncarnation = incarnationOf(id + "/2");
        assertThat(unpublished()).isEqualTo(2);

        secondNode.close(); // then made to look as a kill -9 leaves it: not closed, written a moment ago
        secondNode = null;
        marks(collection -> collection.updateOne(Filters.eq("_id", secondIncarnation), Updates.set("closed", false)));
        stack.stopCommand();
        stack.startCommand(Map.of("plenary.publisher.lease", "1s"));

        String query = stack.queryUrl() + "/api/drafts/" + id;
        JsonNode history = http.get(query + "/history?minVersion=3").json();
        assertThat(history.get("events").findValuesAsText("seq")).containsExactly("0", "1", "2");
        assertThat(http.post(stack.commandUrl() + "/api/drafts/" + id + "/cosponsors", "dev:PER", null).json()
                .get("version").asLong()).isEqualTo(4);
        assertThat(waitUntilRetired(secondIncarnation)).as("retired by the running node's sweep").isTrue();
        assertThat(unpublished()).isZero();
        JsonNode sponsors = http.get(query + "/sponsors?minVersion=4").json();
        assertThat(sponsors.get("coSponsors").findValuesAsText("code")).containsExactly("FRA", "KEN", "PER");
        assertThat(http.get(query + "/history").json().get("events").findValuesAsText("seq"))
                .containsExactly("0", "1", "2", "3");
    }

    private interface MarksAction {
        void on(MongoCollection<Document> marks);
    }

    private void marks(MarksAction action) {
        try (MongoClient client = MongoClients.create(stack.mongo().connectionString())) {
            action.on(client.getDatabase("plenary").getCollection("publication_marks"));
        }
    }

    private String incarnationOf(String eventId) {
        try (MongoClient client = MongoClients.create(stack.mongo().connectionString())) {
            return client.getDatabase("plenary").getCollection("events").find(Filters.eq("_id", eventId)).first().getString("n");
        }
    }

    private List<PublicationMarks.Mark> incarnations() {
        try (MongoClient client = MongoClients.create(stack.mongo().connectionString())) {
            return new PublicationMarks(client.getDatabase("plenary").getCollection("publication_marks"), Duration.ofDays(1)).all();
        }
    }

    private long unpublished() {
        return StoredPublications.unpublished(stack);
    }

    private boolean waitUntilRetired(String incarnation) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (incarnations().stream().noneMatch(m -> m.incarnation().equals(incarnation))) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }
}
