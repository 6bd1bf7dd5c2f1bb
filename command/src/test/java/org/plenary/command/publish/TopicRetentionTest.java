package org.plenary.command.publish;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.embedded.EmbeddedKafkaBroker;
import org.plenary.platform.kafka.TopicRetention;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event topic must keep every event: a topic that would delete some (by time, size or compaction) is refused. */
class TopicRetentionTest {

    private static EmbeddedKafkaBroker kafka;
    private static Admin admin;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafkaBroker.builder().build().start();
        kafka.ensureTopic("forever", 2, TopicRetention.KEEP_FOREVER);
        kafka.ensureTopic("a-week", 1, Map.of(TopicConfig.RETENTION_MS_CONFIG, "604800000"));
        kafka.ensureTopic("a-gigabyte", 1, Map.of(TopicConfig.RETENTION_BYTES_CONFIG, "1073741824"));
        kafka.ensureTopic("compacted", 1, Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, "compact"));
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    @AfterAll
    static void stop() {
        admin.close();
        kafka.close();
    }

    @Test
    void aTopicCreatedToKeepEverythingPasses() throws Exception {
        assertThat(TopicRetention.problems(admin, "forever")).isEmpty();
        assertThatCode(() -> TopicRetention.check(admin, "forever")).doesNotThrowAnyException();
    }

    @Test
    void aTopicThatDeletesByTimeBySizeOrByCompactionIsRefusedWithWhatToChange() {
        assertThatThrownBy(() -> TopicRetention.check(admin, "a-week")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("topic a-week would delete events: retention.ms=604800000")
                .hasMessageContaining("--add-config retention.ms=-1,retention.bytes=-1,cleanup.policy=delete");
        assertThatThrownBy(() -> TopicRetention.check(admin, "a-gigabyte")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("retention.bytes=1073741824");
        assertThatThrownBy(() -> TopicRetention.check(admin, "compacted")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cleanup.policy=compact (compaction keeps only the last event of each draft");
    }

    @Test
    void aTopicWithoutItsOwnSettingIsJudgedByTheBrokersDefault() throws Exception {
        try (EmbeddedKafkaBroker weekly = EmbeddedKafkaBroker.builder().brokerProperty("log.retention.ms", "604800000")
                .build().start();
             Admin weeklyAdmin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, weekly.bootstrapServers()))) {
            weekly.ensureTopic("inherits", 1);
            assertThat(TopicRetention.problems(weeklyAdmin, "inherits")).singleElement().asString()
                    .startsWith("retention.ms=604800000");
        }
    }
}
