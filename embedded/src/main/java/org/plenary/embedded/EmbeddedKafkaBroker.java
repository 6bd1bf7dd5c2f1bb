package org.plenary.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.plenary.platform.kafka.TopicReadiness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker (the one from {@code kafka_2.13}) running inside this JVM in KRaft mode, as a single
 * node that is both broker and controller.
 *
 * <h2>What it guarantees</h2>
 * <ul>
 *   <li><b>Loopback only.</b> Both listeners (the client listener {@code PLAINTEXT} and the {@code CONTROLLER}
 *       listener) bind to 127.0.0.1 and nothing else; no other network is used.</li>
 *   <li><b>Ready when {@link #start()} returns.</b> {@code start()} returns once the broker is registered with its
 *       controller, has caught up with the metadata log and is unfenced: producers, consumers and admin clients
 *       given {@link #bootstrapServers()} can be used at once.</li>
 *   <li><b>Data kept, or thrown away.</b> With a {@link Builder#dataDirectory(Path) data directory}, the storage
 *       is formatted only the first time (a fresh cluster id is written to {@code meta.properties} there); a later
 *       broker on the same directory reuses the cluster id and finds all topics, records and committed consumer
 *       offsets again, even when it listens on other ports. Without one, a fresh temporary directory is used and
 *       deleted by {@link #close()}.</li>
 *   <li><b>Single-node settings.</b> Replication factor 1 everywhere (default topics, {@code __consumer_offsets},
 *       {@code __transaction_state}), {@code min.insync.replicas=1} (so {@code acks=all} and idempotent or
 *       transactional producers work), {@code group.initial.rebalance.delay.ms=0}, and
 *       {@code log.retention.ms=-1}: records are kept until deleted by hand, because the project replays its
 *       event topic from offset 0.</li>
 *   <li><b>Clean shutdown.</b> {@link #close()} shuts the broker and controller down in order and waits for it,
 *       so the data directory is left consistent and can be reopened at once.</li>
 * </ul>
 *
 * <p>An instance is started once; to restart, close it and build a new one on the same data directory. A data
 * directory must be used by one broker at a time (Kafka locks it); it must hold nothing but this broker's data.
 *
 * <p>As in a stand-alone broker, an unrecoverable storage or metadata fault makes Kafka halt the process.
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.builder()
 *         .dataDirectory(Path.of("data/kafka"))
 *         .defaultPartitions(8)
 *         .build()
 *         .start()) {
 *     kafka.ensureTopic("events", 8);
 *     String bootstrap = kafka.bootstrapServers();   // "127.0.0.1:<port>"
 * }
 * }</pre>
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private static final int NODE_ID = 1;
    private static final String CLIENT_LISTENER = "PLAINTEXT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String META_PROPERTIES = "meta.properties";
    private static final int MAX_START_ATTEMPTS = 3;
    private static final Duration TOPIC_READY_TIMEOUT = Duration.ofSeconds(30);

    /** Settings this class decides itself; {@link Builder#brokerProperty} refuses them. */
    private static final Set<String> MANAGED_PROPERTIES = Set.of(
            "process.roles", "node.id", "broker.id", "controller.quorum.voters", "controller.quorum.bootstrap.servers",
            "listeners", "advertised.listeners", "controller.listener.names", "inter.broker.listener.name",
            "listener.security.protocol.map", "log.dirs", "log.dir", "metadata.log.dir", "num.partitions",
            "zookeeper.connect");

    private final Path configuredDataDirectory;
    private final int requestedPort;
    private final int requestedControllerPort;
    private final int defaultPartitions;
    private final Map<String, String> extraProperties;
    private final boolean quietLogs;

    private enum State { NEW, RUNNING, CLOSED }

    private State state = State.NEW;
    private Path dataDirectory;
    private boolean temporary;
    private KafkaRaftServer server;
    private int port;
    private int controllerPort;
    private String clusterId;
    private Admin admin;

    private EmbeddedKafkaBroker(Builder builder) {
        this.configuredDataDirectory = builder.dataDirectory;
        this.requestedPort = builder.port;
        this.requestedControllerPort = builder.controllerPort;
        this.defaultPartitions = builder.defaultPartitions;
        this.extraProperties = Collections.unmodifiableMap(new LinkedHashMap<>(builder.extraProperties));
        this.quietLogs = builder.quietLogs;
    }

    /** Starts describing a broker; every option has a default. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Formats the storage if it is not formatted yet, then starts the broker and waits until it serves clients.
     *
     * <p>When a port was left at 0 and the free port chosen for it is taken by someone else before Kafka binds it,
     * the start is retried with other ports (up to 3 attempts in all).
     *
     * @return this broker, started
     * @throws IllegalStateException if this broker was already started or closed
     * @throws UncheckedIOException  if the data directory cannot be created or read
     * @throws RuntimeException      whatever Kafka throws when it cannot start (e.g. a data directory locked by
     *                               another running broker); the broker is then closed
     */
    public synchronized EmbeddedKafkaBroker start() {
        if (state != State.NEW) {
            throw new IllegalStateException("an EmbeddedKafkaBroker can be started once; this one is " + state);
        }
        if (quietLogs) {
            EmbeddedLogging.quiet();
        }
        long began = System.nanoTime();
        try {
            prepareDataDirectory();
            for (int attempt = 1; ; attempt++) {
                pickPorts();
                KafkaConfig config = new KafkaConfig(brokerProperties(), false);
                formatIfNeeded(config);
                KafkaRaftServer candidate = new KafkaRaftServer(config, Time.SYSTEM);
                try {
                    candidate.startup();
                    server = candidate;
                    break;
                } catch (RuntimeException e) {
                    stopQuietly(candidate);
                    boolean portsWerePicked = requestedPort == 0 || requestedControllerPort == 0;
                    if (!portsWerePicked || attempt >= MAX_START_ATTEMPTS || !FreePorts.isBindFailure(e)) {
                        throw e;
                    }
                    log.warn("port taken while starting the embedded Kafka broker, retrying with other ports", e);
                }
            }
        } catch (RuntimeException e) {
            state = State.CLOSED;
            deleteTemporaryDirectory();
            throw e;
        }
        state = State.RUNNING;
        log.info("embedded Kafka broker started in {} ms: bootstrap {}, data {}{}",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began), bootstrapServers(), dataDirectory,
                temporary ? " (temporary)" : "");
        return this;
    }

    /**
     * The {@code bootstrap.servers} value for clients: {@code 127.0.0.1:<port>}.
     *
     * @throws IllegalStateException if the broker is not running
     */
    public synchronized String bootstrapServers() {
        requireRunning();
        return FreePorts.LOOPBACK + ":" + port;
    }

    /** The client listener port on 127.0.0.1 (the chosen one when 0 was asked). */
    public synchronized int port() {
        requireRunning();
        return port;
    }

    /** The controller listener port on 127.0.0.1; clients never need it. */
    public synchronized int controllerPort() {
        requireRunning();
        return controllerPort;
    }

    /** The directory holding the broker's data (the temporary one when none was given). */
    public synchronized Path dataDirectory() {
        requireRunning();
        return dataDirectory;
    }

    /** The cluster id stored in the data directory. */
    public synchronized String clusterId() {
        requireRunning();
        return clusterId;
    }

    /** True from a successful {@link #start()} until {@link #close()}. */
    public synchronized boolean isRunning() {
        return state == State.RUNNING;
    }

    /**
     * Creates topic {@code name} with {@code partitions} partitions (replication factor 1) unless it exists, and
     * waits until the leader serves every partition. Same as {@link #ensureTopic(String, int, Map)} with no topic
     * config.
     *
     * @param name       the topic name
     * @param partitions the partition count for a new topic, at least 1
     * @return the number of partitions the topic has
     */
    public int ensureTopic(String name, int partitions) {
        return ensureTopic(name, partitions, Map.of());
    }

    /**
     * Creates topic {@code name} with {@code partitions} partitions, replication factor 1 and the given topic-level
     * config (e.g. {@code cleanup.policy}), unless a topic of that name exists; then waits until the leader
     * serves every partition of the topic, so that producing to it succeeds at once.
     *
     * <p>Create topics with this method before an idempotent producer writes to them, rather than relying on
     * automatic creation: Kafka 3.9 can drop the first batch sent to a partition that is announced but not yet
     * served (KAFKA-15591); this method returns only after that window has closed.
     *
     * <p>Idempotent: calling it again, from this or another process, changes nothing. An existing topic is never
     * altered: neither its partition count (changing it would move keys to other partitions) nor its config.
     *
     * @param name        the topic name
     * @param partitions  the partition count for a new topic, at least 1
     * @param topicConfig topic-level settings for a new topic (may be empty)
     * @return the number of partitions the topic has, which differs from {@code partitions} only when the topic
     *         existed before with another count
     * @throws IllegalArgumentException if {@code name} is blank or {@code partitions < 1}
     * @throws IllegalStateException    if the broker is not running, or Kafka refuses the topic or does not
     *                                  elect leaders for it within 30 s
     */
    public int ensureTopic(String name, int partitions, Map<String, String> topicConfig) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topicConfig, "topicConfig");
        if (name.isBlank()) {
            throw new IllegalArgumentException("topic name must not be blank");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
        NewTopic topic = new NewTopic(name, partitions, (short) 1).configs(new HashMap<>(topicConfig));
        return TopicReadiness.ensure(admin(), topic, TOPIC_READY_TIMEOUT);
    }

    /**
     * Stops the broker and controller cleanly and waits until they are down; deletes the data directory if it was
     * a temporary one. Idempotent; does nothing for a broker that was never started.
     */
    @Override
    public synchronized void close() {
        if (state == State.CLOSED) {
            return;
        }
        boolean wasRunning = state == State.RUNNING;
        state = State.CLOSED;
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
            admin = null;
        }
        if (wasRunning) {
            long began = System.nanoTime();
            server.shutdown();
            server.awaitShutdown();
            server = null;
            log.info("embedded Kafka broker on port {} stopped in {} ms", port,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
        }
        deleteTemporaryDirectory();
    }

    @Override
    public synchronized String toString() {
        return "EmbeddedKafkaBroker[" + state + (state == State.RUNNING ? ", " + bootstrapServers() : "")
                + ", data=" + (dataDirectory != null ? dataDirectory : configuredDataDirectory) + "]";
    }

    private synchronized Admin admin() {
        requireRunning();
        if (admin == null) {
            Map<String, Object> config = new HashMap<>();
            config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, "plenary-embedded-admin");
            admin = Admin.create(config);
        }
        return admin;
    }

    private void pickPorts() {
        port = FreePorts.resolve(requestedPort);
        controllerPort = FreePorts.resolve(requestedControllerPort);
        while (port == controllerPort) {
            if (requestedControllerPort == 0) {
                controllerPort = FreePorts.pick();
            } else {
                port = FreePorts.pick();
            }
        }
    }

    private void prepareDataDirectory() {
        try {
            if (configuredDataDirectory == null) {
                dataDirectory = Files.createTempDirectory("plenary-kafka-").toAbsolutePath();
                temporary = true;
            } else {
                dataDirectory = Files.createDirectories(configuredDataDirectory).toAbsolutePath().normalize();
                temporary = false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create Kafka data directory " + configuredDataDirectory, e);
        }
        clusterId = readClusterId(dataDirectory);
        if (clusterId == null) {
            clusterId = Uuid.randomUuid().toString();
        }
    }

    /** The cluster id of an already formatted directory, or null when it is not formatted. */
    private static String readClusterId(Path directory) {
        Path metaProperties = directory.resolve(META_PROPERTIES);
        if (!Files.isRegularFile(metaProperties)) {
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(metaProperties)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + metaProperties, e);
        }
        String id = properties.getProperty("cluster.id");
        if (id == null || id.isBlank()) {
            throw new IllegalStateException(metaProperties + " has no cluster.id; not a Kafka data directory?");
        }
        return id;
    }

    private void formatIfNeeded(KafkaConfig config) {
        if (Files.isRegularFile(dataDirectory.resolve(META_PROPERTIES))) {
            return;
        }
        try {
            new Formatter()
                    .setNodeId(NODE_ID)
                    .setClusterId(clusterId)
                    .setDirectories(List.of(dataDirectory.toString()))
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setUnstableFeatureVersionsEnabled(false)
                    .setIgnoreFormatted(true)
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka storage in " + dataDirectory, e);
        }
    }

    private Map<String, Object> brokerProperties() {
        Map<String, Object> p = new HashMap<>();
        // single combined node, static quorum: the voter set holds node ids only, so ports may change on restart
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + FreePorts.LOOPBACK + ":" + controllerPort);
        p.put("listeners", CLIENT_LISTENER + "://" + FreePorts.LOOPBACK + ":" + port + ","
                + CONTROLLER_LISTENER + "://" + FreePorts.LOOPBACK + ":" + controllerPort);
        p.put("advertised.listeners", CLIENT_LISTENER + "://" + FreePorts.LOOPBACK + ":" + port);
        p.put("listener.security.protocol.map", CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", CLIENT_LISTENER);
        p.put("log.dirs", dataDirectory.toString());
        p.put("num.partitions", String.valueOf(defaultPartitions));
        // one replica of everything
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "4");
        // local use: no rebalance delay, keep records, small memory footprint
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        p.put("log.retention.ms", "-1");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        // after a crash the controller keeps the dead broker's session until it times out, and the restarted broker
        // cannot register before that: a short session makes a restart after kill -9 take ~3 s instead of ~14 s
        p.put("broker.heartbeat.interval.ms", "500");
        p.put("broker.session.timeout.ms", "3000");
        p.putAll(extraProperties);
        return p;
    }

    private void requireRunning() {
        if (state != State.RUNNING) {
            throw new IllegalStateException("the embedded Kafka broker is not running (" + state + ")");
        }
    }

    private static void stopQuietly(KafkaRaftServer candidate) {
        try {
            candidate.shutdown();
            candidate.awaitShutdown();
        } catch (RuntimeException e) {
            log.debug("error while stopping a broker that failed to start", e);
        }
    }

    private void deleteTemporaryDirectory() {
        if (temporary && dataDirectory != null) {
            Directories.deleteRecursively(dataDirectory);
        }
    }

    /**
     * Options of an {@link EmbeddedKafkaBroker}. Every setter validates its argument at once and throws
     * {@link IllegalArgumentException} (or {@link NullPointerException} for a null) when it is not acceptable.
     */
    public static final class Builder {
        private Path dataDirectory;
        private int port;
        private int controllerPort;
        private int defaultPartitions = 1;
        private final Map<String, String> extraProperties = new LinkedHashMap<>();
        private boolean quietLogs = true;

        private Builder() {
        }

        /**
         * Keeps the broker's data in {@code directory} (created if missing) across restarts. Default: none, a fresh
         * temporary directory that {@link EmbeddedKafkaBroker#close()} deletes.
         */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** Uses a fresh temporary directory, deleted on close (the default). */
        public Builder temporaryDataDirectory() {
            this.dataDirectory = null;
            return this;
        }

        /** The client listener port on 127.0.0.1; 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = FreePorts.requireValidPort(port, "port");
            return this;
        }

        /** The controller listener port on 127.0.0.1; 0 (the default) picks a free port. */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = FreePorts.requireValidPort(controllerPort, "controllerPort");
            return this;
        }

        /** Number of partitions of topics created automatically on first use ({@code num.partitions}); default 1. */
        public Builder defaultPartitions(int partitions) {
            if (partitions < 1) {
                throw new IllegalArgumentException("defaultPartitions must be at least 1, was " + partitions);
            }
            this.defaultPartitions = partitions;
            return this;
        }

        /**
         * Sets any other broker setting, overriding this class's default for it (e.g. {@code log.retention.ms}).
         * Settings that define the node, its listeners and its directories are refused.
         */
        public Builder brokerProperty(String key, String value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            if (MANAGED_PROPERTIES.contains(key)) {
                throw new IllegalArgumentException(key + " is set by EmbeddedKafkaBroker itself");
            }
            extraProperties.put(key, value);
            return this;
        }

        /**
         * Whether {@link EmbeddedKafkaBroker#start()} reduces Kafka's own loggers to WARN (see {@link EmbeddedLogging}); default true.
         */
        public Builder quietLogs(boolean quiet) {
            this.quietLogs = quiet;
            return this;
        }

        /**
         * Returns a broker with these options, not started yet.
         *
         * @throws IllegalArgumentException if both ports are the same non-zero number
         */
        public EmbeddedKafkaBroker build() {
            if (port != 0 && port == controllerPort) {
                throw new IllegalArgumentException("port and controllerPort must differ, both are " + port);
            }
            return new EmbeddedKafkaBroker(this);
        }
    }
}
