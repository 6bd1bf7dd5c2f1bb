package org.plenary.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.plenary.embedded.h2.TypedIndexH2Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB-protocol server ({@code de.bwaldvogel:mongo-java-server}) running inside this JVM, for local runs
 * and tests where no real MongoDB can be installed.
 *
 * <h2>What it guarantees</h2>
 * <ul>
 *   <li><b>Loopback only.</b> It listens on 127.0.0.1 only.</li>
 *   <li><b>Ready when {@link #start()} returns</b>, at {@link #connectionString()}
 *       ({@code mongodb://127.0.0.1:<port>}), usable by {@code mongodb-driver-sync} 5.5.</li>
 *   <li><b>Backends.</b> {@link Backend#MEMORY}: everything is lost on {@link #close()}.
 *       {@link Backend#H2_FILE}: databases live in one H2 MVStore file; a new server on the same file finds them
 *       again. H2 writes changes to the file in the background (by default at least every second), on
 *       {@link #flush()} and on {@link #close()}: after an orderly close nothing is lost, after a hard kill of
 *       the process the changes since the last flush (up to the commit interval) may be. A write followed by a
 *       {@link #flush()} that returned survives a kill of the process ({@link #halt()} simulates one).</li>
 *   <li><b>Unique {@code _id}.</b> Inserting a document whose {@code _id} exists fails with the driver's
 *       duplicate-key error (code 11000), on both backends.</li>
 * </ul>
 *
 * <p>Limits (measured, see {@code docs/EMBEDDED.md}): only {@code _id} and unique indexes are used for equality
 * look-ups; every other query is a full scan under a lock. No multi-document transactions.
 *
 * <p>An instance is started once; to restart, close it and build a new one (on the same file for H2). An H2
 * file must be used by one server at a time.
 *
 * <pre>{@code
 * try (EmbeddedMongoServer mongo = EmbeddedMongoServer.builder().h2File(Path.of("data/mongo.mv")).build().start();
 *      MongoClient client = MongoClients.create(mongo.connectionString())) {
 *     ...
 * }
 * }</pre>
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    /** An MVStore map of this class's own; H2Backend reads only maps named {@code databases.*}. */
    private static final String FLUSH_MAP = "plenary-embedded.flush";

    /** Where the server keeps its data. */
    public enum Backend {
        /** In the JVM's memory; gone when the server closes. */
        MEMORY,
        /** In one H2 MVStore file, kept across restarts. */
        H2_FILE
    }

    private enum State { NEW, RUNNING, CLOSED }

    private final Backend backendKind;
    private final Path file;
    private final int requestedPort;
    private final Duration h2CommitInterval;
    private final boolean quietLogs;

    private State state = State.NEW;
    private MongoServer server;
    private MongoBackend backend;
    private int port;

    /** Group commit of {@link #flush()}: callers share a commit that started after their call. */
    private final GroupFlush flushes = new GroupFlush(this::commit);
    private MVMap<String, Long> flushMarks;

    private EmbeddedMongoServer(Builder builder) {
        this.backendKind = builder.backend;
        this.file = builder.file;
        this.requestedPort = builder.port;
        this.h2CommitInterval = builder.h2CommitInterval;
        this.quietLogs = builder.quietLogs;
    }

    /** Starts describing a server; by default an in-memory one on a free port. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Opens the backend (for H2: creates or reopens the file, creating missing parent directories) and starts
     * listening on 127.0.0.1.
     *
     * @return this server, started
     * @throws IllegalStateException if this server was already started or closed
     * @throws UncheckedIOException  if the parent directory of the H2 file cannot be created
     * @throws RuntimeException      whatever the server or H2 throws when it cannot start (e.g. the port is in
     *                               use, the file is locked by another server); the server is then closed
     */
    public synchronized EmbeddedMongoServer start() {
        if (state != State.NEW) {
            throw new IllegalStateException("an EmbeddedMongoServer can be started once; this one is " + state);
        }
        if (quietLogs) {
            EmbeddedLogging.quiet();
        }
        long began = System.nanoTime();
        try {
            backend = openBackend();
            server = new MongoServer(backend);
            server.bind(FreePorts.LOOPBACK, requestedPort);
            port = server.getLocalAddress().getPort();
        } catch (RuntimeException e) {
            state = State.CLOSED;
            shutdownQuietly();
            throw e;
        }
        state = State.RUNNING;
        log.info("embedded MongoDB-protocol server ({}) started in {} ms at {}", describeBackend(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began), connectionString());
        return this;
    }

    /**
     * The connection string for MongoDB drivers: {@code mongodb://127.0.0.1:<port>}.
     *
     * @throws IllegalStateException if the server is not running
     */
    public synchronized String connectionString() {
        requireRunning();
        return "mongodb://" + FreePorts.LOOPBACK + ":" + port;
    }

    /** The port on 127.0.0.1 (the chosen one when 0 was asked). */
    public synchronized int port() {
        requireRunning();
        return port;
    }

    /** The kind of backend. */
    public Backend backend() {
        return backendKind;
    }

    /** The H2 file, or null for the memory backend. */
    public Path file() {
        return file;
    }

    /** True from a successful {@link #start()} until {@link #close()}. */
    public synchronized boolean isRunning() {
        return state == State.RUNNING;
    }

    /**
     * Writes all changes made before this call to the H2 file, so they survive a hard kill of the process. Does
     * nothing for the memory backend. Concurrent callers share commits (group commit): a caller waits for the
     * commit in progress, then the next one, started after its call, covers it and everyone who came meanwhile.
     *
     * @throws IllegalStateException if the server is not running
     * @throws RuntimeException      what H2 throws when it cannot write (then nothing is promised)
     */
    public void flush() {
        if (runningH2() != null) {
            flushes.await();
        }
    }

    /**
     * H2 may have handed recent changes to its background writer already; a plain commit would then find nothing
     * to write and return before they are on disk. A change of our own forces a synchronous commit, which H2's
     * single-threaded writers perform after the pending ones.
     */
    private void commit(long mark) {
        H2Backend h2;
        synchronized (this) {
            h2 = runningH2();
            if (flushMarks == null) {
                flushMarks = h2.getMvStore().openMap(FLUSH_MAP);
            }
            flushMarks.put("flush", mark);
        }
        h2.commit();
    }

    private synchronized H2Backend runningH2() {
        requireRunning();
        return backend instanceof H2Backend h2 ? h2 : null;
    }

    /**
     * Stops as a {@code kill -9} of the process would: the H2 file keeps only what was written to it (by
     * {@link #flush()} or H2's background writer), pending changes are dropped, connections are cut. For tests of
     * crash recovery; a new server on the same file then sees what a restarted process would. For the memory
     * backend, the same as {@link #close()}. Idempotent.
     */
    public synchronized void halt() {
        if (state == State.RUNNING && backend instanceof H2Backend h2) {
            h2.getMvStore().closeImmediately();
        }
        try {
            close();
        } catch (RuntimeException e) {
            log.debug("closing after a halt", e); // the store is closed already: nothing more to write
        }
    }

    /**
     * Stops listening, closes open connections and closes the backend (for H2: writes pending changes and
     * releases the file). Idempotent; does nothing for a server that was never started.
     */
    @Override
    public synchronized void close() {
        if (state == State.CLOSED) {
            return;
        }
        boolean wasRunning = state == State.RUNNING;
        state = State.CLOSED;
        if (wasRunning) {
            server.shutdownNow();
            server = null;
            backend = null;
            String flushed = flushes.describe();
            log.info("embedded MongoDB-protocol server on port {} stopped{}", port,
                    flushed.isEmpty() ? "" : " (" + flushed + " of the H2 file)");
        }
    }

    @Override
    public synchronized String toString() {
        return "EmbeddedMongoServer[" + state + ", " + describeBackend()
                + (state == State.RUNNING ? ", " + connectionString() : "") + "]";
    }

    private MongoBackend openBackend() {
        if (backendKind == Backend.MEMORY) {
            return new MemoryBackend();
        }
        Path absolute = file.toAbsolutePath().normalize();
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the directory of " + absolute, e);
        }
        H2Backend h2 = new TypedIndexH2Backend(MVStore.open(absolute.toString()));
        if (h2CommitInterval != null) {
            h2.getMvStore().setAutoCommitDelay((int) h2CommitInterval.toMillis());
        }
        return h2;
    }

    private void shutdownQuietly() {
        try {
            if (server != null) {
                server.shutdownNow();
            } else if (backend != null) {
                backend.close();
            }
        } catch (RuntimeException e) {
            log.debug("error while stopping a server that failed to start", e);
        }
        server = null;
        backend = null;
    }

    private String describeBackend() {
        return backendKind == Backend.MEMORY ? "memory" : "H2 file " + file;
    }

    private void requireRunning() {
        if (state != State.RUNNING) {
            throw new IllegalStateException("the embedded MongoDB-protocol server is not running (" + state + ")");
        }
    }

    /**
     * Options of an {@link EmbeddedMongoServer}. Setters validate their argument at once; {@link #build()} checks
     * that the options fit together.
     */
    public static final class Builder {
        private Backend backend = Backend.MEMORY;
        private Path file;
        private int port;
        private Duration h2CommitInterval;
        private boolean quietLogs = true;

        private Builder() {
        }

        /** Keeps the data in memory (the default). */
        public Builder memory() {
            this.backend = Backend.MEMORY;
            this.file = null;
            return this;
        }

        /**
         * Keeps the data in the H2 MVStore file {@code file} (created with its parent directories if missing,
         * reopened otherwise).
         */
        public Builder h2File(Path file) {
            this.file = Objects.requireNonNull(file, "file");
            this.backend = Backend.H2_FILE;
            return this;
        }

        /** Selects the backend; {@link Backend#H2_FILE} also needs {@link #file(Path)}. */
        public Builder backend(Backend backend) {
            this.backend = Objects.requireNonNull(backend, "backend");
            return this;
        }

        /** The H2 file, for {@link Backend#H2_FILE}. */
        public Builder file(Path file) {
            this.file = Objects.requireNonNull(file, "file");
            return this;
        }

        /** The port on 127.0.0.1; 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = FreePorts.requireValidPort(port, "port");
            return this;
        }

        /**
         * H2 only: how often H2 writes changes to the file in the background (H2's auto-commit delay); default
         * H2's own, 1 s. Shorter loses less on a hard kill and costs more writes.
         */
        public Builder h2CommitInterval(Duration interval) {
            Objects.requireNonNull(interval, "interval");
            if (interval.toMillis() < 1 || interval.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("h2CommitInterval must be between 1 ms and 24 days, was " + interval);
            }
            this.h2CommitInterval = interval;
            return this;
        }

        /** Whether {@link EmbeddedMongoServer#start()} reduces the server's own loggers to WARN (see {@link EmbeddedLogging}); default true. */
        public Builder quietLogs(boolean quiet) {
            this.quietLogs = quiet;
            return this;
        }

        /**
         * Returns a server with these options, not started yet.
         *
         * @throws IllegalArgumentException if {@link Backend#H2_FILE} has no file, or {@link Backend#MEMORY} has one,
         *                                  or an H2 commit interval is given for the memory backend
         */
        public EmbeddedMongoServer build() {
            if (backend == Backend.H2_FILE && file == null) {
                throw new IllegalArgumentException("the H2_FILE backend needs a file");
            }
            if (backend == Backend.MEMORY && file != null) {
                throw new IllegalArgumentException("the MEMORY backend takes no file, got " + file);
            }
            if (backend == Backend.MEMORY && h2CommitInterval != null) {
                throw new IllegalArgumentException("h2CommitInterval applies to the H2_FILE backend only");
            }
            return new EmbeddedMongoServer(this);
        }
    }
}
