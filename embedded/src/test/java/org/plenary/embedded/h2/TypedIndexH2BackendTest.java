package org.plenary.embedded.h2;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.embedded.EmbeddedMongoServer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded H2 file with ordered index maps: a file written by mongo-java-server's own H2 backend (indexes in its
 * serializing order) is found again whole, its indexes copied once into ordered maps, and the unique indexes hold
 * as before, through restarts and the dropping of collections and indexes.
 */
class TypedIndexH2BackendTest {

    @TempDir
    Path dir;

    private static final int DOCS = 600; // several H2 pages of keys

    /** Index maps in the file, by name. */
    private static Set<String> indexMaps(Path file) {
        MVStore store = MVStore.open(file.toString());
        try {
            Set<String> names = new TreeSet<>();
            for (String name : store.getMapNames()) {
                if (name.contains("._index_")) {
                    names.add(name);
                }
            }
            return names;
        } finally {
            store.close();
        }
    }

    @Test
    void aFileWrittenBeforeIsFoundWholeAndItsIndexesCopiedOnce() {
        Path file = dir.resolve("mongo.mv");
        MongoServer before = new MongoServer(new H2Backend(file.toString())); // as the embedded server stored it before
        String uri = "mongodb://127.0.0.1:" + before.bind().getPort();
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> drafts = client.getDatabase("plenary").getCollection("drafts");
            drafts.createIndex(Indexes.ascending("_id", "version"), new IndexOptions().unique(true).name("_id_version"));
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < DOCS; i++) {
                documents.add(new Document("_id", "d" + i).append("version", (long) i));
            }
            drafts.insertMany(documents);
        } finally {
            before.shutdownNow();
        }
        assertThat(indexMaps(file)).containsExactly("plenary.drafts._index__id_", "plenary.drafts._index__id_version");

        for (int start = 0; start < 2; start++) { // the copy, then a start on the ordered maps alone
            try (EmbeddedMongoServer server = EmbeddedMongoServer.builder().h2File(file).build().start();
                 MongoClient client = MongoClients.create(server.connectionString())) {
                MongoCollection<Document> drafts = client.getDatabase("plenary").getCollection("drafts");
                for (int i = 0; i < DOCS; i += 7) {
                    assertThat(drafts.find(Filters.eq("_id", "d" + i)).first()).containsEntry("version", (long) i);
                    assertThat(drafts.find(new Document("_id", "d" + i).append("version", (long) i)).first()).isNotNull();
                }
                assertThat(drafts.find(Filters.in("_id", List.of("d3", "d599", "nope"))).into(new ArrayList<>()))
                        .hasSize(2);
                assertThatThrownBy(() -> drafts.insertOne(new Document("_id", "d42").append("version", 1L)))
                        .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getCode()).isEqualTo(11000));
                drafts.insertOne(new Document("_id", "new" + start).append("version", 0L));
                assertThat(drafts.countDocuments()).isEqualTo(DOCS + start + 1);
            }
            assertThat(indexMaps(file)).containsExactly("plenary.drafts._index__id_.ordered",
                    "plenary.drafts._index__id_version.ordered");
        }
    }

    @Test
    void aDroppedCollectionOrIndexLeavesNoKeysBehind() {
        Path file = dir.resolve("mongo.mv");
        try (EmbeddedMongoServer server = EmbeddedMongoServer.builder().h2File(file).build().start();
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> pages = client.getDatabase("plenary").getCollection("pages");
            pages.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true).name("key_1"));
            pages.insertOne(new Document("_id", "p1").append("key", "k"));
            pages.dropIndex("key_1");
            pages.insertOne(new Document("_id", "p2").append("key", "k")); // no index: no longer unique
            pages.drop();

            MongoCollection<Document> again = client.getDatabase("plenary").getCollection("pages");
            again.insertOne(new Document("_id", "p1")); // the old _id keys went with the collection
            assertThat(again.countDocuments()).isEqualTo(1);
        }
        assertThat(indexMaps(file)).containsExactly("plenary.pages._index__id_.ordered");
    }
}
