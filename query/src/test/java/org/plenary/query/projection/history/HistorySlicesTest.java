package org.plenary.query.projection.history;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.query.TestNegotiations;
import org.plenary.query.TestProjections;
import org.plenary.query.projection.ProjectionRun;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.shared.draft.EventCodec;
import org.plenary.shared.draft.EventEnvelope;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the history is stored: a slice's events each inserted on its own while it fills, the slice sealed in one
 * document once complete, never a document rewritten; and read back the same way whatever was written.
 */
class HistorySlicesTest {

    private static final TopicPartition P0 = new TopicPartition("t", 0);

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    @Test
    void aLiveProjectionInsertsEventsOneByOneAndSealsACompleteSlice() {
        ProjectionStore store = new ProjectionStore(mongo.emptyDatabase("slices-live"));
        TestProjections projections = TestProjections.on(store, 100);
        ProjectionRun run = projections.set().run(store, 100);
        List<EventEnvelope> events = TestNegotiations.joinsAndWithdrawals("d1", 150);
        for (int i = 0; i < events.size(); i++) { // a flush every 7 events, as a live consumer's batches
            run.accept(events.get(i), P0, i);
            if (i % 7 == 6) {
                run.flush();
            }
        }
        run.flush();

        MongoCollection<Document> history = store.collection("history");
        Document sealed = history.find(Filters.eq("_id", "d1/0")).first();
        assertThat(sealed).isNotNull();
        assertThat(sealed.getList("events", String.class)).hasSize(100);
        assertThat(history.find(Filters.eq("_id", "d1/1")).first()).as("slice 1 is still filling").isNull();
        Document event = history.find(Filters.eq("_id", "d1/1/149")).first();
        assertThat(event).isNotNull();
        assertThat(event.keySet()).containsExactlyInAnyOrder("_id", "draftId", "seq", "event");

        HistoryBucket first = projections.history().findBucket("d1", 0);
        HistoryBucket second = projections.history().findBucket("d1", 1);
        assertThat(first.complete()).isTrue();
        assertThat(first.entries()).extracting(HistoryEntry::seq).startsWith(0L, 1L).endsWith(99L);
        assertThat(second.entries()).extracting(HistoryEntry::seq).hasSize(50).startsWith(100L).endsWith(149L);
        assertThat(second.entries().get(49).event()).isEqualTo(events.get(149).event());
        assertThat(projections.history().findBucket("d1", 2)).isNull();
    }

    @Test
    void aRebuildWritesCompleteSlicesSealedOnlyAndChecksumsAgreeWithTheLiveOnes() {
        ProjectionStore live = new ProjectionStore(mongo.emptyDatabase("slices-rebuild"));
        ProjectionStore rebuilt = live.forGeneration(1);
        TestProjections projections = TestProjections.on(live, 100);
        List<EventEnvelope> events = TestNegotiations.joinsAndWithdrawals("d1", 230);

        ProjectionRun liveRun = projections.set().run(live, 100);
        for (int i = 0; i < events.size(); i++) {
            liveRun.accept(events.get(i), P0, i);
            liveRun.flush(); // one event per batch: every event of the live generation written on its own first
        }
        ProjectionRun rebuild = projections.set().run(rebuilt, 100);
        for (int i = 0; i < events.size(); i++) {
            rebuild.accept(events.get(i), P0, i);
            if (i % 50 == 49) {
                rebuild.flushCompleted(); // what a replay does every few thousand events
            }
        }
        rebuild.flush();

        MongoCollection<Document> written = rebuilt.collection("history");
        assertThat(written.countDocuments(Filters.eq("_id", "d1/0/5"))).as("no event document of a sealed slice")
                .isZero();
        assertThat(written.countDocuments(Filters.eq("_id", "d1/2/229"))).isOne();
        assertThat(live.collection("history").countDocuments(Filters.eq("_id", "d1/0/5"))).isOne();
        assertThat(projections.set().checksums(rebuilt)).isEqualTo(projections.set().checksums(live));
    }

