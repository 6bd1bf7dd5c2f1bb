package org.plenary.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of a {@link PlenaryStack}, given fluently: {@code PlenaryStack.builder().dataDirectory(...).build()}.
 * Ports 0 pick free ones.
 */
public final class StackSettings {

    Path dataDirectory;
    int commandPort = 0;
    int queryPort = 0;
    int kafkaPort = 0;
    int mongoPort = 0;
    int readModelsPort = 0;
    boolean separateReadModels = true;
    final List<String> profiles = new ArrayList<>(List.of("local"));
    final Map<String, String> properties = new LinkedHashMap<>();
    boolean durableAcknowledgements = true;
    Duration h2CommitInterval;

    StackSettings() {
    }

    /** Keeps data under this directory (H2 file + Kafka log dir); without it everything is in memory. */
    public StackSettings dataDirectory(Path directory) {
        this.dataDirectory = directory;
        return this;
    }

    /** The read models' MongoDB-protocol server's port, with a data directory ({@link EmbeddedStores}). */
    public StackSettings readModelsPort(int port) {
        this.readModelsPort = port;
        return this;
    }

    /**
     * One MongoDB-protocol server and H2 file for both apps even with a data directory, as before the read models
     * had their own: for tests that give both apps one {@code plenary.mongo.uri}.
     */
    public StackSettings oneStore() {
        this.separateReadModels = false;
        return this;
    }

    public StackSettings ports(int command, int query, int kafka, int mongo) {
        this.commandPort = command;
        this.queryPort = query;
        this.kafkaPort = kafka;
        this.mongoPort = mongo;
        return this;
    }

    /** The Spring profiles of both apps, instead of {@code local} (which enables the development tokens). */
    public StackSettings profiles(String... names) {
        profiles.clear();
        profiles.addAll(List.of(names));
        return this;
    }

    /**
     * Whether the command app waits for the H2 file before acknowledging (default true). False only for tests
     * that reproduce what happened before it did.
     */
    public StackSettings durableAcknowledgements(boolean durable) {
        this.durableAcknowledgements = durable;
        return this;
    }

    /** H2's background commit interval (H2's default, 1 s, when not set); tests of crashes set it long. */
    public StackSettings h2CommitInterval(Duration interval) {
        this.h2CommitInterval = interval;
        return this;
    }

    /** A property given to both apps. */
    public StackSettings property(String key, String value) {
        properties.put(key, value);
        return this;
    }

    public PlenaryStack build() {
        return new PlenaryStack(this);
    }
}
