package org.plenary.command.publish;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.embedded.EmbeddedKafkaBroker;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event size limit and the topic's record limit must agree, or the command side refuses to start. */
class TopicLimitsTest {

    private static EmbeddedKafkaBroker kafka;
    private static Admin admin;

    @BeforeAll
    static void start() {
        kafka = EmbeddedKafkaBroker.builder().build().start();
        kafka.ensureTopic("small-records", 1, Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, "100000"));
        kafka.ensureTopic("default-records", 1);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    @AfterAll
    static void stop() {
        admin.close();
        kafka.close();
    }

    @Test
    void aTopicThatTakesSmallerRecordsThanTheLargestEventIsRefusedAtStart() {
        assertThatThrownBy(() -> TopicLimits.check(admin, "small-records", 1_000_000))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("small-records accepts records of up to 100000 bytes")
                .hasMessageContaining("plenary.kafka.max-event-bytes=1000000");
        assertThatCode(() -> TopicLimits.check(admin, "small-records", 100_000 - TopicLimits.RECORD_OVERHEAD_BYTES))
                .doesNotThrowAnyException();
    }

    @Test
    void theBrokersDefaultTakesTheDefaultLimit() {
        assertThatCode(() -> TopicLimits.check(admin, "default-records", 1_000_000)).doesNotThrowAnyException();
        assertThatThrownBy(() -> TopicLimits.check(admin, "default-records", 2_000_000))
                .hasMessageContaining("raise the topic's max.message.bytes").isInstanceOf(IllegalStateException.class);
    }
}
