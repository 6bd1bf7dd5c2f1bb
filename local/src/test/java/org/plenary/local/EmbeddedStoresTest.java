package org.plenary.local;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The stack's stores with a data directory: the event store and the read models in two H2 files of their own, each
 * app's documents in its own, across a restart; a directory written with one file keeps it.
 */
class EmbeddedStoresTest {

    private final Http http = new Http();

    @TempDir
    Path data;

    @Test
    void aNewDataDirectoryKeepsTheEventStoreAndTheReadModelsInTwoFiles() throws Exception {
        String draft;
        try (PlenaryStack stack = PlenaryStack.builder().dataDirectory(data).build().start()) {
            draft = submitAndJoin(stack);
            assertThat(stack.readModels().port()).isNotEqualTo(stack.mongo().port());
            assertThat(collections(stack.mongo().connectionString())).contains("events").noneMatch(c -> c.startsWith("drafts"));
            assertThat(collections(stack.readModels().connectionString())).doesNotContain("events")
                    .anyMatch(c -> c.startsWith("drafts"));
        }
        assertThat(data.resolve("mongo").resolve("plenary.mv.db")).exists();
        assertThat(data.resolve("read-models").resolve("plenary.mv.db")).exists();

        try (PlenaryStack again = PlenaryStack.builder().dataDirectory(data).build().start()) {
            assertThat(again.readModels().port()).isNotEqualTo(again.mongo().port());
            assertThat(http.get(again.queryUrl() + "/api/drafts/" + draft + "?minVersion=2").json().get("version").asLong())
                    .as("the projection kept in the read models' file").isEqualTo(2);
            assertThat(http.post(again.commandUrl() + "/api/drafts/" + draft + "/cosponsors", "dev:KEN", null)
                    .json().get("version").asLong()).as("the events kept in the event store's file").isEqualTo(3);
        }
    }

    @Test
    void aDirectoryWrittenWithOneFileKeepsIt() throws Exception {
        String draft;
        try (PlenaryStack stack = PlenaryStack.builder().dataDirectory(data).oneStore().build().start()) {
            draft = submitAndJoin(stack);
            assertThat(stack.readModels()).isSameAs(stack.mongo());
        }
        try (PlenaryStack again = PlenaryStack.builder().dataDirectory(data).build().start()) {
            assertThat(again.readModels()).as("its projections and their generation are in the one file").isSameAs(again.mongo());
            assertThat(http.get(again.queryUrl() + "/api/drafts/" + draft + "?minVersion=2").json().get("version").asLong())
                    .isEqualTo(2);
        }
        assertThat(Files.exists(data.resolve("read-models"))).isFalse();
    }

    @Test
    void oneMongoUriForBothAppsNeedsOneStore() {
        assertThatThrownBy(() -> PlenaryStack.builder().dataDirectory(data).property("plenary.mongo.uri", "mongodb://127.0.0.1:1")
                .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("oneStore()");
    }

    private String submitAndJoin(PlenaryStack stack) throws Exception {
        String draft = http.submitSample(stack.commandUrl() + "/api/drafts");
        assertThat(http.post(stack.commandUrl() + "/api/drafts/" + draft + "/cosponsors", "dev:FRA", null).status()).isEqualTo(200);
        assertThat(http.get(stack.queryUrl() + "/api/drafts/" + draft + "?minVersion=2").json().get("version").asLong())
                .isEqualTo(2);
        return draft;
    }

    private static List<String> collections(String uri) {
        try (MongoClient client = MongoClients.create(uri)) {
            return client.getDatabase("plenary").listCollectionNames().into(new ArrayList<>());
        }
    }
}
