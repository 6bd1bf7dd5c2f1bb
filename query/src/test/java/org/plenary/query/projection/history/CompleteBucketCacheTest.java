package org.plenary.query.projection.history;

import com.mongodb.client.MongoDatabase;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.query.TestProjections;
import org.plenary.query.projection.ProjectionRun;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.CoSponsorWithdrawnEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.draft.EventEnvelope;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which history reads the cache of complete buckets answers, and that a bucket still open is never among them. */
class CompleteBucketCacheTest {

    private static final Instant AT = Instant.parse("2017-05-23T10:00:00Z");

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private MongoDatabase database;
    private ProjectionStore store;
    private ProjectionRun projector;
    private NegotiationHistoryProjection history;
    private long seq;

    @BeforeEach
    void setUp() {
        database = mongo.emptyDatabase("complete-bucket-cache-test");
        store = new ProjectionStore(database);
        projector = TestProjections.on(store, 100).set().run(store, 100);
        history = new NegotiationHistoryProjection(store, 10);
        seq = 0;
        DraftDocument document = new DraftDocument(null, "draft resolution", null, List.of("Brazil"), null, null, "T",
                "The General Assembly,", List.of(new Paragraph("pp1", "Recalling,")),
                List.of(new Paragraph("op1", "*Requests* a report.")), List.of(), List.of());
        project(new DraftSubmittedEvent("d1", document, List.of("BRA"), "BRA", AT));
    }

    private void project(DraftEvent event) {
        projector.accept(new EventEnvelope("e" + seq, "d1", seq, event), new TopicPartition("t", 0), seq);
        seq++;
    }

    /** Joins and withdrawals of FRA, alternating, up to {@code total} events in all. */
    private void projectUpTo(long total) {
        while (seq < total) {
            project(seq % 2 == 1 ? new CoSponsorJoinedEvent("d1", "FRA", "FRA", AT.plusSeconds(seq))
                    : new CoSponsorWithdrawnEvent("d1", "FRA", "FRA", AT.plusSeconds(seq)));
        }
        projector.flush();
    }

    private void deleteStoredBuckets() {
        store.collection(NegotiationHistoryProjection.COLLECTION).deleteMany(new Document());
    }

    @Test
    void aBucketStillOpenIsReadFromTheStoreEveryTimeAndSeenToGrow() {
        projectUpTo(60);
        HistoryBucket open = history.findBucket("d1", 0);
        assertThat(open.size()).isEqualTo(60);
        assertThat(open.complete()).isFalse();

        projectUpTo(100); // the same bucket, now complete
        HistoryBucket complete = history.findBucket("d1", 0);
        assertThat(complete).isNotSameAs(open);
        assertThat(complete.size()).isEqualTo(100);
        assertThat(complete.entries()).extracting(HistoryEntry::seq).last().isEqualTo(99L);

        projectUpTo(130);
        HistoryBucket next = history.findBucket("d1", 1); // open: never kept
        deleteStoredBuckets();
        assertThat(next.size()).isEqualTo(30);
        assertThat(history.findBucket("d1", 1)).as("an open bucket is not cached").isNull();
    }

    @Test
    void aCompleteBucketIsKeptDecodedPerGeneration() {
        projectUpTo(150);
        HistoryBucket first = history.findBucket("d1", 0);
        assertThat(first.complete()).isTrue();
        deleteStoredBuckets(); // the store changes behind its back: a complete bucket is answered from memory

        assertThat(history.findBucket("d1", 0)).isSameAs(first);
        assertThat(history.findBucket("d1", 0).entries()).hasSize(100);
        assertThat(history.findBucket("d1", 1)).as("the open bucket is read from the store").isNull();

        store.switchTo(store.generation() + 1); // another generation (a replay's) reads its own collections
        assertThat(history.findBucket("d1", 0)).isNull();
    }
}
