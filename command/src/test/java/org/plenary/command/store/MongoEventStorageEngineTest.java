package org.plenary.command.store;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.shared.draft.CoSponsorJoinedEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event store against the MongoDB-protocol server: point access, concurrency, outbox state. */
class MongoEventStorageEngineTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();
    private MongoCollection<Document> events;
    private final List<StoredEvent> published = new ArrayList<>();
    private MongoEventStorageEngine engine;
    private PublicationMarks marks;

    @BeforeEach
    void setUp() {
        events = mongo.client().getDatabase("test").getCollection("events");
        events.drop();
        mongo.client().getDatabase("test").getCollection("publication_marks").drop();
        marks = new PublicationMarks(mongo.client().getDatabase("test").getCollection("publication_marks"), Duration.ofDays(1));
        published.clear();
        engine = new MongoEventStorageEngine(events, marks.register(), published::addAll);
    }

    private static DomainEventMessage<?> joined(String draft, long seq, String who) {
        return new GenericDomainEventMessage<>("DraftResolution", draft, seq,
                new CoSponsorJoinedEvent(draft, who, who, Instant.parse("2017-05-23T10:00:00Z")));
    }

    @Test
    void appendedEventsAreReadBackInOrderAndHandedToTheListener() {
        engine.appendEvents(List.of(joined("d1", 0, "FRA"), joined("d1", 1, "DEU")));
        engine.appendEvents(List.of(joined("d1", 2, "KEN")));

        List<Object> payloads = new ArrayList<>();
        engine.readEvents("d1", 0).asStream().forEach(m -> payloads.add(((CoSponsorJoinedEvent) m.getPayload()).delegation()));
        assertThat(payloads).containsExactly("FRA", "DEU", "KEN");
        assertThat(engine.readEvents("d1", 2).asStream().count()).isEqualTo(1);
        assertThat(engine.lastSequenceNumberFor("d1")).contains(2L);
        assertThat(engine.readEvents("unknown", 0).hasNext()).isFalse();
        assertThat(published).extracting(StoredEvent::id).containsExactly("d1/0", "d1/1", "d1/2");
    }

    @Test
    void aLongDraftIsReadWholeAndInOrderAcrossPagesFromAnyPoint() {
        int count = EventReader.FIRST_PAGE + 2 * EventReader.LARGEST_PAGE + 7; // crosses every page size
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (int seq = 0; seq < count; seq++) {
            batch.add(joined("long", seq, "D" + seq));
            if (batch.size() == 100 || seq == count - 1) {
                engine.appendEvents(batch);
                batch = new ArrayList<>();
            }
        }
        engine.appendEvents(List.of(joined("longer", 0, "X"))); // a draft whose id extends the other's

        List<Long> sequences = engine.readEvents("long", 0).asStream().map(DomainEventMessage::getSequenceNumber).toList();
        assertThat(sequences).hasSize(count);
        for (int i = 0; i < count; i++) {
            assertThat(sequences.get(i)).isEqualTo(i);
        }
        assertThat(engine.readEvents("long", EventReader.FIRST_PAGE).asStream().findFirst().orElseThrow().getSequenceNumber())
                .isEqualTo(EventReader.FIRST_PAGE);
        assertThat(engine.readEvents("long", count - 3).asStream().count()).isEqualTo(3);
        assertThat(engine.readEvents("long", count).hasNext()).isFalse();
        assertThat(engine.lastSequenceNumberFor("long")).contains((long) count - 1);
    }

    @Test
    void theStreamEndsBeforeTheFirstMissingSequenceNumber() {
        engine.appendEvents(List.of(joined("gap", 0, "FRA"), joined("gap", 1, "DEU")));
        events.insertOne(EventDocuments.of(new StoredEvent(StoredEvent.key("gap", 3), "gap", 3,
                events.find(new Document("_id", "gap/1")).first().getString(EventDocuments.ENVELOPE))));

        assertThat(engine.readEvents("gap", 0).asStream().map(DomainEventMessage::getSequenceNumber).toList())
                .containsExactly(0L, 1L);
        assertThat(engine.lastSequenceNumberFor("gap")).contains(1L);
    }

    @Test
    void secondWriterOfTheSameSequenceLosesWithConcurrencyException() {
        engine.appendEvents(List.of(joined("d1", 0, "FRA")));
        MongoEventStorageEngine otherNode = new MongoEventStorageEngine(events, marks.register(), e -> { });

        assertThatThrownBy(() -> otherNode.appendEvents(List.of(joined("d1", 0, "DEU"))))
                .isInstanceOf(ConcurrencyException.class)
                .hasMessageContaining("d1/0");
        assertThatThrownBy(() -> otherNode.appendEvents(List.of(joined("d1", 0, "DEU"), joined("d1", 1, "KEN"))))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(events.countDocuments()).isEqualTo(1);
        assertThat(((CoSponsorJoinedEvent) engine.readEvents("d1", 0).next().getPayload()).delegation()).isEqualTo("FRA");
    }

    @Test
    void publicationLogFindsWhatKafkaHasNotAcknowledged() {
        engine.appendEvents(List.of(joined("b", 0, "FRA"), joined("b", 1, "DEU")));
        engine.appendEvents(List.of(joined("a", 0, "KEN")));
        PublicationLog log = new PublicationLog(events, marks);
        assertThat(log.unpublished()).extracting(StoredEvent::id).containsExactly("a/0", "b/0", "b/1");

        log.markPublished(List.of("b/0", "a/0"));

        assertThat(log.unpublished()).extracting(StoredEvent::id).containsExactly("b/1");
        assertThat(log.unpublished().get(0).json()).contains("\"seq\":1").contains("CoSponsorJoinedEvent");
    }
}
