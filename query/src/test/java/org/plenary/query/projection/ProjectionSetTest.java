package org.plenary.query.projection;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.query.TestProjections;
import org.plenary.shared.draft.EventEnvelope;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Registering projections: what a generation records, and a new projection driven like the others. */
class ProjectionSetTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    @Test
    void aGenerationRecordsTheKeysEarlierReleasesRecordedSoAnUpgradeRebuildsNothing() {
        ProjectionSet set = TestProjections.on(new ProjectionStore(mongo.emptyDatabase("set-keys")), 100).set();

        assertThat(set.names()).containsExactly("draft-view", "negotiation-history", "checkpoints");
        // "draft-view/paged": views stored as a head and pages (before: as one JSON string, before that as nested
        // documents, and before that without the consultations), so views stored before are rebuilt once;
        // "negotiation-history/sealed-slices": history slices are sealed once complete, their events inserted before
        assertThat(set.generationKeys()).containsExactly("draft-view/paged", "negotiation-history/sealed-slices",
                "checkpoints");
        assertThat(set.collections()).containsExactly("drafts", "draft_pages", "history", "checkpoints");
    }

    @Test
    void aNewProjectionIsAppliedWrittenBeforeTheViewsAndChecksummedWithNothingElseChanged() {
        MongoDatabase database = mongo.emptyDatabase("set-new");
        ProjectionStore store = new ProjectionStore(database);
        TestProjections standard = TestProjections.on(store, 100);
        List<String> writes = new ArrayList<>();
        EventCounts counts = new EventCounts(writes);
        ProjectionSet set = new ProjectionSet(standard.drafts(), List.of(standard.history(), counts));
        ProjectionRun run = set.run(store, 100);
        long offset = 0;
        for (EventEnvelope e : ProjectionRunTest.negotiation()) {
            run.accept(e, new TopicPartition("t", 0), offset++);
            run.accept(e, new TopicPartition("t", 0), offset++); // duplicates reach no projector
        }
        run.flush();

        assertThat(writes).containsExactly("d1 at 4");
        assertThat(database.getCollection("event_counts").find(Filters.eq("_id", "d1")).first())
                .containsEntry("events", 4L);
        assertThat(set.generationKeys()).contains("event-counts");
        assertThat(set.collections()).contains("event_counts");

        Map<String, String> before = set.checksums(store);
        database.getCollection("event_counts").updateOne(Filters.eq("_id", "d1"), Updates.set("events", 5));
        assertThat(set.checksums(store).get("d1")).isNotEqualTo(before.get("d1"));
        assertThat(standard.set().checksums(store)).isNotEqualTo(before); // the new projection is part of the sum
    }

    @Test
    void twoProjectionsCannotShareANameOrACollection() {
        ProjectionStore store = new ProjectionStore(mongo.emptyDatabase("set-clash"));
        TestProjections standard = TestProjections.on(store, 100);

        assertThatThrownBy(() -> new ProjectionSet(standard.drafts(), List.of(standard.history(),
                new Clashing("negotiation-history"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negotiation-history");
        assertThatThrownBy(() -> new ProjectionSet(standard.drafts(), List.of(new EventCounts(new ArrayList<>()),
                new Clashing("other"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("event_counts");
    }

    /** A projection as the next ones are written: its class, and nothing else. Counts each draft's events. */
    private static final class EventCounts implements Projection {

        private final List<String> writes;

        EventCounts(List<String> writes) {
            this.writes = writes;
        }

        @Override
        public String name() {
            return "event-counts";
        }

        @Override
        public List<String> collections() {
            return List.of("event_counts");
        }

        @Override
        public Projector projector(ProjectionStore target, int cachedDrafts) {
            Map<String, Long> counts = new LinkedHashMap<>();
            return new Projector() {
                @Override
                public void apply(DraftState draft, EventEnvelope envelope, String json) {
                    counts.merge(draft.draftId(), 1L, Long::sum);
                }

                @Override
                public void flush() {
                    counts.forEach((id, events) -> {
                        // written before the views: the draft's stored view is not there yet
                        writes.add(id + " at " + (DraftViewProjection.find(target, id) == null ? events : "view first!"));
                        target.collection("event_counts").insertOne(new Document("_id", id).append("events", events));
                    });
                    counts.clear();
                }

                @Override
                public void reset() {
                    counts.clear();
                }
            };
        }

        @Override
        public void checksum(ProjectionStore store, ChecksumGroup group) {
            store.storedDigests("event_counts", new ArrayList<>(group.draftIds()), 100).forEach(group::add);
        }
    }

    /** Another projection writing event_counts, under a name of choice. */
    private static final class Clashing implements Projection {
        private final String name;

        Clashing(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<String> collections() {
            return List.of("event_counts");
        }

        @Override
        public Projector projector(ProjectionStore target, int cachedDrafts) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void checksum(ProjectionStore store, ChecksumGroup group) {
        }
    }
}
