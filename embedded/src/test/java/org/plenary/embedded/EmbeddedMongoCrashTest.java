package org.plenary.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a kill of the process leaves in an H2 file: {@link EmbeddedMongoServer#halt()} drops what was not written
 * to the file, exactly as a {@code kill -9} would; a write followed by a returned {@link EmbeddedMongoServer#flush()}
 * is there after it.
 */
class EmbeddedMongoCrashTest {

    @TempDir
    Path dir;

    /** H2's background writer effectively off, so only flush() writes to the file. */
    private EmbeddedMongoServer start(Path file) {
        return EmbeddedMongoServer.builder().h2File(file).h2CommitInterval(Duration.ofHours(1)).build().start();
    }

    @Test
    void flushedWritesSurviveAHaltAndUnflushedOnesAreLost() {
        Path file = dir.resolve("crash/plenary.mv");
        EmbeddedMongoServer server = start(file);
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> docs = client.getDatabase("plenary").getCollection("events");
            for (int i = 0; i < 100; i++) {
                docs.insertOne(new Document("_id", "flushed/" + i));
            }
            server.flush();
            for (int i = 0; i < 100; i++) {
                docs.insertOne(new Document("_id", "pending/" + i));
            }
            server.halt();
        }
        assertThat(server.isRunning()).isFalse();

        try (EmbeddedMongoServer again = start(file);
             MongoClient client = MongoClients.create(again.connectionString())) {
            MongoCollection<Document> docs = client.getDatabase("plenary").getCollection("events");
            assertThat(docs.countDocuments(new Document("_id", new Document("$regex", "^flushed/")))).isEqualTo(100);
            assertThat(docs.countDocuments(new Document("_id", new Document("$regex", "^pending/"))))
                    .as("the halt dropped what no flush wrote, as a kill -9 would").isZero();
        }
    }

    @Test
    void everyWriteWhoseFlushReturnedSurvivesAHaltWhenManyThreadsFlushAtOnce() throws Exception {
        Path file = dir.resolve("group/plenary.mv");
        EmbeddedMongoServer server = start(file);
        int threads = 8;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> docs = client.getDatabase("plenary").getCollection("events");
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        docs.insertOne(new Document("_id", thread + "/" + i));
                        server.flush();
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
            server.halt();
        } finally {
            pool.shutdown();
        }

        try (EmbeddedMongoServer again = start(file);
             MongoClient client = MongoClients.create(again.connectionString())) {
            assertThat(client.getDatabase("plenary").getCollection("events").countDocuments())
                    .isEqualTo((long) threads * perThread);
        }
    }

    @Test
    void aHaltedServerRefusesFlushesAndAHaltOfTheMemoryBackendIsAClose() {
        EmbeddedMongoServer server = start(dir.resolve("halted/plenary.mv"));
        server.halt();
        server.halt();
        assertThatThrownBy(server::flush).isInstanceOf(IllegalStateException.class);

        EmbeddedMongoServer memory = EmbeddedMongoServer.builder().build().start();
        memory.halt();
        assertThat(memory.isRunning()).isFalse();
    }
}
