package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.local.cli.PlenaryCli;
import org.plenary.shared.json.Json;
import org.plenary.shared.un.UnTextReader;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replay rebuilds every projection from the topic into a fresh generation while the live one serves, then
 * switches: the rebuilt state equals the live one (checksum per draft), queries answer the same, the live
 * projection continues; a projection missing from the active generation is backfilled at start.
 */
class ReplayEndToEndTest {

    private static PlenaryStack stack;
    private static final Http http = new Http();
    private static String command;
    private static String first;
    private static String second;

    @BeforeAll
    static void negotiate() throws Exception {
        stack = PlenaryStack.builder().property("plenary.projection.checkpoint-interval", "2").build().start();
        command = stack.commandUrl() + "/api/drafts";
        String sample = Json.mapper().writeValueAsString(UnTextReader.read(PlenaryLocal.readSample()));
        first = http.post(command, "dev:SECRETARIAT", sample).json().get("draftId").asText();
        second = http.post(command, "dev:BRA", sample).json().get("draftId").asText();
        for (String delegation : List.of("FRA", "KEN", "PER", "JPN")) {
            assertThat(http.post(command + "/" + first + "/cosponsors", "dev:" + delegation, null).status()).isEqualTo(200);
        }
        assertThat(http.post(command + "/" + second + "/amendments", "dev:FRA",
                "{\"baseVersion\":1,\"operations\":[{\"op\":\"deleteParagraph\",\"paragraphId\":\"op7\"}]}").status()).isEqualTo(201);
        assertThat(http.post(command + "/" + second + "/amendments/A1/accept", "dev:BRA", null).status()).isEqualTo(200);
        assertThat(http.get(query(first) + "?minVersion=5").json().get("version").asLong()).isEqualTo(5);
        assertThat(http.get(query(second) + "?minVersion=3").json().get("version").asLong()).isEqualTo(3);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    private static String query(String draftId) {
        return stack.queryUrl() + "/api/drafts/" + draftId;
    }

    @Test
    void replayRebuildsEqualProjectionsSwitchesAndKeepsProjecting() throws Exception {
        String admin = stack.queryUrl() + "/api/admin/replay";
        assertThat(http.post(admin, null, null).status()).isEqualTo(401);
        assertThat(http.post(admin, "dev:FRA", null).status()).isEqualTo(403);
        JsonNode before = http.get(query(first)).json();
        JsonNode historyBefore = http.get(query(second) + "/history").json();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = PlenaryCli.run(new String[]{"replay", "--query-url", stack.queryUrl(), "--token", "dev:SECRETARIAT"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("[##############################] 100%").contains("8/8 events");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(first).contains(second).contains("equal")
                .doesNotContain("DIFFERENT");
        JsonNode progress = http.get(admin, "dev:SECRETARIAT").json();
        assertThat(progress.get("state").asText()).isEqualTo("DONE");
        assertThat(progress.get("allEqual").asBoolean()).isTrue();
        assertThat(progress.get("checksums").size()).isEqualTo(2);
        int generation = progress.get("generation").asInt();
        assertThat(generation).isGreaterThanOrEqualTo(1);

        assertThat(http.get(query(first)).json()).isEqualTo(before);
        assertThat(http.get(query(second) + "/history").json()).isEqualTo(historyBefore);
        assertThat(http.get(query(first) + "?version=2").json().get("coSponsors")).hasSize(1);

        assertThat(http.post(command + "/" + first + "/cosponsors", "dev:ITA", null).status()).isEqualTo(200);
        assertThat(http.get(query(first) + "/sponsors?minVersion=6").json().get("coSponsors")).hasSize(5);
        try (MongoClient client = MongoClients.create(stack.mongo().connectionString())) {
            MongoDatabase database = client.getDatabase("plenary");
            assertThat(database.getCollection("drafts_g" + generation).countDocuments()).isEqualTo(2);
            assertThat(database.listCollectionNames().into(new java.util.ArrayList<>()))
                    .doesNotContain(generation == 1 ? "drafts" : "drafts_g" + (generation - 1));
        }
    }

    @Test
    void aProjectionMissingFromTheActiveGenerationIsBackfilledAtStart() throws Exception {
        stack.stopQuery();
        int generation;
        try (MongoClient client = MongoClients.create(stack.mongo().connectionString())) {
            MongoDatabase database = client.getDatabase("plenary");
            generation = database.getCollection("projection_meta").find(Filters.eq("_id", "active")).first().getInteger("generation");
            // as if this generation had been built by code that did not have checkpoints yet
            database.getCollection("projection_meta").updateOne(Filters.eq("_id", "active"),
                    Updates.set("projections", List.of("draft-view", "negotiation-history")));
            database.getCollection(generation == 0 ? "checkpoints" : "checkpoints_g" + generation).drop();
        }
        stack.startQuery();

        JsonNode progress = null;
        for (int i = 0; i < 200; i++) {
            progress = http.get(stack.queryUrl() + "/api/admin/replay", "dev:SECRETARIAT").json();
            if (!progress.get("state").asText().equals("RUNNING") && progress.get("generation").asInt() > generation) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(progress.get("state").asText()).isEqualTo("DONE");
        assertThat(progress.get("generation").asInt()).isEqualTo(generation + 1);
        assertThat(progress.get("allEqual").asBoolean()).isTrue();
        try (MongoClient client = MongoClients.create(stack.mongo().connectionString())) {
            MongoDatabase database = client.getDatabase("plenary");
            assertThat(database.getCollection("projection_meta").find(Filters.eq("_id", "active")).first().getList("projections", String.class))
                    .contains("checkpoints");
            assertThat(database.getCollection("checkpoints_g" + (generation + 1)).countDocuments()).isGreaterThan(0);
        }
        assertThat(http.get(query(first) + "?version=4").json().get("coSponsors")).hasSize(3);
    }
}
