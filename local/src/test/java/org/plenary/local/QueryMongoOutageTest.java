package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.embedded.FreePorts;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MongoDB-protocol server away while events reach the query side: the projection cannot write them, says so on
 * health (readiness DOWN), keeps them (reads them again from its last commit, again and again), and once MongoDB is
 * back projects them without a restart. Events reach the topic during the outage because they were acknowledged
 * while the broker was away (stored, waiting to be published) and published once it returned, after MongoDB left.
 */
class QueryMongoOutageTest {

    @TempDir
    Path data;
    private PlenaryStack stack;
    private final Http http = new Http();

    @AfterEach
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theProjectionReportsMongoAwayKeepsWhatItCannotWriteAndRecoversWithoutARestart() throws Exception {
        int mongoPort = FreePorts.pick();
        stack = PlenaryStack.builder().dataDirectory(data).oneStore().ports(0, 0, 0, mongoPort)
                .property("plenary.mongo.uri", "mongodb://127.0.0.1:" + mongoPort + "/?serverSelectionTimeoutMS=1500")
                .property("plenary.projection.retry-backoff", "200ms")
                .build().start();
        String command = stack.commandUrl() + "/api/drafts";
        String draft = http.submitSample(command);
        Acknowledged acknowledged = new Acknowledged();
        acknowledged.join(draft, "FRA", http.post(command + "/" + draft + "/cosponsors", "dev:FRA", null).json().get("version").asLong());
        assertThat(http.get(stack.queryUrl() + "/api/drafts/" + draft + "?minVersion=2").json().get("version").asLong()).isEqualTo(2);

        stack.stopKafka();
        List<String> whileAway = CrashRecoveryTest.JOINERS.subList(0, 4);
        for (String delegation : whileAway) {
            Http.Response joined = http.post(command + "/" + draft + "/cosponsors", "dev:" + delegation, null);
            assertThat(joined.status()).as(joined.body()).isEqualTo(200);
            acknowledged.join(draft, delegation, joined.json().get("version").asLong());
        }
        stack.stopMongo();
        stack.startKafka();

        JsonNode projection = null;
        for (int i = 0; i < 300 && (projection == null || !projection.path("status").asText().equals("DOWN")
                || projection.path("details").path("failedBatches").asLong() < 2); i++) {
            Thread.sleep(100);
            projection = http.get(stack.queryUrl() + "/actuator/health").json().path("components").path("projection");
        }
        assertThat(projection.path("status").asText()).as(projection.toString()).isEqualTo("DOWN");
        assertThat(projection.path("details").path("reason").asText()).contains("batches are not written since");
        long failedBatches = projection.path("details").path("failedBatches").asLong();
        assertThat(failedBatches).as("retried, not given up").isGreaterThanOrEqualTo(2);
        JsonNode health = http.get(stack.queryUrl() + "/actuator/health").json();
        assertThat(health.path("components").path("mongo").path("status").asText()).isEqualTo("DOWN");
        assertThat(http.get(stack.queryUrl() + "/actuator/health/readiness").status()).isEqualTo(503);

        stack.startMongo();

        long last = acknowledged.lastVersion(draft);
        JsonNode view = http.get(stack.queryUrl() + "/api/drafts/" + draft + "?minVersion=" + last).json();
        for (int i = 0; i < 100 && view.path("version").asLong() < last; i++) {
            view = http.get(stack.queryUrl() + "/api/drafts/" + draft + "?minVersion=" + last).json();
        }
        assertThat(view.path("version").asLong()).as("projected once MongoDB is back, without a restart").isEqualTo(last);
        for (int i = 0; i < 100 && http.get(stack.queryUrl() + "/actuator/health/readiness").status() != 200; i++) {
            Thread.sleep(100);
        }
        assertThat(http.get(stack.queryUrl() + "/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(acknowledged.checkStore(stack.mongo().connectionString())).isEqualTo(5);
        assertThat(acknowledged.checkProjections(http, stack.queryUrl())).isEqualTo(5);
        assertThat(Acknowledged.replayEqualsLive(http, stack.queryUrl())).isEqualTo(1);
        acknowledged.report("MongoDB away while events reach the query side (" + failedBatches
                + " batches retried before it returned)", 1);
    }
}
