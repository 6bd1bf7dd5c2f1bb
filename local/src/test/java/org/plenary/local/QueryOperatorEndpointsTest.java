package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators read from the query app, without a token: health with MongoDB, Kafka and the projection (its
 * generation, group, lag per partition), readiness, and the Prometheus metrics of the projection (lag per partition,
 * events applied), the feeds (clients) and the replay (progress).
 */
class QueryOperatorEndpointsTest {

    private static PlenaryStack stack;
    private static final Http http = new Http();

    @BeforeAll
    static void start() {
        stack = PlenaryStack.builder().build().start();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void healthNamesMongoKafkaAndTheProjectionAndPrometheusCountsWhatTheNodeDoes() throws Exception {
        String command = stack.commandUrl() + "/api/drafts";
        String draft = http.submitSample(command);
        assertThat(http.post(command + "/" + draft + "/cosponsors", "dev:FRA", null).status()).isEqualTo(200);
        assertThat(http.get(stack.queryUrl() + "/api/drafts/" + draft + "?minVersion=2").status()).isEqualTo(200);

        Http.Response health = http.get(stack.queryUrl() + "/actuator/health");
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        JsonNode components = health.json().get("components");
        assertThat(components.get("mongo").get("status").asText()).isEqualTo("UP");
        assertThat(components.get("kafka").get("details").get("brokers").asInt()).isEqualTo(1);
        JsonNode projection = components.get("projection");
        assertThat(projection.get("status").asText()).isEqualTo("UP");
        assertThat(projection.get("details").get("group").asText()).isEqualTo("plenary-projections");
        assertThat(projection.get("details").get("lag").size()).isEqualTo(8);
        assertThat(projection.get("details").get("maxReadyLag").asLong()).isEqualTo(10_000);
        Http.Response readiness = http.get(stack.queryUrl() + "/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("components").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("mongo", "projection", "readinessState");

        HttpResponse<java.io.InputStream> feed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(stack.queryUrl() + "/api/drafts/" + draft + "/feed")).header("Accept", "text/event-stream")
                .build(), HttpResponse.BodyHandlers.ofInputStream()); // open until its body is closed
        try (java.io.InputStream open = feed.body()) {
            assertThat(feed.statusCode()).isEqualTo(200);
            Acknowledged.replayEqualsLive(http, stack.queryUrl());
            String metrics = "";
            for (int i = 0; i < 100 && !metrics.contains("plenary_projection_lag{"); i++) {
                Thread.sleep(50); // the lag gauge is refreshed every 2 s
                metrics = http.get(stack.queryUrl() + "/actuator/prometheus").body();
            }
            assertThat(metrics)
                    .containsPattern("plenary_projection_events_applied_total\\{application=\"plenary-query\"} [1-9]")
                    .contains("plenary_projection_lag{application=\"plenary-query\",partition=\"0\"} 0.0")
                    .contains("plenary_projection_failures_total{application=\"plenary-query\"} 0.0")
                    .contains("plenary_projection_rebalances_total{application=\"plenary-query\"} 1.0") // the replay: the next group
                    .contains("plenary_projection_generation{application=\"plenary-query\"} 1.0")
                    .contains("plenary_feed_clients{application=\"plenary-query\"} 1.0")
                    .contains("plenary_replay_running{application=\"plenary-query\"} 0.0")
                    .contains("plenary_replay_events_done{application=\"plenary-query\"} 2.0")
                    .contains("plenary_replay_events_on_topic{application=\"plenary-query\"} 2.0");
        }
    }
}
