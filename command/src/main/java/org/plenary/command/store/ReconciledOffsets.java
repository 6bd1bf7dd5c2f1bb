package org.plenary.command.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Per partition of the event topic, the offset below which every record is known to be in the event store: one
 * document per partition, {@code {_id: "<topic>/<partition>", o: <offset>}}. Start-up reconciliation reads the
 * topic from here instead of from the beginning. Marks only move forward ({@code $max}), whichever node writes.
 *
 * <p>Kept in the event store's database, so a store restored from an older backup comes with its older marks
 * and is reconciled from there.
 */
public class ReconciledOffsets {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoCollection<Document> marks;
    private final String topic;

    public ReconciledOffsets(MongoCollection<Document> marks, String topic) {
        this.marks = Objects.requireNonNull(marks, "marks collection");
        this.topic = Objects.requireNonNull(topic, "topic");
    }

    /** The mark of each partition that has one. */
    public Map<Integer, Long> read(int partitions) {
        Map<Integer, Long> result = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            Document mark = marks.find(Filters.eq("_id", id(p))).first();
            if (mark != null) {
                result.put(p, mark.getLong("o"));
            }
        }
        return result;
    }

    /**
     * Moves each partition's mark up to the given offset (never down): one unordered bulk write, so one round trip
     * whatever the number of partitions (the publisher calls it every mark interval).
     */
    public void advance(Map<Integer, Long> offsets) {
        if (offsets.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> updates = new ArrayList<>(offsets.size());
        offsets.forEach((partition, offset) -> updates.add(new UpdateOneModel<>(Filters.eq("_id", id(partition)),
                Updates.max("o", offset), UPSERT)));
        marks.bulkWrite(updates, UNORDERED);
    }

    private String id(int partition) {
        return topic + "/" + partition;
    }
}
