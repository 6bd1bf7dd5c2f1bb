package org.plenary.command.publish;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one size limit of an event ({@code plenary.kafka.max-event-bytes}) and the Kafka limits derived from it: the
 * producer's {@code max.request.size} and the topic's {@code max.message.bytes} must take a record holding the
 * largest event, its key and the record batch's overhead, or a stored event could never be published.
 */
public final class TopicLimits {

    /** Room for the record batch header (61 bytes), the record's own header and the key (a draft id, at most 64). */
    public static final int RECORD_OVERHEAD_BYTES = 1024;

    private TopicLimits() {
    }

    /** The producer's {@code max.request.size} and the topic's {@code max.message.bytes} at creation. */
    public static int recordLimit(int maxEventBytes) {
        return maxEventBytes + RECORD_OVERHEAD_BYTES;
    }

    /**
     * Refuses to start when the topic takes smaller records than the largest event needs (its
     * {@code max.message.bytes}, the broker's {@code message.max.bytes} when the topic does not set it).
     */
    public static void check(Admin admin, String topic, int maxEventBytes)
            throws ExecutionException, InterruptedException, TimeoutException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
        ConfigEntry entry = config.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
        if (entry == null || entry.value() == null) {
            return; // a broker that does not say: the producer's limit still refuses what it cannot take
        }
        long accepted = Long.parseLong(entry.value());
        if (accepted < recordLimit(maxEventBytes)) {
            throw new IllegalStateException("topic " + topic + " accepts records of up to " + accepted + " bytes ("
                    + TopicConfig.MAX_MESSAGE_BYTES_CONFIG + "), but plenary.kafka.max-event-bytes=" + maxEventBytes
                    + " needs " + recordLimit(maxEventBytes) + ": raise the topic's " + TopicConfig.MAX_MESSAGE_BYTES_CONFIG
                    + " or lower plenary.kafka.max-event-bytes");
        }
    }
}
