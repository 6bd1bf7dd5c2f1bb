package org.plenary.embedded;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests: an in-memory MongoDB-protocol server and a client to it, for the whole test class.
 * <pre>{@code @RegisterExtension static final InMemoryMongo mongo = new InMemoryMongo();}</pre>
 * (JUnit is an optional dependency of this module: only tests load this class.)
 */
public final class InMemoryMongo implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedMongoServer server;
    private MongoClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = EmbeddedMongoServer.builder().memory().build().start();
        client = MongoClients.create(server.connectionString());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        server.close();
    }

    public MongoClient client() {
        return client;
    }

    /** Database {@code name}, emptied first. */
    public MongoDatabase emptyDatabase(String name) {
        MongoDatabase database = client.getDatabase(name);
        database.drop();
        return database;
    }
}
