package org.plenary.embedded;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoClientException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import org.bson.BsonString;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every test that takes a backend runs once on the memory backend and once on an H2 file. */
class EmbeddedMongoServerTest {

    @TempDir
    Path dir;

    private EmbeddedMongoServer server;
    private MongoClient client;

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private MongoCollection<Document> start(EmbeddedMongoServer.Backend backend) {
        EmbeddedMongoServer.Builder builder = EmbeddedMongoServer.builder();
        if (backend == EmbeddedMongoServer.Backend.H2_FILE) {
            builder.h2File(dir.resolve("mongo/plenary.mv"));
        }
        long began = System.nanoTime();
        server = builder.build().start();
        System.out.println("TIMING mongo start (" + backend + "): "
                + TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - began) / 1000.0 + " ms");
        client = MongoClients.create(server.connectionString());
        return client.getDatabase("plenary").getCollection("docs");
    }

    @ParameterizedTest
    @EnumSource(EmbeddedMongoServer.Backend.class)
    void insertsAndFindsById(EmbeddedMongoServer.Backend backend) {
        MongoCollection<Document> docs = start(backend);
        assertThat(server.connectionString()).isEqualTo("mongodb://127.0.0.1:" + server.port());

        docs.insertOne(new Document("_id", "draft-1/1").append("text", "hello"));

        assertThat(docs.find(eq("_id", "draft-1/1")).first()).containsEntry("text", "hello");
        assertThat(docs.find(eq("_id", "draft-1/2")).first()).isNull();
    }

    @ParameterizedTest
    @EnumSource(EmbeddedMongoServer.Backend.class)
    void aDuplicateIdIsTheDriversDuplicateKeyError(EmbeddedMongoServer.Backend backend) {
        MongoCollection<Document> docs = start(backend);
        docs.insertOne(new Document("_id", "draft-1/1").append("who", "first"));

        assertThatThrownBy(() -> docs.insertOne(new Document("_id", "draft-1/1").append("who", "second")))
                .isInstanceOfSatisfying(MongoWriteException.class, e -> {
                    assertThat(e.getError().getCode()).isEqualTo(11000);
                    assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY);
                });
        assertThat(docs.find(eq("_id", "draft-1/1")).first()).containsEntry("who", "first");
    }

    @ParameterizedTest
    @EnumSource(EmbeddedMongoServer.Backend.class)
    void orderedInsertManyStopsAtTheDuplicateAndReportsItsIndex(EmbeddedMongoServer.Backend backend) {
        MongoCollection<Document> docs = start(backend);
        docs.insertOne(new Document("_id", "d/2"));

        assertThatThrownBy(() -> docs.insertMany(List.of(
                new Document("_id", "d/1"), new Document("_id", "d/2"), new Document("_id", "d/3"))))
                .isInstanceOfSatisfying(MongoBulkWriteException.class, e -> {
                    assertThat(e.getWriteErrors()).hasSize(1);
                    assertThat(e.getWriteErrors().get(0).getIndex()).isEqualTo(1);
                    assertThat(e.getWriteErrors().get(0).getCode()).isEqualTo(11000);
                    assertThat(ErrorCategory.fromErrorCode(e.getWriteErrors().get(0).getCode()))
                            .isEqualTo(ErrorCategory.DUPLICATE_KEY);
                });
        // the documents before the failing one are stored, the ones after it are not
        assertThat(ids(docs)).containsExactlyInAnyOrder("d/1", "d/2");
    }

    @ParameterizedTest
    @EnumSource(EmbeddedMongoServer.Backend.class)
    void unorderedInsertManyStoresTheOthersAndReportsTheDuplicatesIndex(EmbeddedMongoServer.Backend backend) {
        MongoCollection<Document> docs = start(backend);
        docs.insertOne(new Document("_id", "u/2"));

        assertThatThrownBy(() -> docs.insertMany(List.of(
                new Document("_id", "u/1"), new Document("_id", "u/2"), new Document("_id", "u/3")),
                new InsertManyOptions().ordered(false)))
                .isInstanceOfSatisfying(MongoBulkWriteException.class, e -> {
                    assertThat(e.getWriteErrors()).singleElement().satisfies(error -> {
                        assertThat(error.getIndex()).isEqualTo(1);
                        assertThat(error.getCode()).isEqualTo(11000);
                    });
                });
        assertThat(ids(docs)).containsExactlyInAnyOrder("u/1", "u/2", "u/3");
    }

    @ParameterizedTest
    @EnumSource(EmbeddedMongoServer.Backend.class)
    void findsByInOnId(EmbeddedMongoServer.Backend backend) {
        MongoCollection<Document> docs = start(backend);
        for (int i = 0; i < 10; i++) {
            docs.insertOne(new Document("_id", "d/" + i).append("n", i));
        }

        List<Document> found = docs.find(in("_id", List.of("d/2", "d/7", "d/missing"))).into(new ArrayList<>());

        assertThat(found).extracting(d -> d.getInteger("n")).containsExactlyInAnyOrder(2, 7);
    }

    @ParameterizedTest
    @EnumSource(EmbeddedMongoServer.Backend.class)
    void replaceOneWithUpsertInsertsThenReplaces(EmbeddedMongoServer.Backend backend) {
        MongoCollection<Document> docs = start(backend);
        ReplaceOptions upsert = new ReplaceOptions().upsert(true);

        UpdateResult inserted = docs.replaceOne(eq("_id", "view/1"), new Document("_id", "view/1").append("v", 1), upsert);
        UpdateResult replaced = docs.replaceOne(eq("_id", "view/1"), new Document("_id", "view/1").append("v", 2), upsert);

        assertThat(inserted.getUpsertedId()).isEqualTo(new BsonString("view/1"));
        assertThat(inserted.getMatchedCount()).isZero();
        assertThat(replaced.getUpsertedId()).isNull();
        assertThat(replaced.getMatchedCount()).isEqualTo(1);
        assertThat(replaced.getModifiedCount()).isEqualTo(1);
        assertThat(docs.find(eq("_id", "view/1")).first()).containsEntry("v", 2);
        assertThat(docs.countDocuments()).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(EmbeddedMongoServer.Backend.class)
    void bulkWriteAppliesReplaceUpsertsUpdatesInsertsAndDeletes(EmbeddedMongoServer.Backend backend) {
        MongoCollection<Document> docs = start(backend);
        docs.insertMany(List.of(new Document("_id", "a").append("v", 0), new Document("_id", "b").append("v", 0),
                new Document("_id", "c").append("v", 0)));
        ReplaceOptions upsert = new ReplaceOptions().upsert(true);

        BulkWriteResult result = docs.bulkWrite(List.of(
                new ReplaceOneModel<>(eq("_id", "new"), new Document("_id", "new").append("v", 1), upsert),
                new ReplaceOneModel<>(eq("_id", "a"), new Document("_id", "a").append("v", 2), upsert),
                new UpdateOneModel<>(eq("_id", "b"), Updates.set("v", 3)),
                new InsertOneModel<>(new Document("_id", "d").append("v", 4)),
                new DeleteOneModel<>(eq("_id", "c"))));

        assertThat(result.getUpserts()).hasSize(1);
        assertThat(result.getUpserts().get(0).getIndex()).isZero();
        assertThat(result.getUpserts().get(0).getId()).isEqualTo(new BsonString("new"));
        assertThat(result.getMatchedCount()).isEqualTo(2);
        assertThat(result.getModifiedCount()).isEqualTo(2);
        assertThat(result.getInsertedCount()).isEqualTo(1);
        assertThat(result.getDeletedCount()).isEqualTo(1);
        assertThat(docs.find().into(new ArrayList<>()))
                .extracting(d -> d.getString("_id") + "=" + d.getInteger("v"))
                .containsExactlyInAnyOrder("new=1", "a=2", "b=3", "d=4");
    }

    @ParameterizedTest
    @EnumSource(EmbeddedMongoServer.Backend.class)
    void aBulkWriteWithADuplicateInsertReportsDuplicateKey(EmbeddedMongoServer.Backend backend) {
        MongoCollection<Document> docs = start(backend);
        docs.insertOne(new Document("_id", "e/1"));

        assertThatThrownBy(() -> docs.bulkWrite(List.of(
                new InsertOneModel<>(new Document("_id", "e/0")), new InsertOneModel<>(new Document("_id", "e/1")))))
                .isInstanceOfSatisfying(MongoBulkWriteException.class, e -> {
                    assertThat(e.getWriteErrors()).singleElement().satisfies(error -> {
                        assertThat(error.getIndex()).isEqualTo(1);
                        assertThat(error.getCode()).isEqualTo(11000);
                    });
                });
    }

    @ParameterizedTest
    @EnumSource(EmbeddedMongoServer.Backend.class)
    void transactionsAreNotSupported(EmbeddedMongoServer.Backend backend) {
        MongoCollection<Document> docs = start(backend);

        assertThatThrownBy(() -> {
            try (ClientSession session = client.startSession()) {
                session.startTransaction();
                docs.insertOne(session, new Document("_id", "tx/1"));
                session.commitTransaction();
            }
        }).isInstanceOf(MongoClientException.class).hasMessageContaining("doesn't support sessions");
        assertThat(docs.countDocuments()).isZero();
    }

    @Test
    void theH2BackendKeepsDocumentsAcrossARestartOnTheSameFile() {
        Path file = dir.resolve("kept/plenary.mv");
        try (EmbeddedMongoServer first = EmbeddedMongoServer.builder().h2File(file).build().start();
             MongoClient firstClient = MongoClients.create(first.connectionString())) {
            firstClient.getDatabase("plenary").getCollection("events")
                    .insertOne(new Document("_id", "draft-9/1").append("type", "Created"));
        }
        assertThat(file).isRegularFile();

        long began = System.nanoTime();
        try (EmbeddedMongoServer second = EmbeddedMongoServer.builder().h2File(file).build().start();
             MongoClient secondClient = MongoClients.create(second.connectionString())) {
            System.out.println("TIMING mongo start (H2_FILE, reopening a file with data): "
                    + TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - began) / 1000.0 + " ms");
            MongoCollection<Document> events = secondClient.getDatabase("plenary").getCollection("events");
            assertThat(events.find(eq("_id", "draft-9/1")).first()).containsEntry("type", "Created");
            assertThatThrownBy(() -> events.insertOne(new Document("_id", "draft-9/1")))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(e.getError().getCode()).isEqualTo(11000));
        }
    }

    @Test
    void flushMakesH2ChangesDurableAndIsANoOpInMemory() throws Exception {
        Path file = dir.resolve("flush/plenary.mv");
        // H2 would write on its own only after an hour: until the flush the change is in memory only
        server = EmbeddedMongoServer.builder().h2File(file).h2CommitInterval(Duration.ofHours(1)).build().start();
        client = MongoClients.create(server.connectionString());
        MongoCollection<Document> docs = client.getDatabase("plenary").getCollection("docs");
        docs.insertOne(new Document("_id", "f/0"));
        server.flush();
        docs.insertOne(new Document("_id", "f/1"));

        assertThat(idsAfterAHardKill(file)).containsExactly("f/0");
        server.flush();
        assertThat(idsAfterAHardKill(file)).containsExactly("f/0", "f/1");

        try (EmbeddedMongoServer memory = EmbeddedMongoServer.builder().memory().build().start();
             MongoClient memoryClient = MongoClients.create(memory.connectionString())) {
            MongoCollection<Document> kept = memoryClient.getDatabase("plenary").getCollection("docs");
            kept.insertOne(new Document("_id", "m/1"));
            memory.flush();
            assertThat(ids(kept)).containsExactly("m/1");
        }
    }

    /**
     * What a server finds on the H2 file as it is on disk now, i.e. what a process killed at this instant would
     * find at its next start: a server is started on a copy of the file (the original stays locked by its server).
     */
    private List<String> idsAfterAHardKill(Path file) throws Exception {
        Path copy = dir.resolve("copy-" + System.nanoTime() + ".mv");
        java.nio.file.Files.copy(file, copy);
        try (EmbeddedMongoServer reopened = EmbeddedMongoServer.builder().h2File(copy).build().start();
             MongoClient reader = MongoClients.create(reopened.connectionString())) {
            return ids(reader.getDatabase("plenary").getCollection("docs"));
        }
    }

    @Test
    void theMemoryBackendStartsEmptyEachTime() {
        MongoCollection<Document> docs = start(EmbeddedMongoServer.Backend.MEMORY);
        docs.insertOne(new Document("_id", "x"));
        client.close();
        server.close();
        client = null;

        server = EmbeddedMongoServer.builder().memory().build().start();
        client = MongoClients.create(server.connectionString());
        assertThat(client.getDatabase("plenary").getCollection("docs").countDocuments()).isZero();
    }

    @Test
    void listensOnAGivenPort() {
        int port = FreePorts.pick();
        server = EmbeddedMongoServer.builder().port(port).build().start();
        assertThat(server.port()).isEqualTo(port);
        assertThat(server.connectionString()).isEqualTo("mongodb://127.0.0.1:" + port);
    }

    @Test
    void aServerStartsOnceAndCloseIsIdempotent() {
        EmbeddedMongoServer notStarted = EmbeddedMongoServer.builder().build();
        assertThatThrownBy(notStarted::connectionString).isInstanceOf(IllegalStateException.class);
        notStarted.close();
        assertThatThrownBy(notStarted::start).isInstanceOf(IllegalStateException.class);

        server = EmbeddedMongoServer.builder().build().start();
        assertThatThrownBy(server::start).isInstanceOf(IllegalStateException.class);
        server.close();
        server.close();
        assertThat(server.isRunning()).isFalse();
    }

    @Test
    void theBuilderRefusesOptionsThatDoNotFit() {
        assertThatThrownBy(() -> EmbeddedMongoServer.builder().backend(EmbeddedMongoServer.Backend.H2_FILE).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmbeddedMongoServer.builder().file(dir.resolve("x.mv")).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmbeddedMongoServer.builder().h2CommitInterval(Duration.ofSeconds(1)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmbeddedMongoServer.builder().h2CommitInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmbeddedMongoServer.builder().port(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmbeddedMongoServer.builder().h2File(null)).isInstanceOf(NullPointerException.class);
        assertThat(EmbeddedMongoServer.builder().h2File(dir.resolve("y.mv")).h2CommitInterval(Duration.ofMillis(100))
                .build().backend()).isEqualTo(EmbeddedMongoServer.Backend.H2_FILE);
    }

    @Test
    void aSecondServerOnALockedH2FileFailsAndReleasesItsPort() {
        Path file = dir.resolve("locked.mv");
        server = EmbeddedMongoServer.builder().h2File(file).build().start();
        int port = FreePorts.pick();
        EmbeddedMongoServer second = EmbeddedMongoServer.builder().h2File(file).port(port).build();

        assertThatThrownBy(second::start).isInstanceOf(RuntimeException.class).hasMessageContaining("locked");

        assertThat(second.isRunning()).isFalse();
        assertThatThrownBy(second::start).isInstanceOf(IllegalStateException.class); // closed, not half started
        try (EmbeddedMongoServer onThePort = EmbeddedMongoServer.builder().memory().port(port).build().start()) {
            assertThat(onThePort.port()).isEqualTo(port); // the failed server holds nothing on it
        }
        client = MongoClients.create(server.connectionString()); // and the first server keeps its file
        MongoCollection<Document> docs = client.getDatabase("plenary").getCollection("docs");
        docs.insertOne(new Document("_id", "still/1"));
        assertThat(ids(docs)).containsExactly("still/1");
    }

    private static List<String> ids(MongoCollection<Document> docs) {
        return docs.find().map(d -> d.getString("_id")).into(new ArrayList<>());
    }
}
