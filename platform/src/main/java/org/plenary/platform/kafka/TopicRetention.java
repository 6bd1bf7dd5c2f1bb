package org.plenary.platform.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The event topic is the record of every negotiation: replays, backfills and the command side's reconciliation
 * read it from offset 0, so it must keep every event forever. It is created with {@link #KEEP_FOREVER} and both apps
 * {@link #check check} it at start, refusing to run against a topic that would delete events (a time or size
 * retention, or compaction, which keeps only the last event of each draft: the key is the draft id).
 */
public final class TopicRetention {

    /** The topic settings that keep every record: no time limit, no size limit, deletion (never compaction). */
    public static final Map<String, String> KEEP_FOREVER = Map.of(
            TopicConfig.RETENTION_MS_CONFIG, "-1",
            TopicConfig.RETENTION_BYTES_CONFIG, "-1",
            TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);

    private TopicRetention() {
    }

    /**
     * What would make the topic lose events, read from its effective configuration (the topic's own settings, else
     * the brokers' defaults): empty when it keeps everything.
     */
    public static List<String> problems(Admin admin, String topic)
            throws ExecutionException, InterruptedException, TimeoutException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
        List<String> problems = new ArrayList<>();
        for (String key : List.of(TopicConfig.RETENTION_MS_CONFIG, TopicConfig.RETENTION_BYTES_CONFIG)) {
            String value = value(config, key);
            if (value != null && Long.parseLong(value) >= 0) {
                problems.add(key + "=" + value + " (deletes old events; must be -1)");
            }
        }
        String policy = value(config, TopicConfig.CLEANUP_POLICY_CONFIG);
        if (policy != null && policy.contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
            problems.add(TopicConfig.CLEANUP_POLICY_CONFIG + "=" + policy
                    + " (compaction keeps only the last event of each draft; must be delete, with no retention)");
        }
        return problems;
    }

    /**
     * Refuses a topic that would delete events.
     *
     * @throws IllegalStateException naming the settings to change and how
     */
    public static void check(Admin admin, String topic) throws ExecutionException, InterruptedException, TimeoutException {
        List<String> problems = problems(admin, topic);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " would delete events: " + String.join(", ", problems)
                    + ". Replays and the command side's reconciliation need every event forever: run "
                    + "kafka-configs.sh --alter --entity-type topics --entity-name " + topic
                    + " --add-config retention.ms=-1,retention.bytes=-1,cleanup.policy=delete (docs/DEPLOYMENT.md)");
        }
    }

    private static String value(Config config, String key) {
        ConfigEntry entry = config.get(key);
        return entry == null ? null : entry.value();
    }
}
