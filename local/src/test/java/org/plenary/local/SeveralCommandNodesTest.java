package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.shared.delegation.Delegation;
import org.plenary.shared.delegation.DelegationRegistry;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two command nodes on one store decide on the same draft at the same time: optimistic concurrency on the
 * event store makes exactly one win each version; the loser retries (or its client gets 409), and nothing
 * acknowledged is lost or applied twice.
 */
class SeveralCommandNodesTest {

    private static PlenaryStack stack;
    private static ConfigurableApplicationContext secondNode;
    private final Http http = new Http();

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

    @Test
    void concurrentJoinsOnTwoNodesGetDistinctVersionsAndAllArrive() throws Exception {
        String[] nodes = {stack.commandUrl() + "/api/drafts", PlenaryStack.url(secondNode) + "/api/drafts"};
        String id = http.submitSample(nodes[0]);
        // both nodes have the draft in their cache before the race
        assertThat(http.post(nodes[1] + "/" + id + "/cosponsors", "dev:FRA", null).status()).isEqualTo(200);
        assertThat(http.post(nodes[0] + "/" + id + "/cosponsors", "dev:DEU", null).status()).isEqualTo(200);

        List<String> joiners = DelegationRegistry.standard().all().stream()
                .map(Delegation::code)
                .filter(c -> !Set.of("FRA", "DEU", "BLR", "BRA", "CHN", "ECU", "FIN", "GTM", "IND", "IRN", "NLD", "PAK",
                        "RUS", "ZAF").contains(c))
                .limit(24).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Http.Response>> results = new ArrayList<>();
        for (int i = 0; i < joiners.size(); i++) {
            String node = nodes[i % 2];
            String token = "dev:" + joiners.get(i);
            results.add(pool.submit(() -> http.post(node + "/" + id + "/cosponsors", token, null)));
        }
        Set<Long> versions = new HashSet<>();
        int succeeded = 0;
        for (Future<Http.Response> result : results) {
            Http.Response response = result.get();
            assertThat(response.status()).as(response.body()).isIn(200, 409);
            if (response.status() == 200) {
                succeeded++;
                assertThat(versions.add(response.json().get("version").asLong())).as("versions are unique").isTrue();
            }
        }
        pool.shutdown();
        assertThat(succeeded).isGreaterThan(0);

        long expectedVersion = 3 + succeeded;
        JsonNode sponsors = http.get(stack.queryUrl() + "/api/drafts/" + id + "/sponsors?minVersion=" + expectedVersion).json();
        assertThat(sponsors.get("version").asLong()).isEqualTo(expectedVersion);
        assertThat(sponsors.get("coSponsors")).hasSize(2 + succeeded);
        JsonNode history = http.get(stack.queryUrl() + "/api/drafts/" + id + "/history").json().get("events");
        assertThat(history).hasSize((int) expectedVersion);
        for (int i = 0; i < history.size(); i++) {
            assertThat(history.get(i).get("seq").asLong()).isEqualTo(i);
        }
    }
}
