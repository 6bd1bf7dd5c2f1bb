package org.plenary.platform.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsumerSettingsTest {

    @Test
    void aGroupConsumerCommitsItselfAndStartsAtTheBeginning() {
        Map<String, Object> config = ConsumerSettings.of("h:1", "plenary-query-projections")
                .group("plenary-projections").fromEarliest().maxPollRecords(2000)
                .fetchWhen(16384, Duration.ofMillis(10)).asMap();

        assertThat(config).containsOnly(
                Map.entry(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "h:1"),
                Map.entry(ConsumerConfig.CLIENT_ID_CONFIG, "plenary-query-projections"),
                Map.entry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                Map.entry(ConsumerConfig.GROUP_ID_CONFIG, "plenary-projections"),
                Map.entry(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                Map.entry(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000),
                Map.entry(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, 16384),
                Map.entry(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10));
    }

    @Test
    void aGroupLessReaderSetsOnlyWhatItAsksFor() {
        Map<String, Object> config = ConsumerSettings.of("h:1", "plenary-replay-1").maxPollRecords(5000)
                .fetchAtMost(64 << 20, 16 << 20).noTopicCreation().asMap();

        assertThat(config).doesNotContainKeys(ConsumerConfig.GROUP_ID_CONFIG, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG)
                .containsEntry(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)
                .containsEntry(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 << 20)
                .containsEntry(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 << 20)
                .containsEntry(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
    }

    @Test
    void aSessionTimeoutSetsTheHeartbeatsToAThirdOfIt() {
        Map<String, Object> config = ConsumerSettings.of("h:1", "c").group("g")
                .sessionTimeout(java.time.Duration.ofSeconds(9)).asMap();
        assertThat(config).containsEntry(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 9000)
                .containsEntry(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 3000);
    }

    @Test
    void refusesSettingsKafkaWouldRefuseLater() {
        assertThatThrownBy(() -> ConsumerSettings.of("h:1", "c").maxPollRecords(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max poll records");
        assertThatThrownBy(() -> ConsumerSettings.of(null, "c")).isInstanceOf(NullPointerException.class);
    }
}
