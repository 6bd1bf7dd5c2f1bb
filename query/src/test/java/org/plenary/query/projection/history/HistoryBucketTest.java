package org.plenary.query.projection.history;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.EventCodec;
import org.plenary.shared.draft.EventEnvelope;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryBucketTest {

    private static final Instant AT = Instant.parse("2017-05-23T10:00:00Z");

    private static EventEnvelope joined(long seq, String delegation) {
        return new EventEnvelope("e" + seq, "d1", seq, new CoSponsorJoinedEvent("d1", delegation, delegation, AT.plusSeconds(seq)));
    }

    @Test
    void keepsEachEventAsTheJsonItArrivedWithAndDecodesItOnRead() {
        HistoryBucket bucket = new HistoryBucket("d1", 1);
        String json = EventCodec.encode(joined(100, "FRA"));
        bucket.put(100, json);
        bucket.put(101, EventCodec.encode(joined(101, "DEU")));

        Document stored = bucket.toDocument();
        assertThat(stored.getList("events", String.class)).first().isEqualTo(json);
        assertThat(stored.keySet()).containsExactly("draftId", "bucket", "events", "_id");
        assertThat(stored.getString("_id")).isEqualTo("d1/1");

        HistoryBucket read = HistoryBucket.fromDocument(stored);
        assertThat(read.entries()).extracting(HistoryEntry::seq).containsExactly(100L, 101L);
        HistoryEntry first = read.entries().get(0);
        assertThat(first.version()).isEqualTo(101);
        assertThat(first.type()).isEqualTo("CoSponsorJoinedEvent");
        assertThat(first.actor()).isEqualTo("FRA");
        assertThat(first.at()).isEqualTo(AT.plusSeconds(100));
        assertThat(first.event()).isEqualTo(joined(100, "FRA").event());
    }

    @Test
    void reApplyingAnEventReplacesItAndAGapIsRefused() {
        HistoryBucket bucket = new HistoryBucket("d1", 0);
        bucket.put(0, EventCodec.encode(joined(0, "FRA")));
        bucket.put(0, EventCodec.encode(joined(0, "DEU")));
        assertThat(bucket.size()).isEqualTo(1);
        assertThat(bucket.entries().get(0).actor()).isEqualTo("DEU");
        assertThatThrownBy(() -> bucket.put(2, "{}")).isInstanceOf(IllegalStateException.class).hasMessageContaining("gap");
        assertThatThrownBy(() -> bucket.put(100, "{}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isCompleteWithAHundredEvents() {
        HistoryBucket bucket = new HistoryBucket("d1", 0);
        for (int seq = 0; seq < HistoryBucket.SIZE; seq++) {
            assertThat(bucket.complete()).isFalse();
            bucket.put(seq, EventCodec.encode(joined(seq, "FRA")));
        }
        assertThat(bucket.complete()).isTrue();
    }

    @Test
    void readsABucketStoredBeforeEventsWereKeptAsJson() {
        Document old = new Document("draftId", "d1").append("bucket", 0L).append("entries", List.of(
                new Document("seq", 0L).append("version", 1L).append("type", "CoSponsorJoinedEvent")
                        .append("actor", "FRA").append("at", AT.toString())
                        .append("event", new Document("draftId", "d1").append("delegation", "FRA")
                                .append("actor", "FRA").append("at", AT.toString()))))
                .append("_id", "d1/0");

        HistoryBucket read = HistoryBucket.fromDocument(old);

        assertThat(read.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.seq()).isZero();
            assertThat(entry.event()).isEqualTo(new CoSponsorJoinedEvent("d1", "FRA", "FRA", AT));
        });
        read.put(1, EventCodec.encode(joined(1, "DEU"))); // the live projector extends it in the new form
        assertThat(read.toDocument().getList("events", String.class)).hasSize(2);
    }
}
