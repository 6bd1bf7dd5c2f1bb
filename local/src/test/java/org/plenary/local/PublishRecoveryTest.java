package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.shared.json.Json;
import org.plenary.shared.un.UnTextReader;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command acknowledged to a client is never lost: the command side stops after the store has the events
 * and before Kafka has them; at its next start it publishes them, and each arrives in the projections
 * exactly once, even when recovery publishes events Kafka already had.
 */
class PublishRecoveryTest {

    private PlenaryStack stack;
    private final Http http = new Http();

    @BeforeEach
    void start() {
        stack = PlenaryStack.builder().build().start();
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    @Test
    void eventsStoredButNotPublishedArriveExactlyOnceAfterRestart() throws Exception {
        stack.stopCommand();
        stack.startCommand(Map.of("plenary.publisher.enabled", "false"));
        String command = stack.commandUrl() + "/api/drafts";
        String sample = Json.mapper().writeValueAsString(UnTextReader.read(PlenaryLocal.readSample()));
        Http.Response created = http.post(command, "dev:SECRETARIAT", sample);
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("draftId").asText();
        assertThat(http.post(command + "/" + id + "/cosponsors", "dev:FRA", null).status()).isEqualTo(200);
        assertThat(http.post(command + "/" + id + "/cosponsors", "dev:KEN", null).status()).isEqualTo(200);

        String query = stack.queryUrl() + "/api/drafts/" + id;
        assertThat(http.get(query).status()).as("nothing reached Kafka").isEqualTo(404);
        assertThat(unpublishedCount()).isEqualTo(3);

        stack.stopCommand();
        stack.startCommand();

        JsonNode history = http.get(query + "/history?minVersion=3").json();
        assertThat(history.get("version").asLong()).isEqualTo(3);
        assertThat(history.get("events").findValuesAsText("seq")).containsExactly("0", "1", "2");
        assertThat(waitForUnpublished(0)).isZero();

        // Events marked unpublished (as every event stored before the watermarks was, until Kafka acknowledged it):
        // recovery publishes them again.
        markAllUnpublished();
        stack.stopCommand();
        stack.startCommand();
        String command2 = stack.commandUrl() + "/api/drafts";
        assertThat(http.post(command2 + "/" + id + "/cosponsors", "dev:PER", null).json().get("version").asLong()).isEqualTo(4);

        JsonNode after = http.get(query + "/history?minVersion=4").json();
        assertThat(after.get("events").findValuesAsText("seq")).containsExactly("0", "1", "2", "3");
        JsonNode sponsors = http.get(query + "/sponsors").json();
        assertThat(sponsors.get("coSponsors").findValuesAsText("code")).containsExactly("FRA", "KEN", "PER");
    }

    private long unpublishedCount() {
        return StoredPublications.unpublished(stack);
    }

    private long waitForUnpublished(long expected) throws InterruptedException {
        long count = unpublishedCount();
        for (int i = 0; i < 100 && count != expected; i++) {
            Thread.sleep(50);
            count = unpublishedCount();
        }
        return count;
    }

    private void markAllUnpublished() {
        try (MongoClient client = MongoClients.create(stack.mongo().connectionString())) {
            client.getDatabase("plenary").getCollection("events").updateMany(new Document(), Updates.set("p", false));
        }
    }
}
