package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.shared.json.Json;
import org.plenary.shared.un.UnTextReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broker stopped and started again on its data in the middle of a load: while it is away, commands are
 * accepted and wait to be published until {@code plenary.publisher.max-backlog} events wait, then refused with 503
 * and a message (and not stored); once it is back, everything acknowledged is published. Ends with every
 * acknowledged command present exactly once in the store and the projections, and the projections equal to a
 * fresh rebuild from the topic.
 */
class BrokerOutageTest {

    private static final int BACKLOG = 12;
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
    void commandsWaitOrAre503WhileTheBrokerIsAwayAndNothingAcknowledgedIsLost() throws Exception {
        stack = PlenaryStack.builder().dataDirectory(data).property("plenary.publisher.max-backlog", Integer.toString(BACKLOG))
                .build().start();
        String sample = Json.mapper().writeValueAsString(UnTextReader.read(PlenaryLocal.readSample()));
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            drafts.add(http.post(stack.commandUrl() + "/api/drafts", "dev:SECRETARIAT", sample).json().get("draftId").asText());
        }
        Acknowledged acknowledged = new Acknowledged();
        Map<String, Http.Response> refused = new ConcurrentHashMap<>();
        List<String> joiners = CrashRecoveryTest.JOINERS;

        load(drafts, joiners.subList(0, 10), acknowledged, refused);
        assertThat(awaitBacklog()).as("published before the broker stops").isZero();
        stack.stopKafka();
        load(drafts, joiners.subList(10, 40), acknowledged, refused);
        int acceptedWhileAway = acknowledged.size() - 10;
        stack.startKafka();
        assertThat(awaitBacklog()).as("what waited is published once the broker is back").isZero();
        load(drafts, joiners.subList(40, 50), acknowledged, refused);

        assertThat(acceptedWhileAway).as("accepted while away, until the backlog was full").isBetween(BACKLOG - 1, BACKLOG + 4);
        assertThat(refused).as("refused while away, once the backlog was full").hasSize(30 - acceptedWhileAway);
        assertThat(refused.values()).allSatisfy(response -> {
            assertThat(response.status()).as(response.body()).isEqualTo(503);
            assertThat(response.json().get("message").asText()).contains("Kafka has not acknowledged").contains("retry later");
        });
        assertThat(acknowledged.size()).isEqualTo(20 + acceptedWhileAway);
        try (MongoClient client = MongoClients.create(stack.mongo().connectionString())) {
            for (String draftAndDelegation : refused.keySet()) {
                String delegation = draftAndDelegation.substring(draftAndDelegation.indexOf('/') + 1);
                assertThat(client.getDatabase("plenary").getCollection("events")
                        .countDocuments(new Document("e", new Document("$regex", "\"actor\":\"" + delegation + "\""))))
                        .as("a refused command is not stored").isZero();
            }
        }
        awaitProjected(drafts, acknowledged);
        assertThat(acknowledged.checkStore(stack.mongo().connectionString())).isEqualTo(acknowledged.size());
        assertThat(acknowledged.checkProjections(http, stack.queryUrl())).isEqualTo(acknowledged.size());
        assertThat(Acknowledged.replayEqualsLive(http, stack.queryUrl())).isEqualTo(2);
        acknowledged.report("broker stopped and restarted mid-load (" + refused.size() + " commands refused with 503)", 1);
    }

    /** Joins by these delegations, four at a time, alternating between the drafts. */
    private void load(List<String> drafts, List<String> delegations, Acknowledged acknowledged,
                      Map<String, Http.Response> refused) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < delegations.size(); i++) {
            String draft = drafts.get(i % 2);
            String delegation = delegations.get(i);
            sent.add(clients.submit(() -> {
                Http.Response response = http.post(stack.commandUrl() + "/api/drafts/" + draft + "/cosponsors",
                        "dev:" + delegation, null);
                if (response.status() == 200) {
                    acknowledged.join(draft, delegation, response.json().get("version").asLong());
                } else {
                    refused.put(draft + "/" + delegation, response);
                }
            }));
        }
        for (Future<?> done : sent) {
            done.get();
        }
        clients.shutdown();
    }

    /** Waits (bounded) until the command node's health says no event waits for Kafka; returns the last backlog seen. */
    private long awaitBacklog() throws InterruptedException {
        long backlog = -1;
        for (int i = 0; i < 600 && backlog != 0; i++) {
            JsonNode health = http.get(stack.commandUrl() + "/actuator/health").json();
            backlog = health.path("components").path("publisher").path("details").path("backlog").asLong(-1);
            if (backlog != 0) {
                Thread.sleep(100);
            }
        }
        return backlog;
    }

    /** The producer reconnects and the consumers rejoin at their own pace: wait (bounded) for the last versions. */
    private void awaitProjected(List<String> drafts, Acknowledged acknowledged) throws InterruptedException {
        for (String draft : drafts) {
            long expected = acknowledged.lastVersion(draft);
            long projected = 0;
            for (int i = 0; i < 120 && projected < expected; i++) {
                JsonNode view = http.get(stack.queryUrl() + "/api/drafts/" + draft + "?minVersion=" + expected).json();
                projected = view.path("version").asLong();
            }
            assertThat(projected).as("draft %s projected", draft).isEqualTo(expected);
        }
    }
}
