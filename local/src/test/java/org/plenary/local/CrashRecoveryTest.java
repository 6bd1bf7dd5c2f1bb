package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.shared.delegation.Delegation;
import org.plenary.shared.delegation.DelegationRegistry;
import org.plenary.shared.json.Json;
import org.plenary.shared.un.UnTextReader;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, defect 3, reproduced in one JVM on the H2 file backend: {@link PlenaryStack#crash()} leaves the store
 * file as a {@code kill -9} would. H2's background writer is slowed to an hour, so only explicit flushes reach the
 * file and what a crash loses is decided by the test, not by timing.
 */
class CrashRecoveryTest {

    /** Delegations that are not sponsors of the sample draft. */
    static final List<String> JOINERS = DelegationRegistry.standard().all().stream().map(Delegation::code)
            .filter(c -> !Set.of("BLR", "BRA", "CHN", "ECU", "FIN", "GTM", "IND", "IRN", "NLD", "PAK", "RUS", "ZAF")
                    .contains(c))
            .toList();

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

    private StackSettings onDisk() {
        return PlenaryStack.builder().dataDirectory(data).h2CommitInterval(Duration.ofHours(1));
    }

    private String submitSample() throws Exception {
        String sample = Json.mapper().writeValueAsString(UnTextReader.read(PlenaryLocal.readSample()));
        Http.Response created = http.post(stack.commandUrl() + "/api/drafts", "dev:SECRETARIAT", sample);
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("draftId").asText();
    }

    private long join(String draftId, String delegation) {
        Http.Response response = http.post(stack.commandUrl() + "/api/drafts/" + draftId + "/cosponsors", "dev:" + delegation, null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("version").asLong();
    }

    @Test
    void eventsTheStoreLostButTheTopicHoldsAreRestoredAndNoVersionIsHandedOutTwice() throws Exception {
        // as before durable acknowledgements: the store writes its file only now and then (here: when told to)
        stack = onDisk().durableAcknowledgements(false).build().start();
        String draft = submitSample();
        assertThat(join(draft, "FRA")).isEqualTo(2);
        stack.mongo().flush(); // the last background write before the kill
        assertThat(join(draft, "KEN")).isEqualTo(3);
        assertThat(join(draft, "PER")).isEqualTo(4);
        assertThat(join(draft, "JPN")).isEqualTo(5);
        String query = stack.queryUrl() + "/api/drafts/" + draft;
        assertThat(http.get(query + "?minVersion=5").json().get("version").asLong()).as("published").isEqualTo(5);

        stack.crash();
        stack.restart();

        try (MongoClient client = MongoClients.create(stack.mongo().connectionString())) {
            Document restored = client.getDatabase("plenary").getCollection("events").find(new Document("_id", draft + "/4")).first();
            assertThat(restored).as("restored from the topic at start").isNotNull().containsEntry("p", true);
            assertThat(restored.getString("e")).contains("JPN");
        }
        assertThat(http.get(stack.commandUrl() + "/actuator/prometheus").body())
                .contains("plenary_reconcile_restored{application=\"plenary-command\"} 3.0")
                .contains("plenary_reconcile_diverged{application=\"plenary-command\"} 0.0");
        assertThat(join(draft, "ITA")).as("the next version, not one handed out before the crash").isEqualTo(6);
        Http.Response again = http.post(stack.commandUrl() + "/api/drafts/" + draft + "/cosponsors", "dev:KEN", null);
        assertThat(again.status()).as("the command side knows what the topic holds").isEqualTo(409);

        query = stack.queryUrl() + "/api/drafts/" + draft;
        Acknowledged.rebuild(http, stack.queryUrl()); // the query side's own losses in the crash: not this test's subject
        JsonNode sponsors = http.get(query + "/sponsors?minVersion=6").json();
        assertThat(sponsors.get("version").asLong()).isEqualTo(6);
        assertThat(sponsors.get("coSponsors").findValuesAsText("code")).containsExactly("FRA", "KEN", "PER", "JPN", "ITA");
        JsonNode history = http.get(query + "/history").json().get("events");
        assertThat(history.findValuesAsText("seq")).containsExactly("0", "1", "2", "3", "4", "5");
        assertThat(Acknowledged.replayEqualsLive(http, stack.queryUrl())).isEqualTo(1);
        System.out.println("RELIABILITY crash without durable acknowledgements: faults injected 1, lost events restored from the topic 3, events checked 6");
    }

    /**
     * The commands are acknowledged while nothing reaches Kafka (publishing off), so after the crash the store's file
     * is the only place they can be: the topic cannot restore them.
     */
    @Test
    void noAcknowledgedCommandIsLostWhenTheProcessDiesUnderLoad() throws Exception {
        stack = onDisk().build().start();
        stack.stopCommand();
        stack.startCommand(Map.of("plenary.publisher.enabled", "false"));
        List<String> drafts = List.of(submitSample(), submitSample());
        Acknowledged acknowledged = new Acknowledged();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        List<String> joiners = JOINERS.subList(0, 40);
        for (int i = 0; i < joiners.size(); i++) {
            String delegation = joiners.get(i);
            String draft = drafts.get(i % 2);
            work.add(clients.submit(() -> acknowledged.join(draft, delegation, join(draft, delegation))));
        }
        for (Future<?> done : work) {
            done.get();
        }
        clients.shutdown();

        stack.crash(); // nothing of this load was written to the file but by the command side's flushes
        stack.restart(); // publishing on again: the recovered events reach the topic

        assertThat(acknowledged.size()).isEqualTo(40);
        assertThat(acknowledged.checkStore(stack.mongo().connectionString())).isEqualTo(40);
        Acknowledged.rebuild(http, stack.queryUrl());
        assertThat(acknowledged.checkProjections(http, stack.queryUrl())).isEqualTo(40);
        assertThat(join(drafts.get(0), JOINERS.get(40))).isEqualTo(22);
        assertThat(Acknowledged.replayEqualsLive(http, stack.queryUrl())).isEqualTo(2);
        acknowledged.report("crash under load, publishing off", 1);
    }
}
