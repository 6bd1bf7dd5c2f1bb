package org.plenary.query.config;

import org.apache.kafka.clients.admin.Admin;
import org.plenary.platform.kafka.TopicRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;

/**
 * The event topic, once checked: a query node refuses to start against a topic that would delete events (its
 * replays and backfills read every event from offset 0; {@link TopicRetention}). A topic that does not exist yet is
 * created by the command side with the right settings (and checked there).
 *
 * @param name    the topic
 * @param checked whether it existed, so its retention was checked
 */
public record EventTopic(String name, boolean checked) {

    private static final Logger log = LoggerFactory.getLogger(EventTopic.class);

    /**
     * Checks the topic if Kafka answers within 30 s; a node started while Kafka is away starts unchecked (it cannot
     * read events then either; the command side checks the topic before it publishes anything).
     *
     * @throws IllegalStateException when the topic exists and would delete events
     */
    public static EventTopic checked(Admin admin, String name) throws Exception {
        java.util.Set<String> topics;
        try {
            topics = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            log.warn("Kafka did not answer within 30 s: topic {} not checked for its retention ({})", name, e.toString());
            return new EventTopic(name, false);
        }
        if (!topics.contains(name)) {
            log.info("Topic {} does not exist yet: the command side creates it keeping every event", name);
            return new EventTopic(name, false);
        }
        TopicRetention.check(admin, name);
        return new EventTopic(name, true);
    }
}
