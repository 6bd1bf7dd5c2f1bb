package org.plenary.platform.kafka;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the event topic is ({@code plenary.kafka.*}), the same for both apps.
 *
 * @param bootstrapServers the Kafka brokers, {@code host:port[,host:port…]}
 * @param topic            the topic of draft events, keyed by draft id
 */
public record KafkaSettings(@DefaultValue("127.0.0.1:9092") String bootstrapServers,
                            @DefaultValue("plenary.draft-events") String topic) {
}
