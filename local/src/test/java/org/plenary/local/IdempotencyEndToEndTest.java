package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.shared.json.Json;
import org.plenary.shared.un.UnTextReader;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Idempotency-Key} on the command API, over two command nodes on one store: a retry gets the first answer
 * and changes nothing, on either node and after a restart; a different request with the key is 422; keys belong to
 * their caller; many requests with one key at once execute once; a request whose node stopped after storing its
 * event is answered from that event.
 */
class IdempotencyEndToEndTest {

    private static final String DELETE_OP7 = "{\"baseVersion\":1,\"operations\":[{\"op\":\"deleteParagraph\",\"paragraphId\":\"op7\"}]}";
    private static final String DELETE_OP6 = "{\"baseVersion\":1,\"operations\":[{\"op\":\"deleteParagraph\",\"paragraphId\":\"op6\"}]}";
    private static PlenaryStack stack;
    private static ConfigurableApplicationContext secondNode;
    private static final HttpClient client = HttpClient.newHttpClient();
    private static final Http http = new Http();

    record Answer(int status, String body, boolean replayed) {
        JsonNode json() throws Exception {
            return Json.mapper().readTree(body);
        }
    }

    @BeforeAll
    static void start() {
        stack = PlenaryStack.builder().build().start();
        secondNode = stack.startAnotherCommandNode();
    }

    @AfterAll
    static void stop() {
        secondNode.close();
        stack.close();
    }

    private static String node(int n) {
        return (n == 0 ? stack.commandUrl() : PlenaryStack.url(secondNode)) + "/api/drafts";
    }

