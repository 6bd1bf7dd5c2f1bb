package org.plenary.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.plenary.shared.json.Json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Projection "draft-view": each draft's {@link DraftView}, stored as a head in collection {@code drafts} and the
 * pages of its growing lists in collection {@code draft_pages} ({@link ViewPages}). The head,
 * {@code {_id, version, document: {symbol, title}, view: <the view's JSON without amendments and co-sponsorships>,
 * pages: "a0@57 a1@130 c0@88"}}, lists the keys of the pages that make the view; a page,
 * {@code {_id: "<draftId>/<key>", json: <its entries' JSON array>}}, is inserted once and never changed (a changed
 * page has a new key), and deleted once a head that no longer lists it is written. So a batch writes the pages it
 * changed and a head that stays small however long the negotiation runs: before, every batch replaced one document
 * with the whole negotiation, which the MongoDB-protocol server copied and H2 serialized whole (docs/BENCHMARKS.md,
 * "Draft views in pages"). The view and the pages are JSON strings (one value for the server to copy and compare),
 * written and read with Jackson alone; the version and the summary fields stay fields, for the guards, the list and
 * the checksums.
 *
 * <p>The head is the commit mark of a draft's projections: written after all the others and after its pages, its
 * {@code version} says how far every projection of the draft is written, and readers trust it for that. A reader
 * that finds a listed page gone (deleted because a newer head was written meanwhile) reads the head again. Every
 * projector is handed the draft's view as events are applied ({@link DraftState}); a {@link ProjectionRun} loads
 * it from here.
 */
public final class DraftViewProjection implements Projection {

    public static final String NAME = "draft-view";
    static final String COLLECTION = "drafts";
    static final String PAGES = "draft_pages";
    /** Unique on {@code _id} and {@code version}: what a view's replacement of the version it expects looks up. */
    static final String VERSION_INDEX = "_id_version";
    /** Reads of a head whose pages were replaced meanwhile before a reader gives up (a writer deletes them once). */
    static final int READ_ATTEMPTS = 10;
    /** Page ids per read of the checksums (a reply of pages of ~8 KB each stays a few MB). */
    private static final int CHECKSUM_PAGE_READ = 256;

    /** A draft as listed: id, symbol, title, version. */
    public record DraftSummary(String draftId, String symbol, String title, long version) {
    }

    /** A stored view and the keys of the pages its head lists (none for a view stored whole, before pages). */
    record Stored(DraftView view, Set<String> pageKeys) {
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
        return List.of(COLLECTION, PAGES);
    }

    /**
     * Views stored as a head and pages (since 2026-12-06, fifth session); before, as one JSON string
     * ("draft-view/json-view"), and before that as nested documents. A generation of another form is rebuilt from
     * the topic at start; meanwhile every form is read.
     */
    @Override
    public String generationKey() {
        return NAME + "/paged";
    }

    /** The draft, or null when there is none. */
    public DraftView find(String draftId) {
        return find(store, draftId);
    }

    static DraftView find(ProjectionStore in, String draftId) {
        Stored stored = load(in, draftId);
        return stored == null ? null : stored.view();
    }

    /**
     * The draft's head and the pages it lists, or null when there is none. A page deleted between the two reads
     * (a newer head was written meanwhile) makes it read the head again.
     *
     * @throws IllegalStateException if the pages of {@link #READ_ATTEMPTS} heads in a row went missing
     */
    static Stored load(ProjectionStore in, String draftId) {
        for (int attempt = 1; ; attempt++) {
            Document head = in.collection(COLLECTION).find(Filters.eq("_id", draftId)).first();
            if (head == null) {
                return null;
            }
            String keys = head.getString("pages");
            if (keys == null) {
                return new Stored(fromStored(head), Set.of());
            }
            List<String> listed = ViewPages.parseKeys(keys);
            Map<String, String> pages = readPages(in, draftId, listed);
            if (pages.size() == listed.size()) {
                return new Stored(ViewPages.assemble(readView(head), listed, pages), new LinkedHashSet<>(listed));
            }
            if (attempt == READ_ATTEMPTS) {
                throw new IllegalStateException("the pages of " + draftId + " went missing " + attempt
                        + " times in a row (listed " + keys + ", found " + pages.keySet() + ")");
            }
        }
    }

    /** The pages {@code keys} of a draft that are stored, by key. */
    private static Map<String, String> readPages(ProjectionStore in, String draftId, List<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        List<String> ids = new ArrayList<>(keys.size());
        for (String key : keys) {
            ids.add(ViewPages.pageId(draftId, key));
        }
        int prefix = draftId.length() + 1;
        Map<String, String> pages = new HashMap<>();
        for (Document page : in.collection(PAGES).find(Filters.in("_id", ids))) {
            pages.put(page.getString("_id").substring(prefix), page.getString("json"));
        }
        return pages;
    }

    /** The stored head of a view: its summary fields, the view without its paged lists, the keys of its pages. */
    static Document toStored(DraftView view, List<ViewPages.Page> pages) {
        Document summary = new Document();
        if (view.document() != null) {
            summary.append("symbol", view.document().symbol()).append("title", view.document().title());
        }
        try {
            return new Document("version", view.version()).append("document", summary)
                    .append("view", Json.mapper().writeValueAsString(ViewPages.head(view)))
                    .append("pages", ViewPages.keys(pages)).append("_id", view.draftId());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the view of " + view.draftId() + ": " + e.getMessage(), e);
        }
    }

    /** A stored page: {@code {json, _id}}. */
    static Document toStored(String draftId, ViewPages.Page page) {
        return new Document("json", page.json()).append("_id", ViewPages.pageId(draftId, page.key()));
    }

    /** A view stored whole, in either form (JSON, or nested documents as generations before "draft-view/json-view"). */
    static DraftView fromStored(Document document) {
        return document.getString("view") == null ? Documents.fromDocument(document, DraftView.class) : readView(document);
    }

    private static DraftView readView(Document document) {
        try {
            return Json.mapper().readValue(document.getString("view"), DraftView.class);
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

    /**
     * The stored head's bytes, then each page's it lists, in order (a page gone since the head was read adds a
     * marker: the head moved on, and the comparison that uses the checksums tries again); the group's version of
     * each draft becomes the one read here.
     */
    @Override
    public void checksum(ProjectionStore in, ChecksumGroup group) {
        MongoCollection<RawBsonDocument> drafts = in.collection(COLLECTION).withDocumentClass(RawBsonDocument.class);
        Map<String, RawBsonDocument> heads = new HashMap<>();
        for (RawBsonDocument draft : drafts.find(Filters.in("_id", new ArrayList<>(group.draftIds())))) {
            heads.put(draft.getString("_id").getValue(), draft);
        }
        Map<String, List<String>> pageIdsOf = new HashMap<>(); // per draft, the ids of the pages its head lists
        List<String> pageIds = new ArrayList<>();
        heads.forEach((draftId, head) -> {
            List<String> ids = new ArrayList<>();
            if (head.containsKey("pages")) {
                for (String key : ViewPages.parseKeys(head.getString("pages").getValue())) {
                    ids.add(ViewPages.pageId(draftId, key));
                }
            }
            pageIdsOf.put(draftId, ids);
            pageIds.addAll(ids);
        });
        Map<String, byte[]> pages = in.storedDigests(PAGES, pageIds, CHECKSUM_PAGE_READ);
        for (String id : new ArrayList<>(group.draftIds())) {
            RawBsonDocument head = heads.get(id);
            if (head == null) {
                group.remove(id); // removed since the ids were read
                continue;
            }
            group.add(id, WrittenDigests.digest(head));
            for (String pageId : pageIdsOf.get(id)) {
                byte[] page = pages.get(pageId);
                if (page == null) {
                    group.add(id, (byte) 0);
                } else {
                    group.add(id, page);
                }
            }
            group.storedVersion(id, head.getNumber("version").longValue());
        }
    }

    @Override
    public Projector projector(ProjectionStore target, int cachedDrafts) {
        return new DraftViewWriter(target);
    }
}
