package org.plenary.local;

import org.plenary.command.CommandApplication;
import org.plenary.command.store.Durability;
import org.plenary.embedded.EmbeddedKafkaBroker;
import org.plenary.embedded.EmbeddedMongoServer;
import org.plenary.query.QueryApplication;
import org.plenary.query.projection.ProjectionDurability;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole of Plenary in one process: a real Kafka broker (KRaft) and the MongoDB-protocol servers
 * ({@link EmbeddedStores}: with a data directory, one for the event store and one for the read models), started
 * in-process, then the command app and the query app in separate Spring contexts (each with its own configuration
 * file). Used by the local run and by the end-to-end tests.
 *
 * <p>With a data directory (the H2 file backend), the command app acknowledges a command only once its events are
 * written to the event store's file: the stack gives it that server's {@link EmbeddedMongoServer#flush() flush} as its
 * {@link Durability} (a group commit); the query app commits its offsets after its own store's flush. The broker can be stopped and started again on its port and data
 * ({@link #stopKafka()}, {@link #startKafka()}), and {@link #crash()} stops everything as a {@code kill -9} would.
 */
public final class PlenaryStack implements AutoCloseable {

    private final StackSettings settings;
    private final EmbeddedStores stores;
    private EmbeddedKafkaBroker kafka;
    private int kafkaPort;
    private int kafkaControllerPort;
    private Path kafkaData;
    private ConfigurableApplicationContext command;
    private ConfigurableApplicationContext query;

    PlenaryStack(StackSettings settings) {
        this.settings = settings;
        this.stores = new EmbeddedStores(settings.dataDirectory, settings.h2CommitInterval, settings.separateReadModels);
        if (stores.separate() && settings.properties.containsKey("plenary.mongo.uri")) {
            throw new IllegalArgumentException("plenary.mongo.uri is given to both apps, but the read models have a store "
                    + "of their own here: build the stack with oneStore()");
        }
    }

    public static StackSettings builder() {
        return new StackSettings();
    }

    /** Starts the broker, the MongoDB-protocol servers ({@link EmbeddedStores}) and both apps. */
    public PlenaryStack start() {
        System.setProperty("axoniq.update-checker.disabled", "true");
        stores.start(settings.mongoPort, settings.readModelsPort);
        EmbeddedKafkaBroker.Builder kafkaBuilder = EmbeddedKafkaBroker.builder().port(settings.kafkaPort);
        if (settings.dataDirectory == null) {
            kafkaBuilder.temporaryDataDirectory();
        } else {
            kafkaBuilder.dataDirectory(settings.dataDirectory.resolve("kafka"));
        }
        kafka = kafkaBuilder.build().start();
        kafkaPort = kafka.port();
        kafkaControllerPort = kafka.controllerPort();
        kafkaData = kafka.dataDirectory();
        startCommand();
        startQuery();
        return this;
    }

    /** What the command app waits for before acknowledging: the embedded server's flush, for the H2 file backend. */
    private Durability durability() {
        if (settings.dataDirectory == null || !settings.durableAcknowledgements) {
            return Durability.NONE;
        }
        return () -> stores.eventStore().flush(); // the server of the moment: crash() and restart() replace it
    }

    /**
     * Stops the broker (orderly); commands keep being stored and wait to be published. Same port on restart. Needs a
     * data directory (a broker without one deletes its data on close).
     */
    public void stopKafka() {
        requireDataDirectory();
        kafka.close();
    }

    private void requireDataDirectory() {
        if (settings.dataDirectory == null) {
            throw new IllegalStateException("the stack keeps no data to restart on: build it with a data directory");
        }
    }

    /** Starts the broker again on its data directory, port and controller port. */
    public void startKafka() {
        if (kafka.isRunning()) {
            throw new IllegalStateException("the broker is running");
        }
        kafka = EmbeddedKafkaBroker.builder().dataDirectory(kafkaData).port(kafkaPort)
                .controllerPort(kafkaControllerPort).build().start();
    }

    /**
     * Stops the event store's MongoDB-protocol server (orderly: its file keeps everything); the apps keep running
     * without it. With one store ({@link Builder#oneStore()}) that is the query side's store too.
     */
    public void stopMongo() {
        requireDataDirectory();
        stores.eventStore().close();
    }

    /** Starts the event store's server again on its file and port; the apps' clients reconnect by themselves. */
    public void startMongo() {
        if (stores.eventStore().isRunning()) {
            throw new IllegalStateException("the MongoDB-protocol server is running");
        }
        stores.restartEventStore();
    }

    /**
     * Stops everything as a {@code kill -9} of the process would leave it: the apps stop, then the MongoDB-protocol
     * servers drop whatever was not written to their files ({@link EmbeddedMongoServer#halt()}), then the broker stops
     * (what it acknowledged is in its log files, as after a kill). {@link #restart()} starts again on the same data.
     */
    public void crash() {
        requireDataDirectory();
        stopQuery();
        stopCommand();
        stores.halt();
        kafka.close();
    }

    /** After {@link #crash()}: the servers on the same data and ports, then both apps. */
    public PlenaryStack restart() {
        stores.restart();
        kafka = EmbeddedKafkaBroker.builder().dataDirectory(kafkaData).port(kafkaPort)
                .controllerPort(kafkaControllerPort).build().start();
        startCommand();
        startQuery();
        return this;
    }

    public void startCommand() {
        startCommand(Map.of());
    }

    /** Starts (or restarts) the command app, with extra properties for this start only. */
    public void startCommand(Map<String, String> extra) {
        Map<String, String> properties = common(stores.eventStore());
        properties.put("server.port", Integer.toString(settings.commandPort));
        properties.putAll(extra);
        command = commandBuilder().run(asArgs(properties));
    }

    private org.springframework.boot.builder.SpringApplicationBuilder commandBuilder() {
        Durability durability = durability();
        return CommandApplication.builder().profiles(settings.profiles.toArray(String[]::new))
                .initializers(context -> context.getBeanFactory().registerSingleton("durability", durability));
    }

    /**
     * Starts one more command node on the same broker and store (a free port), for multi-node tests;
     * the caller closes it.
     */
    public ConfigurableApplicationContext startAnotherCommandNode() {
        return startAnotherCommandNode(Map.of());
    }

    /** {@link #startAnotherCommandNode()} with extra properties (e.g. publishing off). */
    public ConfigurableApplicationContext startAnotherCommandNode(Map<String, String> extra) {
        Map<String, String> properties = common(stores.eventStore());
        properties.put("server.port", "0");
        properties.putAll(extra);
        return commandBuilder().run(asArgs(properties));
    }

    public static String url(ConfigurableApplicationContext context) {
        return "http://127.0.0.1:" + port(context);
    }

    public void startQuery() {
        startQuery(Map.of());
    }

    /** Starts (or restarts) the query app, with extra properties for this start only (e.g. its node id). */
    public void startQuery(Map<String, String> extra) {
        query = queryNode(Integer.toString(settings.queryPort), extra);
    }

    /**
     * Starts one more query node on the same broker and store (a free port), projecting in the same consumer group,
     * for multi-node tests; the caller closes it.
     */
    public ConfigurableApplicationContext startAnotherQueryNode(Map<String, String> extra) {
        return queryNode("0", extra);
    }

    private ConfigurableApplicationContext queryNode(String port, Map<String, String> extra) {
        Map<String, String> properties = common(stores.readModels());
        properties.put("server.port", port);
        if (command != null) {
            // The web page learns where to send commands from the query app (GET /api/config).
            properties.putIfAbsent("plenary.web.command-url", commandUrl());
        }
        properties.putAll(extra);
        ProjectionDurability durability = projectionDurability();
        return QueryApplication.builder().profiles(settings.profiles.toArray(String[]::new))
                .initializers(context -> context.getBeanFactory().registerSingleton("projectionDurability", durability))
                .run(asArgs(properties));
    }

    /** What the query app waits for before committing its offsets: its store's flush, for the H2 file. */
    private ProjectionDurability projectionDurability() {
        if (settings.dataDirectory == null || !settings.durableAcknowledgements) {
            return ProjectionDurability.NONE;
        }
        return () -> stores.readModels().flush(); // the server of the moment, as for the command app
    }

    public void stopCommand() {
        if (command != null) {
            command.close();
            command = null;
        }
    }

    public void stopQuery() {
        if (query != null) {
            query.close();
            query = null;
        }
    }

    /** What every app gets: its store ({@code plenary.mongo.uri}), the broker, the stack's own properties. */
    private Map<String, String> common(EmbeddedMongoServer store) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("plenary.mongo.uri", store.connectionString());
        properties.put("plenary.kafka.bootstrap-servers", kafka.bootstrapServers());
        properties.putAll(settings.properties);
        return properties;
    }

    /** Command-line arguments: they take precedence over each app's own configuration file. */
    private static String[] asArgs(Map<String, String> properties) {
        List<String> args = new ArrayList<>();
        properties.forEach((k, v) -> args.add("--" + k + "=" + v));
        return args.toArray(String[]::new);
    }

    public String commandUrl() {
        return "http://127.0.0.1:" + port(command);
    }

    public String queryUrl() {
        return "http://127.0.0.1:" + port(query);
    }

    public ConfigurableApplicationContext commandContext() {
        return command;
    }

    public ConfigurableApplicationContext queryContext() {
        return query;
    }

    public EmbeddedKafkaBroker kafka() {
        return kafka;
    }

    /** The event store's MongoDB-protocol server (with one store, the only one). */
    public EmbeddedMongoServer mongo() {
        return stores.eventStore();
    }

    /** The read models' MongoDB-protocol server: {@link #mongo()} in memory or with one store. */
    public EmbeddedMongoServer readModels() {
        return stores.readModels();
    }

    private static int port(ConfigurableApplicationContext context) {
        if (context == null) {
            throw new IllegalStateException("the app is not running");
        }
        return ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        stopQuery();
        stopCommand();
        if (kafka != null) {
            kafka.close();
        }
        stores.close();
    }
}
