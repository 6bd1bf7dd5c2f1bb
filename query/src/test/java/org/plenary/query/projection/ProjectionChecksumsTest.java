package org.plenary.query.projection;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.query.TestNegotiations;
import org.plenary.query.TestProjections;
import org.plenary.shared.draft.EventEnvelope;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The replay's verification: checksums per draft over the view and every history bucket, read in groups. */
class ProjectionChecksumsTest {

    private static final TopicPartition P0 = new TopicPartition("t", 0);
    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    /**
     * 45 drafts (more than two read groups), the first with 250 events (three buckets, four pages of
     * co-sponsorships), written once at the end or after every {@code flushEvery} events (as a live node writes
     * its batches, where a replay writes once).
     */
    private static void project(ProjectionStore store, int flushEvery) {
        ProjectionRun projector = TestProjections.on(store, 100).set().run(store, 1000);
        long offset = 0;
        for (int d = 0; d < 45; d++) {
            for (EventEnvelope event : TestNegotiations.joinsAndWithdrawals("d" + d, d == 0 ? 250 : 3)) {
                projector.accept(event, P0, offset++);
                if (offset % flushEvery == 0) {
                    projector.flush();
                }
            }
        }
        projector.flush();
    }

    @Test
    void equalProjectionsHaveEqualChecksumsAndAnyChangedBucketShows() {
        MongoDatabase database = mongo.emptyDatabase("checksums-test");
        ProjectionStore first = new ProjectionStore(database, 0);
        ProjectionStore second = first.forGeneration(1);
        project(first, Integer.MAX_VALUE);
        project(second, 7);

        ProjectionSet projections = TestProjections.on(first, 100).set();
        Map<String, String> sums = projections.checksums(first);
        assertThat(sums).hasSize(45).isEqualTo(projections.checksums(second))
                .isEqualTo(projections.checksums(first, 3)); // three groups read at once

        // a sealed slice of the long draft differs in one event
        database.getCollection("history_g1").updateOne(Filters.eq("_id", "d0/1"), Updates.set("events.10", "{}"));
        Map<String, String> changed = projections.checksums(second);
        assertThat(changed.get("d0")).isNotEqualTo(sums.get("d0"));
        changed.remove("d0");
        assertThat(changed).allSatisfy((id, sum) -> assertThat(sum).isEqualTo(sums.get(id)));

        // so does an event of a slice still filling (each a document of its own)
        database.getCollection("history_g1").updateOne(Filters.eq("_id", "d1/0/2"), Updates.set("event", "{}"));
        assertThat(projections.checksums(second).get("d1")).isNotEqualTo(sums.get("d1"));

        // and a page of a view (the first draft's second page of co-sponsorships)
        database.getCollection("draft_pages_g1").updateOne(Filters.eq("_id", "d0/c1@250"), Updates.set("json", "[]"));
        assertThat(projections.checksums(second).get("d0")).isNotEqualTo(sums.get("d0"));

        // a missing event shows too
        database.getCollection("history_g1").deleteOne(Filters.eq("_id", "d44/0/1"));
        assertThat(projections.checksums(second).get("d44")).isNotEqualTo(sums.get("d44"));
    }

    /**
     * A rebuild's store takes the checksums of what it wrote from the bytes it sent (heads, replaced and deleted pages,
     * sealed slices and the events of slices still filling, written in batches): they are the checksums read back from
     * the MongoDB-protocol server, which stores exactly those bytes, and those of the same projections written by a
     * live node.
     */
    @Test
    void aRebuildsChecksumsFromWhatItWroteEqualThoseReadBack() {
        Generations built = liveAndRebuilt("written-digests-test", 1_000_000);
        MongoDatabase database = built.database();
        ProjectionStore live = built.live();
        ProjectionStore rebuild = built.rebuild();
        ProjectionSet projections = built.projections();
        Map<String, String> fromWrites = projections.checksums(rebuild);
        assertThat(fromWrites).hasSize(45)
                .isEqualTo(projections.checksums(live.forGeneration(1)))
                .isEqualTo(projections.checksums(live));

        // they come from the writes: a stored page changed behind the rebuild's back (nothing but the rebuild writes
        // its generation) is seen when read, not in the rebuild's own sums
        database.getCollection("draft_pages_g1").updateOne(Filters.eq("_id", "d0/c1@250"), Updates.set("json", "[]"));
        assertThat(projections.checksums(live.forGeneration(1)).get("d0")).isNotEqualTo(fromWrites.get("d0"));
        assertThat(projections.checksums(rebuild)).isEqualTo(fromWrites);

        // what it deleted is looked up, and missing: an event of a slice still filling
        rebuild.writeTarget("history").deleteIds(List.of("d44/0/1"), 10);
        assertThat(projections.checksums(rebuild).get("d44")).isNotEqualTo(fromWrites.get("d44"));
    }

    /**
     * A rebuild keeps the digests of so many documents at most (the heap bound): it reads the others back, and its
     * checksums are the same.
     */
    @Test
    void aRebuildBeyondItsDigestsReadsTheRestBack() {
        Generations built = liveAndRebuilt("written-digests-bound-test", 40);
        MongoDatabase database = built.database();
        ProjectionSet projections = built.projections();
        ProjectionStore rebuild = built.rebuild();
        assertThat(projections.checksums(rebuild)).hasSize(45).isEqualTo(projections.checksums(built.live()));
        long stored = java.util.stream.Stream.of("drafts_g1", "draft_pages_g1", "history_g1", "checkpoints_g1")
                .mapToLong(name -> database.getCollection(name).countDocuments()).sum();
        assertThat(stored).isGreaterThan(40);
        // the long draft's last page, written long after the first 40 documents, is read: a change behind its back
        // shows (in the test above, where the rebuild keeps every digest, it does not)
        database.getCollection("draft_pages_g1").updateOne(Filters.eq("_id", "d0/c1@250"), Updates.set("json", "[]"));
        assertThat(projections.checksums(rebuild).get("d0")).isNotEqualTo(projections.checksums(built.live()).get("d0"));
    }

    /** The same projections in generation 0, written as a live node does, and in generation 1 by a rebuild. */
    private record Generations(MongoDatabase database, ProjectionStore live, ProjectionStore rebuild,
                               ProjectionSet projections) {
    }

    private static Generations liveAndRebuilt(String databaseName, int maxDigests) {
        MongoDatabase database = mongo.emptyDatabase(databaseName);
        ProjectionStore live = new ProjectionStore(database, 0);
        ProjectionStore rebuild = live.forRebuild(1, maxDigests);
        project(live, 5);
        project(rebuild, 7);
        return new Generations(database, live, rebuild, TestProjections.on(live, 100).set());
    }
}
