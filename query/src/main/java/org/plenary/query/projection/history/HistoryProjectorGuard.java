package org.plenary.query.projection.history;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;

/** Which stored history bucket a bucket may replace: one holding fewer events (a bucket only ever grows). */
final class HistoryProjectorGuard {

    private HistoryProjectorGuard() {
    }

    /** Matches a stored bucket without the last event {@code bucket} holds. */
    static Bson fewerEvents(Document bucket) {
        int size = bucket.getList("events", Object.class).size();
        return Filters.exists("events." + (size - 1), false);
    }
}
