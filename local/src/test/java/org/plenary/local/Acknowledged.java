package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.plenary.shared.draft.EventCodec;
import org.plenary.shared.draft.EventEnvelope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For fault tests: every co-sponsor join a client was told succeeded (draft, delegation, version), and the checks
 * that each is present exactly once in the event store and in the projections, and that the projections equal a
 * fresh rebuild from the topic (the replay's checksum per draft).
 */
final class Acknowledged {

    record Join(String draftId, String delegation, long version) {
    }

    private final Map<String, Join> joins = new ConcurrentHashMap<>();
    private long eventsChecked;

    void join(String draftId, String delegation, long version) {
        Join previous = joins.putIfAbsent(draftId + "/" + delegation, new Join(draftId, delegation, version));
        assertThat(previous).as("%s was acknowledged twice for %s", delegation, draftId).isNull();
    }

    int size() {
        return joins.size();
    }

    /** The highest version acknowledged for the draft (0 when none). */
    long lastVersion(String draftId) {
        return joins.values().stream().filter(join -> join.draftId().equals(draftId)).mapToLong(Join::version).max().orElse(0);
    }

    /**
     * Each acknowledged join is the stored event at its version, and every delegation joined each draft once;
     * returns the joins checked.
     */
    long checkStore(String mongoUri) {
        long checked = 0;
        try (MongoClient client = MongoClients.create(mongoUri)) {
            MongoCollection<Document> events = client.getDatabase("plenary").getCollection("events");
            Map<String, Map<String, Integer>> joinsPerDraft = new HashMap<>();
            for (Join join : joins.values()) {
                Document stored = events.find(new Document("_id", join.draftId() + "/" + (join.version() - 1))).first();
                assertThat(stored).as("acknowledged %s is in the store", join).isNotNull();
                EventEnvelope envelope = EventCodec.decode(stored.getString("e"));
                assertThat(envelope.type()).isEqualTo("CoSponsorJoinedEvent");
                assertThat(envelope.event().actor()).as("the event at version %d", join.version()).isEqualTo(join.delegation());
                joinsPerDraft.computeIfAbsent(join.draftId(), d -> countJoins(events, d));
                checked++;
            }
            joinsPerDraft.forEach((draft, counts) -> counts.forEach((delegation, count) ->
                    assertThat(count).as("%s joined %s once in the store", delegation, draft).isEqualTo(1)));
        }
        return checked;
    }

    private Map<String, Integer> countJoins(MongoCollection<Document> events, String draftId) {
        Map<String, Integer> counts = new HashMap<>();
        for (long seq = 0; ; seq++) {
            Document stored = events.find(new Document("_id", draftId + "/" + seq)).first();
            if (stored == null) {
                return counts;
            }
            EventEnvelope envelope = EventCodec.decode(stored.getString("e"));
            eventsChecked++;
            if (envelope.type().equals("CoSponsorJoinedEvent")) {
                counts.merge(envelope.event().actor(), 1, Integer::sum);
            }
        }
    }

    /** Each acknowledged join is in the projected history once, at its version; the versions have no gap. */
    long checkProjections(Http http, String queryUrl) {
        Map<String, List<Join>> byDraft = new HashMap<>();
        joins.values().forEach(join -> byDraft.computeIfAbsent(join.draftId(), d -> new ArrayList<>()).add(join));
        long checked = 0;
        for (Map.Entry<String, List<Join>> draft : byDraft.entrySet()) {
            long last = draft.getValue().stream().mapToLong(Join::version).max().orElseThrow();
            JsonNode history = http.get(queryUrl + "/api/drafts/" + draft.getKey() + "/history?size=1000&minVersion=" + last).json();
            JsonNode events = history.get("events");
            Map<String, Long> joinedAt = new HashMap<>();
            for (int i = 0; i < events.size(); i++) {
                JsonNode event = events.get(i);
                eventsChecked++;
                assertThat(event.get("seq").asLong()).as("history of %s without gaps", draft.getKey()).isEqualTo(i);
                if (event.get("type").asText().equals("CoSponsorJoinedEvent")) {
                    Long previous = joinedAt.put(event.get("actor").asText(), event.get("version").asLong());
                    assertThat(previous).as("%s joined %s once in the projection", event.get("actor"), draft.getKey()).isNull();
                }
            }
            for (Join join : draft.getValue()) {
                assertThat(joinedAt.get(join.delegation())).as("%s in the projection", join).isEqualTo(join.version());
                checked++;
            }
        }
        return checked;
    }

    /** Prints the figures of a fault test for docs/RELIABILITY.md: faults, commands and events checked. */
    void report(String test, int faults) {
        System.out.println("RELIABILITY " + test + ": faults injected " + faults + ", acknowledged commands checked "
                + joins.size() + ", events checked " + eventsChecked + " (store and projections)");
    }

    /** Rebuilds every projection from the topic and asserts it equals the live one, draft by draft; returns drafts. */
    static int replayEqualsLive(Http http, String queryUrl) throws InterruptedException {
        JsonNode progress = replay(http, queryUrl);
        assertThat(progress.get("allEqual").asBoolean()).as(progress.toString()).isTrue();
        return progress.get("checksums").size();
    }

    /**
     * Rebuilds every projection from the topic and switches to it, whether or not the live one was equal. After a
     * crash of the local run the live projections can have lost writes whose Kafka offsets were committed (the query
     * side does not flush the H2 file before committing; see docs/RELIABILITY.md): the rebuild repairs them.
     */
    static JsonNode rebuild(Http http, String queryUrl) throws InterruptedException {
        return replay(http, queryUrl);
    }

    private static JsonNode replay(Http http, String queryUrl) throws InterruptedException {
        JsonNode progress = rebuildOrFailure(http, queryUrl);
        assertThat(progress.get("state").asText()).as(progress.toString()).isEqualTo("DONE");
        return progress;
    }

    /**
     * Starts a replay (or follows the one running: 409) and returns its progress once it is no longer running (DONE
     * or FAILED).
     */
    static JsonNode rebuildOrFailure(Http http, String queryUrl) throws InterruptedException {
        String admin = queryUrl + "/api/admin/replay";
        Http.Response started = http.post(admin, "dev:SECRETARIAT", null);
        assertThat(started.status()).as(started.body()).isIn(202, 409);
        JsonNode progress = null;
        for (int i = 0; i < 1200; i++) {
            progress = http.get(admin, "dev:SECRETARIAT").json();
            if (!progress.get("state").asText().equals("RUNNING")) {
                break;
            }
            Thread.sleep(50);
        }
        return progress;
    }
}
