package org.plenary.local;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft that is not in the command node's cache is loaded from its latest snapshot plus the events after
 * it: proven by deleting the events the snapshot covers before the node restarts. Every part of the state
 * the decisions need (text, sponsors, amendments, paragraph changes, id counters) survives.
 */
class AggregateSnapshotTest {

    private static PlenaryStack stack;
    private static final Http http = new Http();

    @BeforeAll
    static void start() {
        stack = PlenaryStack.builder().property("plenary.aggregates.snapshot-threshold", "3").build().start();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    /** Snapshots are taken by a thread of their own after the command answered: waits up to 10 s for one. */
    private static Document awaitSnapshot(MongoDatabase database, String id) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        Document snapshot = database.getCollection("snapshots").find(Filters.eq("_id", id)).first();
        while (snapshot == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
            snapshot = database.getCollection("snapshots").find(Filters.eq("_id", id)).first();
        }
        return snapshot;
    }

    @Test
    void aDraftLoadsFromItsSnapshotAfterARestart() throws Exception {
        String command = stack.commandUrl() + "/api/drafts";
        String id = http.submitSample(command);
        assertThat(http.post(command + "/" + id + "/amendments", "dev:FRA",
                "{\"baseVersion\":1,\"operations\":[{\"op\":\"replaceText\",\"paragraphId\":\"op1\",\"start\":0,\"end\":10,\"text\":\"*Urges*\"},"
                        + "{\"op\":\"insertParagraph\",\"section\":\"operative\",\"after\":\"op7\",\"text\":\"*Decides* to remain seized;\"}]}")
                .status()).isEqualTo(201);
        assertThat(http.post(command + "/" + id + "/amendments/A1/accept", "dev:BRA", null).status()).isEqualTo(200);
        for (String delegation : List.of("FRA", "KEN", "PER", "JPN", "ITA")) {
            assertThat(http.post(command + "/" + id + "/cosponsors", "dev:" + delegation, null).status()).isEqualTo(200);
        }

        long covered;
        try (MongoClient client = MongoClients.create(stack.mongo().connectionString())) {
            MongoDatabase database = client.getDatabase("plenary");
            Document snapshot = awaitSnapshot(database, id);
            assertThat(snapshot).as("a snapshot was taken").isNotNull();
            covered = snapshot.getLong("s");
            assertThat(covered).isBetween(2L, 7L);
            stack.stopCommand();
            for (long seq = 0; seq <= covered; seq++) {
                database.getCollection("events").deleteOne(Filters.eq("_id", id + "/" + seq));
            }
        }
        stack.startCommand();
        command = stack.commandUrl() + "/api/drafts";

        Http.Response withdrawn = http.delete(command + "/" + id + "/cosponsors/me", "dev:ITA");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().get("version").asLong()).isEqualTo(9);
        assertThat(http.post(command + "/" + id + "/cosponsors", "dev:CHN", null).json().get("message").asText())
                .contains("CHN is a main sponsor");
        assertThat(http.post(command + "/" + id + "/cosponsors", "dev:KEN", null).json().get("message").asText())
                .contains("KEN is a co-sponsor");
        Http.Response stale = http.post(command + "/" + id + "/amendments", "dev:DEU",
                "{\"baseVersion\":1,\"operations\":[{\"op\":\"replaceText\",\"paragraphId\":\"op1\",\"start\":0,\"end\":3,\"text\":\"x\"}]}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("message").asText()).contains("were changed by A1");
        Http.Response next = http.post(command + "/" + id + "/amendments", "dev:DEU",
                "{\"baseVersion\":9,\"operations\":[{\"op\":\"insertParagraph\",\"section\":\"operative\",\"after\":null,\"text\":\"*Notes*;\"}]}");
        assertThat(next.status()).as(next.body()).isEqualTo(201);
        assertThat(next.json().get("amendmentId").asText()).isEqualTo("A2");
        assertThat(http.get(stack.queryUrl() + "/api/drafts/" + id + "/amendments?minVersion=10").json()
                .get("amendments").get(1).get("operations").get(0).get("paragraphId").asText()).isEqualTo("op9");
        assertThat(http.post(command + "/" + id + "/amendments/A2/accept", "dev:IRN", null).status()).isEqualTo(200);
        assertThat(http.get(stack.queryUrl() + "/api/drafts/" + id + "/text?minVersion=11").body())
                .contains("1. *Notes*;").contains("2. *Urges* the open-ended").contains("9. *Decides* to remain seized;");
    }
}
