package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.shared.json.Json;
import org.plenary.shared.un.UnTextReader;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same decision requested many times at once, over two command nodes on one store: exactly one is carried out,
 * every other request is told 409 with the reason, and the draft records the decision once.
 */
class ConcurrentDecisionsTest {

    private static PlenaryStack stack;
    private static ConfigurableApplicationContext secondNode;
    private static final Http http = new Http();
    private static String[] nodes;

    @BeforeAll
    static void start() {
        stack = PlenaryStack.builder().build().start();
        secondNode = stack.startAnotherCommandNode();
        nodes = new String[]{stack.commandUrl() + "/api/drafts", PlenaryStack.url(secondNode) + "/api/drafts"};
    }

    @AfterAll
    static void stop() {
        secondNode.close();
        stack.close();
    }

    private static String submit() throws Exception {
        String sample = Json.mapper().writeValueAsString(UnTextReader.read(PlenaryLocal.readSample()));
        return http.post(nodes[0], "dev:SECRETARIAT", sample).json().get("draftId").asText();
    }

    /** Sends {@code count} requests at the same moment, alternating between the nodes. */
    private static List<Http.Response> atOnce(int count, String path, String token) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Http.Response>> sent = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String node = nodes[i % 2];
            sent.add(clients.submit(() -> {
                go.await();
                return http.post(node + path, token, null);
            }));
        }
        go.countDown();
        List<Http.Response> responses = new ArrayList<>();
        for (Future<Http.Response> response : sent) {
            responses.add(response.get());
        }
        clients.shutdown();
        return responses;
    }

    @Test
    void ofAHundredAcceptsOfOneAmendmentExactlyOneIsCarriedOut() throws Exception {
        String draft = submit();
        Http.Response proposed = http.post(nodes[1] + "/" + draft + "/amendments", "dev:FRA",
                "{\"baseVersion\":1,\"operations\":[{\"op\":\"deleteParagraph\",\"paragraphId\":\"op7\"}]}");
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);

        List<Http.Response> responses = atOnce(100, "/" + draft + "/amendments/A1/accept", "dev:BRA");

        assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(1)
                .allSatisfy(r -> assertThat(r.json().get("version").asLong()).isEqualTo(3));
        assertThat(responses).filteredOn(r -> r.status() != 200).hasSize(99)
                .allSatisfy(r -> {
                    assertThat(r.status()).as(r.body()).isEqualTo(409);
                    assertThat(r.json().get("message").asText()).isNotBlank();
                });
        JsonNode history = http.get(stack.queryUrl() + "/api/drafts/" + draft + "/history?minVersion=3").json();
        assertThat(history.get("version").asLong()).isEqualTo(3);
        assertThat(history.get("events").findValuesAsText("type"))
                .containsExactly("DraftSubmittedEvent", "AmendmentProposedEvent", "AmendmentAcceptedEvent");
    }

    @Test
    void ofFiftyJoinsByOneDelegationExactlyOneIsCarriedOut() throws Exception {
        String draft = submit();

        List<Http.Response> responses = atOnce(50, "/" + draft + "/cosponsors", "dev:KEN");

        assertThat(responses).filteredOn(r -> r.status() == 200).hasSize(1)
                .allSatisfy(r -> assertThat(r.json().get("version").asLong()).isEqualTo(2));
        assertThat(responses).filteredOn(r -> r.status() == 409).hasSize(49);
        JsonNode sponsors = http.get(stack.queryUrl() + "/api/drafts/" + draft + "/sponsors?minVersion=2").json();
        assertThat(sponsors.get("version").asLong()).isEqualTo(2);
        assertThat(sponsors.get("coSponsors").findValuesAsText("code")).containsExactly("KEN");
    }
}
