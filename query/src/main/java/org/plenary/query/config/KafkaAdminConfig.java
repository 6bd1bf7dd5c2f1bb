package org.plenary.query.config;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * The query app's Kafka admin client (topic checks, health, projection lag) and the event topic, checked at start:
 * the consumers are made after it ({@link EventTopic}).
 */
@Configuration(proxyBeanMethods = false)
public class KafkaAdminConfig {

    @Bean(destroyMethod = "close")
    Admin queryKafkaAdmin(QueryProperties properties) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, properties.kafka().bootstrapServers(),
                AdminClientConfig.CLIENT_ID_CONFIG, "plenary-query-admin"));
    }

    @Bean
    EventTopic eventTopic(Admin queryKafkaAdmin, QueryProperties properties) throws Exception {
        return EventTopic.checked(queryKafkaAdmin, properties.kafka().topic());
    }
}