    private static Answer post(String url, String token, String key, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body(),
                response.headers().firstValue("Idempotent-Replayed").isPresent());
    }

    private static String submit() throws Exception {
        String sample = Json.mapper().writeValueAsString(UnTextReader.read(PlenaryLocal.readSample()));
        return post(node(0), "dev:SECRETARIAT", null, sample).json().get("draftId").asText();
    }

    private static List<String> eventTypes(String draft, long version) {
        return http.get(stack.queryUrl() + "/api/drafts/" + draft + "/history?minVersion=" + version).json()
                .get("events").findValuesAsText("type");
    }

    @Test
    void aRetryGetsTheFirstAnswerOnAnyNodeAndChangesNothing() throws Exception {
        String draft = submit();
        Answer first = post(node(0) + "/" + draft + "/amendments", "dev:FRA", "k-1", DELETE_OP7);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.replayed()).isFalse();

        Answer again = post(node(0) + "/" + draft + "/amendments", "dev:FRA", "k-1", DELETE_OP7);
        Answer elsewhere = post(node(1) + "/" + draft + "/amendments", "dev:FRA", "k-1", DELETE_OP7);

        for (Answer retry : List.of(again, elsewhere)) {
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.body()).isEqualTo(first.body());
            assertThat(retry.replayed()).isTrue();
        }
        assertThat(first.json().get("amendmentId").asText()).isEqualTo("A1");
        Answer next = post(node(1) + "/" + draft + "/amendments", "dev:FRA", "k-2", DELETE_OP6);
        assertThat(next.json().get("amendmentId").asText()).as("the retries proposed nothing").isEqualTo("A2");
        assertThat(next.json().get("version").asLong()).isEqualTo(3);
    }

    @Test
    void theSameKeyForADifferentRequestIs422AndChangesNothing() throws Exception {
        String draft = submit();
        assertThat(post(node(0) + "/" + draft + "/amendments", "dev:FRA", "k-3", DELETE_OP7).status()).isEqualTo(201);

        Answer other = post(node(1) + "/" + draft + "/amendments", "dev:FRA", "k-3", DELETE_OP6);
        Answer otherPath = post(node(1) + "/" + draft + "/cosponsors", "dev:FRA", "k-3", null);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("message").asText()).contains("k-3").contains("different request");
        assertThat(otherPath.status()).isEqualTo(422);
        assertThat(eventTypes(draft, 2)).containsExactly("DraftSubmittedEvent", "AmendmentProposedEvent");
    }

    @Test
    void keysBelongToTheirCallerAndRefusalsAreAnsweredAgainToo() throws Exception {
        String draft = submit();
        Answer france = post(node(0) + "/" + draft + "/cosponsors", "dev:FRA", "shared-key", null);
        Answer kenya = post(node(1) + "/" + draft + "/cosponsors", "dev:KEN", "shared-key", null);
        assertThat(france.status()).isEqualTo(200);
        assertThat(kenya.status()).as("another caller's key of the same name").isEqualTo(200);
        assertThat(kenya.json().get("version").asLong()).isEqualTo(3);

        Answer refused = post(node(0) + "/" + draft + "/cosponsors", "dev:BRA", "main-sponsor", null);
        assertThat(refused.status()).isEqualTo(409);
        Answer refusedAgain = post(node(1) + "/" + draft + "/cosponsors", "dev:BRA", "main-sponsor", null);
        assertThat(refusedAgain.status()).isEqualTo(409);
        assertThat(refusedAgain.body()).isEqualTo(refused.body());
        assertThat(refusedAgain.replayed()).isTrue();

        assertThat(post(node(0) + "/" + draft + "/cosponsors", "dev:FRA", "bad key", null).status()).isEqualTo(400);
    }

    @Test
    void ofManyRequestsWithOneKeyAtOnceOnTwoNodesOneExecutesAndAllGetItsAnswer() throws Exception {
        String draft = submit();
        ExecutorService clients = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String url = node(i % 2) + "/" + draft + "/amendments";
            sent.add(clients.submit(() -> {
                go.await();
                return post(url, "dev:FRA", "burst", DELETE_OP7);
            }));
        }
        go.countDown();
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> answer : sent) {
            answers.add(answer.get());
        }
        clients.shutdown();

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
        assertThat(answers.stream().map(Answer::body).distinct()).hasSize(1);
        assertThat(answers).filteredOn(a -> !a.replayed()).hasSize(1);
        assertThat(eventTypes(draft, 2)).containsExactly("DraftSubmittedEvent", "AmendmentProposedEvent");
    }

    @Test
    void keysOutliveARestartOfTheCommandNode() throws Exception {
        String draft = submit();
        Answer first = post(node(0) + "/" + draft + "/cosponsors", "dev:PER", "before-restart", null);

        stack.stopCommand();
        stack.startCommand();

        Answer after = post(node(0) + "/" + draft + "/cosponsors", "dev:PER", "before-restart", null);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.body()).isEqualTo(first.body());
        assertThat(after.replayed()).isTrue();
    }

    @Test
    void aRequestWhoseNodeStoppedBeforeAnsweringIsAnsweredFromItsEventNotExecutedAgain() throws Exception {
        String draft = submit();
        Answer first = post(node(0) + "/" + draft + "/amendments", "dev:JPN", "interrupted", DELETE_OP7);
        assertThat(first.status()).isEqualTo(201);
        // as if the node had stored the event and stopped before recording its answer, a minute ago
        try (MongoClient mongo = MongoClients.create(stack.mongo().connectionString())) {
            MongoCollection<Document> keys = mongo.getDatabase("plenary").getCollection("idempotency_keys");
            keys.updateOne(Filters.eq("_id", "JPN/interrupted"), Updates.combine(Updates.set("s", "running"),
                    Updates.unset("b"), Updates.unset("st"), Updates.set("at", Date.from(Instant.now().minusSeconds(60)))));
        }

        Answer retry = post(node(1) + "/" + draft + "/amendments", "dev:JPN", "interrupted", DELETE_OP7);

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(Set.copyOf(eventTypes(draft, 2))).containsExactlyInAnyOrder("DraftSubmittedEvent", "AmendmentProposedEvent");
        assertThat(eventTypes(draft, 2)).hasSize(2);
    }
}