    /**
     * A slice's first event starts it without reading the store; what a batch applied again meets there (written
     * before a crash, before the view that marks it) must end up as if written once.
     */
    @Test
    void aSliceStartedAgainOverWhatACrashedBatchLeftIsWrittenAsOnce() {
        ProjectionStore live = new ProjectionStore(mongo.emptyDatabase("slices-crash"));
        TestProjections projections = TestProjections.on(live, 100);
        List<EventEnvelope> events = TestNegotiations.joinsAndWithdrawals("d1", 330);
        ProjectionRun before = projections.set().run(live, 100);
        for (int i = 0; i < 100; i++) {
            before.accept(events.get(i), P0, i);
        }
        before.flush(); // the view marks version 100
        MongoCollection<Document> history = live.collection("history");
        HistoryBucket sealedBeforeCrash = new HistoryBucket("d1", 1); // slice 1 sealed, its view never written
        HistoryBucket filling = new HistoryBucket("d1", 3); // and events of slice 3 one by one
        for (int seq = 100; seq < 200; seq++) {
            sealedBeforeCrash.put(seq, EventCodec.encode(events.get(seq)));
        }
        for (int seq = 300; seq < 305; seq++) {
            filling.put(seq, EventCodec.encode(events.get(seq)));
        }
        history.insertOne(sealedBeforeCrash.toDocument());
        history.insertMany(filling.unstoredEventDocuments());

        ProjectionRun again = projections.set().run(live, 100);
        for (int i = 100; i < events.size(); i++) {
            again.accept(events.get(i), P0, i);
            if (i % 30 == 29) {
                again.flush();
            }
        }
        again.flush();

        assertThat(history.countDocuments(Filters.eq("_id", "d1/1"))).isOne();
        for (long bucket = 0; bucket < 4; bucket++) {
            assertThat(projections.history().findBucket("d1", bucket).entries()).extracting(HistoryEntry::event)
                    .containsExactlyElementsOf(events.subList((int) bucket * 100, (int) Math.min(330, bucket * 100 + 100))
                            .stream().map(EventEnvelope::event).toList());
        }
        ProjectionStore rebuilt = live.forGeneration(1);
        ProjectionRun rebuild = projections.set().run(rebuilt, 100);
        for (int i = 0; i < events.size(); i++) {
            rebuild.accept(events.get(i), P0, i);
        }
        rebuild.flush();
        assertThat(projections.set().checksums(live)).isEqualTo(projections.set().checksums(rebuilt));
    }

    @Test
    void assemblingPrefersTheSealedSliceAndStopsAtAGap() {
        HistoryBucket filling = new HistoryBucket("d1", 0);
        for (long seq = 0; seq < 4; seq++) {
            filling.put(seq, "{\"seq\":" + seq + "}");
        }
        List<Document> singles = filling.unstoredEventDocuments();
        assertThat(singles).extracting(d -> d.getString("_id")).containsExactly("d1/0/0", "d1/0/1", "d1/0/2", "d1/0/3");

        HistoryBucket read = HistoryBucket.assemble("d1", 0, List.of(singles.get(0), singles.get(1), singles.get(3)));
        assertThat(read.size()).as("stops before the missing event 2").isEqualTo(2);
        assertThat(HistoryBucket.assemble("d1", 0, List.of())).isNull();

        Document partialBucket = new HistoryBucket("d1", 0).toDocument(); // an older generation's growing bucket
        partialBucket.put("events", List.of("{\"seq\":0}", "{\"seq\":1}"));
        HistoryBucket extended = HistoryBucket.assemble("d1", 0, List.of(singles.get(3), partialBucket,
                singles.get(2), singles.get(1)));
        assertThat(extended.size()).as("the bucket document, then the events after it").isEqualTo(4);
    }
}
