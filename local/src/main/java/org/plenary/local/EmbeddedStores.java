package org.plenary.local;

import org.plenary.embedded.EmbeddedMongoServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The stack's MongoDB-protocol servers. In memory, one. With a data directory, two, each with its own H2 file: the
 * <em>event store</em> ({@code mongo/plenary.mv.db}: events, snapshots, idempotency records, publication marks) and
 * the <em>read models</em> ({@code read-models/plenary.mv.db}: the query side's projections), as a deployment puts
 * them in separate databases. A command waits for the commit that makes its events durable; with one file that
 * commit also serialized every page the projections had changed meanwhile (draft views, amendment pages, history),
 * which no command waits for (docs/BENCHMARKS.md, "The sixth session").
 *
 * <p>A data directory written before the read models had a file of their own (an event store file and no read-models
 * file) keeps its one file for both: its projections, their generation record and the Kafka offsets they were
 * projected to are there.
 */
final class EmbeddedStores {

    static final String EVENT_STORE_DIRECTORY = "mongo";
    static final String READ_MODELS_DIRECTORY = "read-models";
    private static final String FILE = "plenary.mv.db";

    private final Path dataDirectory;
    private final Duration h2CommitInterval;
    private final boolean separate;
    private volatile EmbeddedMongoServer eventStore;
    private volatile EmbeddedMongoServer readModels;
    private int eventStorePort;
    private int readModelsPort;

    /**
     * @param dataDirectory    null: in memory, one server
     * @param h2CommitInterval H2's background commit interval; null for H2's default
     * @param separateWanted   false keeps one server for both even with a data directory
     */
    EmbeddedStores(Path dataDirectory, Duration h2CommitInterval, boolean separateWanted) {
        this.dataDirectory = dataDirectory;
        this.h2CommitInterval = h2CommitInterval;
        this.separate = dataDirectory != null && separateWanted && !oneFileWrittenBefore(dataDirectory);
    }

    /** Whether {@code dataDirectory} holds an event store file written before the read models had one of their own. */
    static boolean oneFileWrittenBefore(Path dataDirectory) {
        return Files.exists(dataDirectory.resolve(EVENT_STORE_DIRECTORY).resolve(FILE))
                && !Files.exists(dataDirectory.resolve(READ_MODELS_DIRECTORY).resolve(FILE));
    }

    /** Starts the servers on these ports (0: a free one); a restart uses the ports they got. */
    void start(int eventStorePort, int readModelsPort) {
        startEventStore(eventStorePort);
        if (separate) {
            readModels = server(READ_MODELS_DIRECTORY, readModelsPort);
            this.readModelsPort = readModels.port();
        }
    }

    private void startEventStore(int port) {
        eventStore = server(EVENT_STORE_DIRECTORY, port);
        eventStorePort = eventStore.port();
    }

    /** After the event store's server was closed: again, on its file and port. */
    void restartEventStore() {
        startEventStore(eventStorePort);
    }

    /** After {@link #halt()}: both servers again, on their files and ports. */
    void restart() {
        start(eventStorePort, readModelsPort);
    }

    private EmbeddedMongoServer server(String directory, int port) {
        EmbeddedMongoServer.Builder builder = EmbeddedMongoServer.builder().port(port);
        if (dataDirectory == null) {
            builder.memory();
        } else {
            builder.h2File(dataDirectory.resolve(directory).resolve(FILE));
            if (h2CommitInterval != null) {
                builder.h2CommitInterval(h2CommitInterval);
            }
        }
        return builder.build().start();
    }

    boolean separate() {
        return separate;
    }

    /** The command side's server (the only one in memory or in a directory written before). */
    EmbeddedMongoServer eventStore() {
        return eventStore;
    }

    /** The query side's server: the event store's when there is one server. */
    EmbeddedMongoServer readModels() {
        return separate ? readModels : eventStore;
    }

    /** Drops what was not written to the files, as a kill of the process would. */
    void halt() {
        eventStore.halt();
        if (readModels != null) {
            readModels.halt();
        }
    }

    void close() {
        if (eventStore != null) {
            eventStore.close();
        }
        if (readModels != null) {
            readModels.close();
        }
    }
}
