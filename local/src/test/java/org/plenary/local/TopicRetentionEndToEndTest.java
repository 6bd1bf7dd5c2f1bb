package org.plenary.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.plenary.platform.kafka.TopicRetention;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The event topic keeps every event forever: the command side creates it so, and both apps refuse to start against
 * it once someone gives it a retention (replays, backfills and the reconciliation need every event).
 */
class TopicRetentionEndToEndTest {

    private static final String TOPIC = "plenary.draft-events";
    private PlenaryStack stack;

    @AfterEach
    void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void theTopicIsCreatedKeepingEverythingAndBothAppsRefuseATopicThatWouldDeleteEvents() throws Exception {
        stack = PlenaryStack.builder().build().start();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
            var config = admin.describeConfigs(List.of(topic)).all().get(30, TimeUnit.SECONDS).get(topic);
            assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1");
            assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).source()).isEqualTo(ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
            assertThat(config.get(TopicConfig.RETENTION_BYTES_CONFIG).value()).isEqualTo("-1");
            assertThat(TopicRetention.problems(admin, TOPIC)).isEmpty();

            admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, "86400000"), AlterConfigOp.OpType.SET))))
                    .all().get(30, TimeUnit.SECONDS);
            stack.stopQuery();
            stack.stopCommand();

            assertThatThrownBy(stack::startQuery).hasRootCauseInstanceOf(IllegalStateException.class)
                    .rootCause().hasMessageContaining("topic plenary.draft-events would delete events: retention.ms=86400000");
            assertThatThrownBy(stack::startCommand).hasRootCauseInstanceOf(IllegalStateException.class)
                    .rootCause().hasMessageContaining("topic plenary.draft-events would delete events: retention.ms=86400000");

            admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                    new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, "-1"), AlterConfigOp.OpType.SET))))
                    .all().get(30, TimeUnit.SECONDS);
            stack.startCommand();
            stack.startQuery();
            assertThat(new Http().get(stack.queryUrl() + "/actuator/health").status()).isEqualTo(200);
        }
    }
}
