package org.plenary.command.store;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the event store promises before a command is acknowledged: the append is durable before anyone hears of it,
 * an event too large to publish is never stored, a refused admission stores nothing, and an idempotency key is
 * carried out once whichever node tries again.
 */
class EventStoreReliabilityTest {

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();
    private MongoCollection<Document> events;
    private PublicationMarks marks;
    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void setUp() {
        com.mongodb.client.MongoDatabase database = mongo.emptyDatabase("reliability");
        events = database.getCollection("events");
        MongoEventStorageEngine.createIndexes(events);
        marks = new PublicationMarks(database.getCollection("publication_marks"), Duration.ofDays(1));
        calls.clear();
    }

    private static DomainEventMessage<?> joined(String draft, long seq, String who) {
        return new GenericDomainEventMessage<>("DraftResolution", draft, seq,
                new CoSponsorJoinedEvent(draft, who, who, Instant.parse("2017-05-23T10:00:00Z")));
    }

    private static DomainEventMessage<?> keyed(DomainEventMessage<?> message, String key) {
        return message.andMetaData(MetaData.with(MongoEventStorageEngine.IDEMPOTENCY_KEY, key));
    }

    private MongoEventStorageEngine engine(Durability durability, int maxEventBytes, AppendListener listener) {
        return new MongoEventStorageEngine(events, marks.register(), listener, null, durability, maxEventBytes);
    }

    @Test
    void theListenerHearsOfAnAppendOnlyOnceTheStoreSaysItIsDurable() {
        MongoEventStorageEngine engine = engine(() -> calls.add("durable:" + events.countDocuments()), 10_000,
                stored -> calls.add("published:" + stored.get(0).id()));

        engine.appendEvents(List.of(joined("d1", 0, "FRA")));

        assertThat(calls).containsExactly("durable:1", "published:d1/0");
    }

    @Test
    void anAppendThatCannotBeMadeDurableIsNeitherAcknowledgedNorPublished() {
        MongoEventStorageEngine engine = engine(() -> {
            throw new IllegalStateException("disk gone");
        }, 10_000, stored -> calls.add("published"));

        assertThatThrownBy(() -> engine.appendEvents(List.of(joined("d1", 0, "FRA")))).hasMessage("disk gone");
        assertThat(calls).isEmpty();
        assertThat(new PublicationLog(events, marks).unpublished()).extracting(StoredEvent::id)
                .as("left for recovery at the next start").containsExactly("d1/0");
    }

    @Test
    void anEventLargerThanTheTopicTakesIsRefusedBeforeItIsStored() {
        MongoEventStorageEngine engine = engine(() -> calls.add("durable"), 120, stored -> calls.add("published"));

        assertThatThrownBy(() -> engine.appendEvents(List.of(joined("d1", 0, "FRA"))))
                .isInstanceOfSatisfying(EventTooLargeException.class, e -> {
                    assertThat(e.limit()).isEqualTo(120);
                    assertThat(e.size()).isGreaterThan(120);
                })
                .hasMessageContaining("CoSponsorJoinedEvent").hasMessageContaining("plenary.kafka.max-event-bytes");
        assertThat(events.countDocuments()).isZero();
        assertThat(calls).isEmpty();
    }

    @Test
    void aCommandRefusedAdmissionStoresNothing() {
        MongoEventStorageEngine engine = engine(Durability.NONE, 10_000, new AppendListener() {
            @Override
            public void appended(List<StoredEvent> stored) {
                calls.add("published");
            }

            @Override
            public void admit(int count) {
                throw new IllegalStateException("backlog full");
            }
        });

        assertThatThrownBy(() -> engine.appendEvents(List.of(joined("d1", 0, "FRA")))).hasMessage("backlog full");
        assertThat(events.countDocuments()).isZero();
    }

    @Test
    void aSecondExecutionOfAnIdempotencyKeyStoresNothingAndNamesTheFirstEvent() {
        MongoEventStorageEngine engine = engine(Durability.NONE, 10_000, stored -> { });
        MongoEventStorageEngine otherNode = engine(Durability.NONE, 10_000, stored -> { });
        engine.appendEvents(List.of(keyed(joined("d1", 0, "FRA"), "FRA/key-1")));

        // the same request carried out again (its first node stopped before answering), deciding a later version
        assertThatThrownBy(() -> otherNode.appendEvents(List.of(keyed(joined("d1", 1, "FRA"), "FRA/key-1"))))
                .isInstanceOfSatisfying(IdempotencyKeyUsedException.class,
                        e -> assertThat(e.event().id()).isEqualTo("d1/0"));
        assertThat(events.countDocuments()).isEqualTo(1);

        // a different key at a sequence taken already is an ordinary race, retried by the command runner
        assertThatThrownBy(() -> otherNode.appendEvents(List.of(keyed(joined("d1", 0, "DEU"), "DEU/key-1"))))
                .isInstanceOf(ConcurrencyException.class);
        // and events without a key never collide on it
        engine.appendEvents(List.of(joined("d1", 1, "KEN")));
        engine.appendEvents(List.of(joined("d1", 2, "PER")));
        assertThat(events.countDocuments(new Document("k", Map.of("$exists", true)))).isEqualTo(1);
    }
}
