package org.plenary.command.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

/**
 * The event document, {@code {_id: "<draftId>/<seq>", d, s, e, n, c, k, p}}: its field names and its indexes, in one
 * place for everything that writes or reads the events collection (the storage engine, {@link PublicationLog},
 * {@link EventRestorer}).
 */
final class EventDocuments {

    static final String ID = "_id";
    static final String DRAFT = "d";
    static final String SEQ = "s";
    /** The event envelope as JSON: the exact bytes published to Kafka. */
    static final String ENVELOPE = "e";
    /** Only on events restored, recovered, or stored before the watermarks ({@link PublicationLog}). */
    static final String PUBLISHED = "p";
    /** The idempotency key of the command that stored the event, on its first event only. */
    static final String KEY = "k";
    /** The {@link Incarnation} of the node that stored it, and its {@link AppendCounter} number there. */
    static final String INCARNATION = "n";
    static final String NUMBER = "c";

    private EventDocuments() {
    }

    /**
     * The index that makes an idempotency key usable once: unique where present ({@code sparse}), so events of
     * commands without a key cost it nothing; and the two that recovery reads by on MongoDB, an incarnation's events
     * from its watermark ({@code n, c}) and those marked {@code p} (events stored before the watermarks, sparse). The
     * MongoDB-protocol server keeps no index that is not unique (it scans instead), so these two cost it nothing.
     * Idempotent.
     */
    static void createIndexes(MongoCollection<Document> events) {
        events.createIndex(Indexes.ascending(KEY), new IndexOptions().unique(true).sparse(true));
        events.createIndex(Indexes.ascending(INCARNATION, NUMBER), new IndexOptions().sparse(true));
        events.createIndex(Indexes.ascending(PUBLISHED), new IndexOptions().sparse(true));
    }

    /** A stored event as its document (without the publication fields). */
    static Document of(StoredEvent event) {
        return new Document(ID, event.id()).append(DRAFT, event.draftId()).append(SEQ, event.seq())
                .append(ENVELOPE, event.json());
    }

    static StoredEvent toStored(Document document) {
        return new StoredEvent(document.getString(ID), document.getString(DRAFT), document.getLong(SEQ),
                document.getString(ENVELOPE));
    }
}
