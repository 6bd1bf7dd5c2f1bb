package org.plenary.query.projection;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.plenary.shared.draft.EventEnvelope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.plenary.query.projection.DraftViewProjection.COLLECTION;
import static org.plenary.query.projection.DraftViewProjection.PAGES;
import static org.plenary.query.projection.DraftViewProjection.VERSION_INDEX;
import static org.plenary.query.projection.DraftViewProjection.toStored;

/**
 * The projector of {@link DraftViewProjection}: writes the views of the drafts that changed, each as it stands at the flush: first the pages the store does
 * not hold yet (inserted; one already there under the same key is the same page), then the heads, each
 * replacing the version this node read or wrote last (a point lookup on the unique index {@code _id_version},
 * which the MongoDB-protocol server needs to avoid scanning every draft per write) or else any older one, then
 * the deletion of the pages the new heads no longer list. A node that stalled and lost the draft may still
 * write a head that is then dropped, and delete its old pages: those are older than any page a newer head lists
 * (a page's key carries the version of its last change), so nothing a newer head lists is deleted.
 */
final class DraftViewWriter implements Projector {

    /** Page ids per deletion of the pages heads no longer list. */
    private static final int PAGES_PER_DELETE = 256;

    private final ProjectionStore target;
    private final Map<String, DraftViewBuilder> changed = new LinkedHashMap<>();
    private final Set<String> newDrafts = new HashSet<>(); // created here, not stored yet: inserted, not replaced
    private final Map<String, Long> storedVersions = new HashMap<>(); // before this batch: what the store holds

    DraftViewWriter(ProjectionStore target) {
        this.target = target;
        target.collection(COLLECTION).createIndex(Indexes.ascending("_id", "version"),
                new IndexOptions().unique(true).name(VERSION_INDEX));
    }

    @Override
    public void apply(DraftState draft, EventEnvelope envelope, String json) {
        if (!(draft instanceof DraftViewBuilder builder)) {
            throw new IllegalArgumentException("the draft views are written from the run's DraftViewBuilder, not "
                    + draft.getClass().getName());
        }
        if (changed.put(draft.draftId(), builder) == null) {
            storedVersions.put(draft.draftId(), envelope.seq()); // the version before the batch's first event
        }
        if (envelope.seq() == 0) {
            newDrafts.add(draft.draftId());
        }
    }

    @Override
    public void flush() {
        Map<String, List<ViewPages.Page>> pages = new HashMap<>();
        Map<String, Set<String>> listedKeys = new HashMap<>();
        List<Document> newPages = new ArrayList<>();
        List<String> stalePages = new ArrayList<>();
        for (DraftViewBuilder draft : changed.values()) {
            List<ViewPages.Page> current = draft.pages();
            pages.put(draft.draftId(), current);
            Set<String> listed = keys(current);
            listedKeys.put(draft.draftId(), listed);
            for (ViewPages.Page page : current) {
                if (!draft.storedPages().contains(page.key())) {
                    newPages.add(toStored(draft.draftId(), page));
                    if (newPages.size() == Documents.WRITE_CHUNK) { // bounds the heap in a replay's flush
                        insertPages(newPages);
                    }
                }
            }
            for (String key : draft.storedPages()) {
                if (!listed.contains(key)) {
                    stalePages.add(ViewPages.pageId(draft.draftId(), key));
                }
            }
        }
        insertPages(newPages);
        Documents.writeAll(target.writeTarget(COLLECTION), changed.values(),
                draft -> toStored(draft.view(), pages.get(draft.draftId())), draft -> newDrafts.contains(draft.draftId()),
                view -> Filters.lt("version", view.get("version")), // never back to an older version
                draft -> new Document("version", storedVersions.get(draft.draftId())));
        deletePages(stalePages);
        for (DraftViewBuilder draft : changed.values()) {
            draft.pagesStored(listedKeys.get(draft.draftId()));
        }
        reset();
    }

    /** Inserts the pages (one already stored under its key is the same page) and empties the list. */
    private void insertPages(List<Document> pages) {
        Documents.writeAll(target.writeTarget(PAGES), pages, page -> page, page -> true);
        pages.clear();
    }

    private void deletePages(List<String> ids) {
        target.writeTarget(PAGES).deleteIds(ids, PAGES_PER_DELETE);
    }

    private static Set<String> keys(List<ViewPages.Page> pages) {
        Set<String> keys = new HashSet<>();
        pages.forEach(page -> keys.add(page.key()));
        return keys;
    }

    @Override
    public void reset() {
        changed.clear();
        newDrafts.clear();
        storedVersions.clear();
    }
}
