package org.plenary.query.projection;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.query.TestProjections;
import org.plenary.query.projection.history.HistoryEntry;
import org.plenary.shared.draft.EventEnvelope;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node that lost a draft's partition while it stalled, and then writes what it still held, never takes the draft
 * back: its older view and its shorter history bucket are dropped against what the new owner stored (on the
 * MongoDB-protocol server).
 */
class StaleWriterTest {

    private static final TopicPartition P0 = new TopicPartition("t", 0);
    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    @Test
    void anOlderViewOrAShorterBucketNeverReplacesANewerOne() {
        TestProjections projections = TestProjections.on(new ProjectionStore(mongo.emptyDatabase("stale-writer")), 2);
        List<EventEnvelope> events = ProjectionRunTest.negotiation();
        ProjectionRun stalled = projections.set().run(projections.store(), 100);
        ProjectionRun newOwner = projections.set().run(projections.store(), 100);

        stalled.accept(events.get(0), P0, 0);
        stalled.flush(); // version 1 stored by the old owner
        stalled.accept(events.get(1), P0, 1); // then it stalls holding version 2, unwritten
        for (int i = 1; i < events.size(); i++) {
            newOwner.accept(events.get(i), P0, i); // the partition moved: the new owner goes on from the store
        }
        newOwner.flush();
        assertThat(projections.drafts().find("d1").version()).isEqualTo(4);

        stalled.flush(); // the stalled node wakes up and writes what it held

        assertThat(projections.drafts().find("d1").version()).as("the view is not taken back").isEqualTo(4);
        assertThat(projections.history().findBucket("d1", 0).entries()).extracting(HistoryEntry::seq)
                .as("the history keeps every event").containsExactly(0L, 1L, 2L, 3L);

        ProjectionRun later = projections.set().run(projections.store(), 100);
        events.forEach(e -> later.accept(e, P0, e.seq())); // redelivered: all dropped
        later.flush();
        assertThat(later.duplicatesDropped()).isEqualTo(4);
        assertThat(projections.drafts().find("d1").version()).isEqualTo(4);
    }

    @Test
    void aViewReplacesTheVersionItExpectsByIndexAndAnyOlderOneOtherwise() {
        TestProjections projections = TestProjections.on(new ProjectionStore(mongo.emptyDatabase("expected-version")), 2);
        List<EventEnvelope> events = ProjectionRunTest.negotiation();
        ProjectionRun run = projections.set().run(projections.store(), 100);
        run.accept(events.get(0), P0, 0);
        run.accept(events.get(1), P0, 1);
        run.flush();
        var drafts = projections.store().collection("drafts");
        assertThat(drafts.listIndexes().map(index -> index.getString("name")).into(new java.util.ArrayList<>()))
                .contains(DraftViewProjection.VERSION_INDEX);

        // another writer left an older view than the one this node wrote: not the version it expects, but older
        drafts.updateOne(com.mongodb.client.model.Filters.eq("_id", "d1"),
                com.mongodb.client.model.Updates.set("version", 1L));
        run.accept(events.get(2), P0, 2);
        run.flush();
        assertThat(projections.drafts().find("d1").version()).isEqualTo(3);

        run.accept(events.get(3), P0, 3); // expects 3, finds 3: the point lookup
        run.flush();
        assertThat(projections.drafts().find("d1").version()).isEqualTo(4);
    }
}
