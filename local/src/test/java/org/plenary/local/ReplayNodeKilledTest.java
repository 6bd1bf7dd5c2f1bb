package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query node running a replay is stopped in the middle of it (its context closed: the replay dies with it and
 * leaves its lease, as a killed process would), then started again: the other node keeps serving and projecting
 * the live generation meanwhile, the replay is started again (by the node itself on its return, or by the other
 * once the lease expired), and every node ends on the new generation, equal to a fresh rebuild.
 */
class ReplayNodeKilledTest {

    private static final Map<String, String> QUICK_REPLAY = Map.of("plenary.replay.max-poll-records", "5000",
            "plenary.replay.threads", "2");
    private PlenaryStack stack;
    private ConfigurableApplicationContext b;
    private final Http http = new Http();

    @AfterEach
    void stop() {
        if (b != null) {
            b.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theReplayIsStartedAgainAfterItsNodeDiedWhileTheOtherNodeKeepsServing() throws Exception {
        stack = PlenaryStack.builder().property("plenary.projection.node-id", "a")
                .property("plenary.replay.lease", "3s").property("plenary.replay.switch-wait", "10s")
                .property("plenary.replay.max-poll-records", "1").property("plenary.replay.threads", "1") // a slow replay on a
                .build().start();
        String command = stack.commandUrl() + "/api/drafts";
        String draft = http.submitSample(command);
        Acknowledged acknowledged = new Acknowledged();
        for (String delegation : CrashRecoveryTest.JOINERS.subList(0, 10)) {
            acknowledged.join(draft, delegation, http.post(command + "/" + draft + "/cosponsors", "dev:" + delegation, null)
                    .json().get("version").asLong());
        }
        int records = 11 + DuplicateDeliveryTest.deliverEverythingAgain(stack, 4000); // duplicates for the replay to read
        b = stack.startAnotherQueryNode(Map.of("plenary.projection.node-id", "b",
                "plenary.replay.max-poll-records", "5000", "plenary.replay.threads", "2"));
        String nodeB = PlenaryStack.url(b);
        int generation = generation(nodeB);

        String admin = stack.queryUrl() + "/api/admin/replay";
        assertThat(http.post(admin, "dev:SECRETARIAT", null).status()).isEqualTo(202);
        JsonNode progress = http.get(admin, "dev:SECRETARIAT").json();
        for (int i = 0; i < 600 && progress.get("eventsDone").asLong() < 1000; i++) {
            Thread.sleep(10);
            progress = http.get(admin, "dev:SECRETARIAT").json();
        }
        assertThat(progress.get("state").asText()).as(progress.toString()).isEqualTo("RUNNING");
        long doneWhenKilled = progress.get("eventsDone").asLong();
        stack.stopQuery(); // node a dies in the middle of the replay
        assertThat(doneWhenKilled).as("killed in the middle").isLessThan(records);
        assertThat(replayRecord().getString("state")).isEqualTo("RUNNING");
        assertThat(replayRecord().getString("owner")).isEqualTo("a");

        assertThat(http.get(nodeB + "/api/drafts/" + draft).json().get("version").asLong()).isEqualTo(11);
        Http.Response joined = http.post(command + "/" + draft + "/cosponsors", "dev:JPN", null);
        acknowledged.join(draft, "JPN", joined.json().get("version").asLong());
        assertThat(http.get(nodeB + "/api/drafts/" + draft + "?minVersion=12").json().get("version").asLong())
                .as("the live generation is projected and served by b meanwhile").isEqualTo(12);
        assertThat(generation(nodeB)).isEqualTo(generation);

        stack.startQuery(QUICK_REPLAY); // a returns: it takes its replay back (or b has taken it over)
        Document done = replayRecord();
        for (int i = 0; i < 600 && !"DONE".equals(done.getString("state")); i++) {
            Thread.sleep(100);
            done = replayRecord();
        }
        assertThat(done.getString("state")).as(done.toJson()).isEqualTo("DONE");
        assertThat(done.getInteger("generation")).isEqualTo(generation + 1);
        for (int i = 0; i < 100 && (generation(nodeB) != generation + 1 || generation(stack.queryUrl()) != generation + 1); i++) {
            Thread.sleep(100);
        }
        assertThat(generation(nodeB)).isEqualTo(generation + 1);
        assertThat(generation(stack.queryUrl())).isEqualTo(generation + 1);

        assertThat(acknowledged.checkStore(stack.mongo().connectionString())).isEqualTo(11);
        assertThat(acknowledged.checkProjections(http, nodeB)).isEqualTo(11);
        assertThat(acknowledged.checkProjections(http, stack.queryUrl())).isEqualTo(11);
        assertThat(Acknowledged.replayEqualsLive(http, nodeB)).isEqualTo(1);
        System.out.println("RELIABILITY replay node killed after " + doneWhenKilled + " of " + records
                + " records, replay taken over by " + done.getString("owner"));
        acknowledged.report("query node killed in the middle of a replay over " + records + " records", 1);
    }

    private int generation(String url) {
        return http.get(url + "/actuator/health").json().path("components").path("projection").path("details")
                .path("generation").asInt();
    }

    private Document replayRecord() {
        try (MongoClient client = MongoClients.create(stack.mongo().connectionString())) {
            return client.getDatabase("plenary").getCollection("projection_meta").find(Filters.eq("_id", "replay")).first();
        }
    }
}
