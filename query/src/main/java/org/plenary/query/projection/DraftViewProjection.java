package org.plenary.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.json.Json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Projection "draft-view": each draft's {@link DraftView}, one document keyed by draft id in collection
 * {@code drafts}: {@code {_id, version, document: {symbol, title}, view: <the view's JSON>}}. The view is kept as one
 * JSON string, as the history keeps events: a view grows with its negotiation (every amendment, co-sponsorship and
 * bracket) and is replaced on every batch that touches the draft, and the MongoDB-protocol server copies, sizes and
 * compares a replaced document field by field, where a string is one value; the projector and the readers turn it
 * into JSON and back with Jackson alone. The version and the summary fields stay fields, for the guards, the list
 * and the checksums. It is the commit mark of a draft's projections: written after all the others, its
 * {@code version} says how far every projection of the draft is written, and readers trust it for that. Every
 * projector is handed the draft's view as events are applied ({@link DraftState}); a {@link ProjectionRun} loads
 * it from here.
 */
public final class DraftViewProjection implements Projection {

    public static final String NAME = "draft-view";
    static final String COLLECTION = "drafts";
    /** Unique on {@code _id} and {@code version}: what a view's replacement of the version it expects looks up. */
    static final String VERSION_INDEX = "_id_version";

    /** A draft as listed: id, symbol, title, version. */
    public record DraftSummary(String draftId, String symbol, String title, long version) {
    }

    private final ProjectionStore store;

    /** @param store the store the reads use (the live one: it follows the replay's switch) */
    public DraftViewProjection(ProjectionStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> collections() {
        return List.of(COLLECTION);
    }

    /**
     * Views stored as their JSON (since 2026-12-06); before, as nested documents ("draft-view/consultations", and
     * before that without the consultations). A generation of another form is rebuilt from the topic at start;
     * meanwhile both forms are read.
     */
    @Override
    public String generationKey() {
        return NAME + "/json-view";
    }

    /** The draft, or null when there is none. */
    public DraftView find(String draftId) {
        return find(store, draftId);
    }

    static DraftView find(ProjectionStore in, String draftId) {
        Document document = in.collection(COLLECTION).find(Filters.eq("_id", draftId)).first();
        return document == null ? null : fromStored(document);
    }

    /** The stored form of a view. */
    static Document toStored(DraftView view) {
        Document summary = new Document();
        if (view.document() != null) {
            summary.append("symbol", view.document().symbol()).append("title", view.document().title());
        }
        try {
            return new Document("version", view.version()).append("document", summary)
                    .append("view", ViewJson.mapper().writeValueAsString(view)).append("_id", view.draftId());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the view of " + view.draftId() + ": " + e.getMessage(), e);
        }
    }

    /** A stored view, in either form (JSON, or nested documents as generations before "draft-view/json-view"). */
    static DraftView fromStored(Document document) {
        String json = document.getString("view");
        if (json == null) {
            return Documents.fromDocument(document, DraftView.class);
        }
        try {
            return Json.mapper().readValue(json, DraftView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the view of " + document.get("_id") + ": " + e.getMessage(), e);
        }
    }

    /** The version of the stored draft (a read of that field only), or null when there is none. */
    public Long findVersion(String draftId) {
        Document document = store.collection(COLLECTION).find(Filters.eq("_id", draftId))
                .projection(Projections.include("version")).first();
        return document == null || document.get("version") == null ? null : ((Number) document.get("version")).longValue();
    }

    /** Every draft, summarized. A collection scan, reading only the summary fields. */
    public List<DraftSummary> list() {
        List<DraftSummary> result = new ArrayList<>();
        for (Document d : store.collection(COLLECTION).find()
                .projection(Projections.include("document.symbol", "document.title", "version"))) {
            Document document = d.get("document", Document.class);
            result.add(new DraftSummary(d.getString("_id"),
                    document == null ? null : document.getString("symbol"),
                    document == null ? null : document.getString("title"),
                    ((Number) d.get("version")).longValue()));
        }
        return result;
    }

    /** Every draft in full, read one by one: for analytics across drafts, not for the hot path. */
    public List<DraftView> all() {
        // One draft at a time by _id: the MongoDB-protocol server answers a bare find() in one reply, which
        // exceeds the driver's 48 MB limit once the drafts add up (seen in the replay checksums).
        List<DraftView> views = new ArrayList<>();
        for (DraftSummary summary : list()) {
            DraftView view = find(summary.draftId());
            if (view != null) {
                views.add(view);
            }
        }
        return views;
    }

    /** Every draft's id and version in {@code in}'s generation, in a map ordered as stored (for the checksums). */
    static Map<String, Long> versions(ProjectionStore in) {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (Document d : in.collection(COLLECTION).find().projection(Projections.include("_id", "version"))) {
            versions.put(d.getString("_id"), ((Number) d.get("version")).longValue());
        }
        return versions;
    }

    /** The stored view's bytes; the group's version of each draft becomes the one read here. */
    @Override
    public void checksum(ProjectionStore in, ChecksumGroup group) {
        MongoCollection<RawBsonDocument> drafts = in.collection(COLLECTION).withDocumentClass(RawBsonDocument.class);
        Map<String, RawBsonDocument> views = new HashMap<>();
        for (RawBsonDocument draft : drafts.find(Filters.in("_id", new ArrayList<>(group.draftIds())))) {
            views.put(draft.getString("_id").getValue(), draft);
        }
        for (String id : new ArrayList<>(group.draftIds())) {
            RawBsonDocument view = views.get(id);
            if (view == null) {
                group.remove(id); // removed since the ids were read
                continue;
            }
            group.add(id, view.getByteBuffer().asNIO());
            group.storedVersion(id, view.getNumber("version").longValue());
        }
    }

    @Override
    public Projector projector(ProjectionStore target, int cachedDrafts) {
        return new ViewProjector(target);
    }

    /**
     * Writes the views of the drafts that changed, each as it stands at the flush, replacing the version this node
     * read or wrote last (a point lookup on the unique index {@code _id_version}, which the MongoDB-protocol server
     * needs to avoid scanning every draft per write), or else any older one.
     */
    private static final class ViewProjector implements Projector {

        private final ProjectionStore target;
        private final Map<String, DraftState> changed = new LinkedHashMap<>();
        private final Set<String> newDrafts = new HashSet<>(); // created here, not stored yet: inserted, not replaced
        private final Map<String, Long> storedVersions = new HashMap<>(); // before this batch: what the store holds

        ViewProjector(ProjectionStore target) {
            this.target = target;
            target.collection(COLLECTION).createIndex(Indexes.ascending("_id", "version"),
                    new IndexOptions().unique(true).name(VERSION_INDEX));
        }

        @Override
        public void apply(DraftState draft, EventEnvelope envelope, String json) {
            if (changed.put(draft.draftId(), draft) == null) {
                storedVersions.put(draft.draftId(), envelope.seq()); // the version before the batch's first event
            }
            if (envelope.seq() == 0) {
                newDrafts.add(draft.draftId());
            }
        }

        @Override
        public void flush() {
            Documents.writeAll(target.collection(COLLECTION), changed.values(),
                    draft -> toStored(draft.view()), draft -> newDrafts.contains(draft.draftId()),
                    view -> Filters.lt("version", view.get("version")), // never back to an older version
                    draft -> new Document("version", storedVersions.get(draft.draftId())));
            reset();
        }

        @Override
        public void reset() {
            changed.clear();
            newDrafts.clear();
            storedVersions.clear();
        }
    }
}
