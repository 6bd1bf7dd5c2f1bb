package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.local.feed.SseClient;
import org.plenary.shared.json.Json;
import org.plenary.shared.un.UnTextReader;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several query nodes in one consumer group, on the real broker and MongoDB-protocol server: they share the
 * partitions; under load one stops and another starts (two rebalances, redeliveries from the last commits), and
 * every event of the topic is delivered a second time; nothing acknowledged is lost or applied twice, a live feed
 * on a node that stays sees every version once, in order. Then a replay runs while every node serves, and all of
 * them switch to the new generation together.
 */
class SeveralQueryNodesTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private PlenaryStack stack;
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    private final Http http = new Http();

    @AfterEach
    void stop() {
        nodes.forEach(ConfigurableApplicationContext::close);
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void nodesShareThePartitionsRebalanceWithoutLossOrDoublesAndSwitchToAReplayTogether() throws Exception {
        stack = PlenaryStack.builder().property("plenary.projection.node-id", "a")
                .property("plenary.replay.lease", "3s").property("plenary.replay.switch-wait", "20s")
                .build().start();
        ConfigurableApplicationContext b = node("b");
        String a = stack.queryUrl();
        awaitShared(List.of(a, PlenaryStack.url(b)));

        String sample = Json.mapper().writeValueAsString(UnTextReader.read(PlenaryLocal.readSample()));
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            drafts.add(http.post(stack.commandUrl() + "/api/drafts", "dev:SECRETARIAT", sample).json().get("draftId").asText());
        }
        Acknowledged acknowledged = new Acknowledged();
        List<String> joiners = CrashRecoveryTest.JOINERS;
        try (SseClient feed = SseClient.open(PlenaryStack.url(b) + "/api/drafts/" + drafts.get(0) + "/feed?after=1")) {
            load(drafts, joiners.subList(0, 15), acknowledged);
            stack.stopQuery(); // node a leaves: b takes its partitions from their last commits
            load(drafts, joiners.subList(15, 30), acknowledged);
            ConfigurableApplicationContext c = node("c"); // c joins: the partitions are shared again
            int duplicated = DuplicateDeliveryTest.deliverEverythingAgain(stack);
            load(drafts, joiners.subList(30, 45), acknowledged);
            awaitShared(List.of(PlenaryStack.url(b), PlenaryStack.url(c)));

            long last = acknowledged.lastVersion(drafts.get(0));
            List<SseClient.Message> seen = feed.next((int) last - 1, WAIT);
            assertThat(seen).extracting(SseClient.Message::id).as("every version once, in order, across the rebalances")
                    .containsExactlyElementsOf(versions(drafts.get(0), 2, last));
            for (String node : List.of(PlenaryStack.url(b), PlenaryStack.url(c))) {
                assertThat(acknowledged.checkProjections(http, node)).isEqualTo(45);
            }
            assertThat(acknowledged.checkStore(stack.mongo().connectionString())).isEqualTo(45);

            int generation = generation(PlenaryStack.url(b));
            AtomicInteger servedDuringReplay = new AtomicInteger();
            Future<?> reads = readWhileReplaying(List.of(PlenaryStack.url(b), PlenaryStack.url(c)), drafts, servedDuringReplay);
            JsonNode progress = replayOnOneOf(PlenaryStack.url(b), PlenaryStack.url(c));
            reads.cancel(true);
            assertThat(progress.get("allEqual").asBoolean()).as(progress.toString()).isTrue();
            assertThat(progress.get("generation").asInt()).isEqualTo(generation + 1);
            assertThat(generation(PlenaryStack.url(b))).as("the other node switched too").isEqualTo(generation + 1);
            assertThat(generation(PlenaryStack.url(c))).isEqualTo(generation + 1);
            assertThat(servedDuringReplay.get()).as("reads answered on both nodes during the replay").isPositive();
            try (MongoClient client = MongoClients.create(stack.mongo().connectionString())) {
                Document node = client.getDatabase("plenary").getCollection("query_nodes")
                        .find(Filters.eq("_id", "b")).first();
                assertThat(node.getInteger("generation")).isEqualTo(generation + 1);
            }

            load(drafts, joiners.subList(45, 51), acknowledged); // projected by the new generation's group
            for (String node : List.of(PlenaryStack.url(b), PlenaryStack.url(c))) {
                assertThat(acknowledged.checkProjections(http, node)).isEqualTo(51);
            }
            assertThat(Acknowledged.replayEqualsLive(http, PlenaryStack.url(b))).isEqualTo(3);
            acknowledged.report("several query nodes: 1 node stopped and 1 started under load, " + duplicated
                    + " events delivered twice, a replay switched 2 nodes", 2 + duplicated);
        }
    }

    /** Asks both nodes to replay at once: one does (202), the other answers 409; returns the replay's end. */
    private JsonNode replayOnOneOf(String first, String second) throws Exception {
        CompletableFuture<Http.Response> one = CompletableFuture.supplyAsync(
                () -> http.post(first + "/api/admin/replay", "dev:SECRETARIAT", null));
        Http.Response two = http.post(second + "/api/admin/replay", "dev:SECRETARIAT", null);
        List<Integer> statuses = List.of(one.get().status(), two.status());
        assertThat(statuses).as("one node replays at a time").containsExactlyInAnyOrder(202, 409);
        String replayer = one.get().status() == 202 ? first : second;
        JsonNode progress = null;
        for (int i = 0; i < 1200; i++) {
            progress = http.get(replayer + "/api/admin/replay", "dev:SECRETARIAT").json();
            if (!progress.get("state").asText().equals("RUNNING")) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(progress.get("state").asText()).as(progress.toString()).isEqualTo("DONE");
        return progress;
    }

    private ConfigurableApplicationContext node(String id) {
        ConfigurableApplicationContext node = stack.startAnotherQueryNode(Map.of("plenary.projection.node-id", id));
        nodes.add(node);
        return node;
    }

    /** Waits until the nodes own every partition between them, each some. */
    private void awaitShared(List<String> urls) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            List<Integer> owned = new ArrayList<>();
            for (String url : urls) {
                owned.add(http.get(url + "/actuator/health").json().path("components").path("projection")
                        .path("details").path("lag").size());
            }
            if (owned.stream().mapToInt(Integer::intValue).sum() == 8 && owned.stream().allMatch(n -> n > 0)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the partitions were not shared between " + urls);
    }

    private int generation(String url) {
        return http.get(url + "/actuator/health").json().path("components").path("projection").path("details")
                .path("generation").asInt();
    }

    private Future<?> readWhileReplaying(List<String> urls, List<String> drafts, AtomicInteger served) {
        ExecutorService reader = Executors.newSingleThreadExecutor();
        Future<?> reads = reader.submit(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                for (String url : urls) {
                    Http.Response view = http.get(url + "/api/drafts/" + drafts.get(1));
                    assertThat(view.status()).as(view.body()).isEqualTo(200);
                    assertThat(view.json().get("coSponsors").size()).isPositive();
                    served.incrementAndGet();
                }
            }
        });
        reader.shutdown();
        return reads;
    }

    private static List<String> versions(String draft, long from, long to) {
        List<String> ids = new ArrayList<>();
        for (long v = from; v <= to; v++) {
            ids.add(draft + ":" + v);
        }
        return ids;
    }

    /** Joins by these delegations, four clients at a time, spread over the drafts. */
    private void load(List<String> drafts, List<String> delegations, Acknowledged acknowledged) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < delegations.size(); i++) {
            String draft = drafts.get(i % drafts.size());
            String delegation = delegations.get(i);
            sent.add(clients.submit(() -> {
                Http.Response response = http.post(stack.commandUrl() + "/api/drafts/" + draft + "/cosponsors",
                        "dev:" + delegation, null);
                assertThat(response.status()).as(response.body()).isEqualTo(200);
                acknowledged.join(draft, delegation, response.json().get("version").asLong());
                return null;
            }));
        }
        for (Future<?> done : sent) {
            done.get();
        }
        clients.shutdown();
    }
}
