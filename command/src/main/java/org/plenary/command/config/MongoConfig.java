package org.plenary.command.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The MongoDB client and the event store collection. */
@Configuration(proxyBeanMethods = false)
public class MongoConfig {

    @Bean(destroyMethod = "close")
    MongoClient commandMongoClient(CommandProperties properties) {
        return MongoClients.create(properties.mongo().uri());
    }

    @Bean
    MongoCollection<Document> eventsCollection(MongoClient client, CommandProperties properties) {
        return client.getDatabase(properties.mongo().database()).getCollection(properties.eventStore().eventsCollection());
    }
}
