package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators read from the command app, without a token: health with MongoDB, Kafka and the publisher,
 * readiness, and the Prometheus metrics of commands (by type and outcome, with latency) and of publishing.
 */
class CommandOperatorEndpointsTest {

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
    void healthAndReadinessNeedNoTokenAndNameMongoKafkaAndThePublisher() {
        Http.Response health = http.get(stack.commandUrl() + "/actuator/health");
        assertThat(health.status()).as(health.body()).isEqualTo(200);
        JsonNode components = health.json().get("components");
        assertThat(components.get("mongo").get("status").asText()).isEqualTo("UP");
        assertThat(components.get("kafka").get("status").asText()).isEqualTo("UP");
        assertThat(components.get("kafka").get("details").get("brokers").asInt()).isEqualTo(1);
        assertThat(components.get("publisher").get("details").get("maxBacklog").asLong()).isEqualTo(10_000);

        Http.Response readiness = http.get(stack.commandUrl() + "/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("components").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("mongo", "publisher", "readinessState");
        assertThat(http.get(stack.commandUrl() + "/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(http.get(stack.commandUrl() + "/api/session").status()).as("the API still needs a token").isEqualTo(401);
        assertThat(http.get(stack.queryUrl() + "/actuator/health").status()).isEqualTo(200);
        assertThat(http.get(stack.queryUrl() + "/actuator/prometheus").body()).contains("application=\"plenary-query\"");
    }

    @Test
    void prometheusCountsCommandsByTypeAndOutcomeAndEventsPublished() throws Exception {
        String command = stack.commandUrl() + "/api/drafts";
        String draft = http.submitSample(command);
        assertThat(http.post(command + "/" + draft + "/cosponsors", "dev:FRA", null).status()).isEqualTo(200);
        assertThat(http.post(command + "/" + draft + "/cosponsors", "dev:FRA", null).status()).isEqualTo(409);
        assertThat(http.post(command + "/" + draft + "/amendments/A9/accept", "dev:BRA", null).status()).isEqualTo(404);
        http.get(stack.queryUrl() + "/api/drafts/" + draft + "?minVersion=2");

        String metrics = http.get(stack.commandUrl() + "/actuator/prometheus").body();

        assertThat(metrics)
                .contains("plenary_commands_seconds_count{application=\"plenary-command\",outcome=\"accepted\",type=\"SubmitDraft\"} 1")
                .contains("plenary_commands_seconds_count{application=\"plenary-command\",outcome=\"accepted\",type=\"AddCoSponsor\"} 1")
                .contains("plenary_commands_seconds_count{application=\"plenary-command\",outcome=\"conflict\",type=\"AddCoSponsor\"} 1")
                .contains("plenary_commands_seconds_count{application=\"plenary-command\",outcome=\"not-found\",type=\"AcceptAmendment\"} 1")
                .contains("plenary_commands_seconds_bucket{application=\"plenary-command\",outcome=\"accepted\",type=\"AddCoSponsor\"")
                .containsPattern("plenary_events_published_total\\{application=\"plenary-command\"} [1-9]")
                .contains("plenary_events_publish_failures_total{application=\"plenary-command\"} 0.0")
                .contains("plenary_publisher_backlog{application=\"plenary-command\"}")
                .contains("plenary_reconcile_diverged{application=\"plenary-command\"} 0.0");
    }
}
