package org.plenary.command.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import org.plenary.command.config.CommandProperties;
import org.plenary.command.store.Durability;
import org.plenary.command.store.MongoEventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.security.SecurityProperties;

import java.time.Clock;

/** The idempotency records (collection {@code plenary.mongo.idempotency-collection}) and their filter. */
@Configuration(proxyBeanMethods = false)
public class IdempotencyConfig {

    @Bean
    IdempotencyRecords idempotencyRecords(MongoClient client, CommandProperties properties, Clock clock,
                                          ObjectProvider<Durability> durability) {
        CommandProperties.Idempotency settings = properties.idempotency();
        IdempotencyRecords records = new IdempotencyRecords(client.getDatabase(properties.mongo().database())
                .getCollection(properties.eventStore().idempotencyCollection()), durability.getIfAvailable(() -> Durability.NONE),
                clock, settings.lease(), settings.retention());
        records.createIndexes();
        return records;
    }

    /** After Spring Security's chain (the key belongs to the caller), before anything reads the body. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyRecords records, MongoEventStorageEngine events,
                                                                ObjectMapper mapper, CommandProperties properties) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(new IdempotencyFilter(records,
                events, mapper, properties.http().maxBodyBytes(), properties.idempotency().inProgressWait()));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }
}
