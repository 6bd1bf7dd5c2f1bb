package org.plenary.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.plenary.shared.json.Json;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The lists of a draft view that grow with its negotiation, amendments and co-sponsorships, cut into pages that are
 * stored as documents of their own, so that a batch writes the pages it changed and a small head instead of the
 * whole negotiation ({@link DraftViewProjection}). Page {@code n} holds entries {@code n × size} to
 * {@code (n + 1) × size − 1} in the list's order (proposal order, order of joining).
 *
 * <p>A page's key is its list, its number and the last version that changed one of its entries, e.g.
 * {@code a3@571}: every change of an amendment records the version that made it (proposed, decided, rebased,
 * overtaken, revised, superseded: {@link #lastChange}), a co-sponsorship its joining and its withdrawal. So a key
 * names exactly one content, whichever node wrote it and wherever its batches ended: a page written twice under
 * one key is the same page, a changed page has a new key, and the heads of a live and a replayed generation list
 * the same keys. {@code ViewPagesTest} holds every amendment event to that.
 */
final class ViewPages {

    /** Amendments per page: one amendment changes, a page of this many is rewritten (~8 KB of JSON in the bench). */
    static final int AMENDMENTS_PER_PAGE = 16;
    /** Co-sponsorships per page: entries of ~100 bytes, changed once at most (the withdrawal). */
    static final int CO_SPONSORSHIPS_PER_PAGE = 64;

    static final String AMENDMENTS = "a";
    static final String CO_SPONSORSHIPS = "c";

    private static final TypeReference<List<DraftView.AmendmentView>> AMENDMENT_LIST = new TypeReference<>() {
    };
    private static final TypeReference<List<DraftView.CoSponsorship>> CO_SPONSORSHIP_LIST = new TypeReference<>() {
    };

    /** One page: its key ({@code a3@571}) and its entries, a view of the draft view's list. */
    record Page(String key, List<?> entries) {

        /** The page as stored: a JSON array of its entries. */
        String json() {
            try {
                return Json.mapper().writeValueAsString(entries);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write page " + key + ": " + e.getMessage(), e);
            }
        }
    }

    private final int amendmentsPerPage;
    private final int coSponsorshipsPerPage;

    ViewPages(int amendmentsPerPage, int coSponsorshipsPerPage) {
        if (amendmentsPerPage < 1 || coSponsorshipsPerPage < 1) {
            throw new IllegalArgumentException("a page holds at least one entry");
        }
        this.amendmentsPerPage = amendmentsPerPage;
        this.coSponsorshipsPerPage = coSponsorshipsPerPage;
    }

    /** The pages of the stored views. */
    static final ViewPages STORED = new ViewPages(AMENDMENTS_PER_PAGE, CO_SPONSORSHIPS_PER_PAGE);

    /**
     * The view's pages: its amendments', then its co-sponsorships', each keyed by its list, number and its entries'
     * last change. A fresh tracker computes every key.
     */
    List<Page> of(DraftView view) {
        return tracker().of(view);
    }

    private static <T> String key(String name, int page, List<T> entries, ToLongFunction<T> lastChange) {
        long changed = 0;
        for (T entry : entries) {
            changed = Math.max(changed, lastChange.applyAsLong(entry));
        }
        return name + page + "@" + changed;
    }

    /** Pages of these sizes for one draft, kept as its lists change ({@link Tracker}). */
    Tracker tracker() {
        return new Tracker();
    }

    /**
     * The pages of one draft's view, kept as its lists change: its builder says which entry it added or replaced,
     * and {@link #of} recomputes the keys of those entries' pages only. A pass over every entry of both lists at each
     * write (what the writer did before) was 4.8 % of the embedded stack's CPU in the throughput benchmark, where a
     * draft reaches about a thousand amendments (docs/BENCHMARKS.md, "The tenth session"); this costs a pass over the
     * page keys and the changed pages' entries. The keys are those a fresh tracker computes for the same view
     * ({@link ViewPages#of}; {@code ViewPagesTest} compares them after every event).
     */
    final class Tracker {

        private final PageKeys amendments = new PageKeys(AMENDMENTS, amendmentsPerPage);
        private final PageKeys coSponsorships = new PageKeys(CO_SPONSORSHIPS, coSponsorshipsPerPage);

        private Tracker() {
        }

        /** The amendment at {@code index} of the list was added or replaced. */
        void amendmentChanged(int index) {
            amendments.changed(index);
        }

        /** The co-sponsorship at {@code index} of the list was added or replaced. */
        void coSponsorshipChanged(int index) {
            coSponsorships.changed(index);
        }

        /** The pages of {@code view}, the view of the draft whose changes this tracker was told. */
        List<Page> of(DraftView view) {
            List<Page> pages = new ArrayList<>();
            amendments.addPages(pages, view.amendments(), ViewPages::lastChange);
            coSponsorships.addPages(pages, view.coSponsors(), ViewPages::lastChange);
            return pages;
        }
    }

    /** The keys of one list's pages as last computed, and which pages had an entry changed since. */
    private static final class PageKeys {

        private final String name;
        private final int size;
        private final List<String> keys = new ArrayList<>();
        private final BitSet changed = new BitSet();

        PageKeys(String name, int size) {
            this.name = name;
            this.size = size;
        }

        void changed(int index) {
            changed.set(index / size);
        }

        <T> void addPages(List<Page> pages, List<T> list, ToLongFunction<T> lastChange) {
            int count = (list.size() + size - 1) / size;
            if (keys.size() > count) { // lists only grow; kept exact all the same
                keys.subList(count, keys.size()).clear();
            }
            for (int page = 0; page < count; page++) {
                List<T> entries = list.subList(page * size, Math.min(list.size(), (page + 1) * size));
                if (page == keys.size()) {
                    keys.add(key(name, page, entries, lastChange));
                } else if (changed.get(page)) {
                    keys.set(page, key(name, page, entries, lastChange));
                }
                pages.add(new Page(keys.get(page), entries));
            }
            changed.clear();
        }
    }

    /** The last version that changed the co-sponsorship: its joining or its withdrawal. */
    static long lastChange(DraftView.CoSponsorship coSponsorship) {
        return coSponsorship.withdrawnVersion() == null ? coSponsorship.joinedVersion() : coSponsorship.withdrawnVersion();
    }

    /** The last version that changed the amendment: its proposal, its decision or its last other change. */
    static long lastChange(DraftView.AmendmentView amendment) {
        long changed = amendment.proposedVersion();
        if (amendment.decidedVersion() != null) {
            changed = Math.max(changed, amendment.decidedVersion());
        }
        if (amendment.changedVersion() != null) {
            changed = Math.max(changed, amendment.changedVersion());
        }
        return changed;
    }

    /** The keys of {@code pages}, as the head lists them: separated by spaces, in order. */
    static String keys(List<Page> pages) {
        StringBuilder keys = new StringBuilder();
        for (Page page : pages) {
            if (!keys.isEmpty()) {
                keys.append(' ');
            }
            keys.append(page.key());
        }
        return keys.toString();
    }

    /** The keys a head lists. */
    static List<String> parseKeys(String keys) {
        return keys.isEmpty() ? List.of() : List.of(keys.split(" "));
    }

    /** The {@code _id} of a draft's page. */
    static String pageId(String draftId, String key) {
        return draftId + "/" + key;
    }

    /** The view without its paged lists: what the head stores. */
    static DraftView head(DraftView view) {
        return new DraftView(view.draftId(), view.version(), view.document(), view.mainSponsors(), List.of(), List.of(),
                view.submittedBy(), view.submittedAt(), view.updatedAt(), view.consultation(), view.lifecycle());
    }

    /**
     * The whole view from its head and its pages' JSON by key.
     *
     * @throws IllegalArgumentException if a key is not among {@code pages}
     */
    static DraftView assemble(DraftView head, List<String> keys, Map<String, String> pages) {
        List<DraftView.AmendmentView> amendments = new ArrayList<>();
        List<DraftView.CoSponsorship> coSponsors = new ArrayList<>();
        for (String key : keys) {
            String json = pages.get(key);
            if (json == null) {
                throw new IllegalArgumentException("page " + key + " of " + head.draftId() + " is missing");
            }
            try {
                if (key.startsWith(AMENDMENTS)) {
                    amendments.addAll(Json.mapper().readValue(json, AMENDMENT_LIST));
                } else {
                    coSponsors.addAll(Json.mapper().readValue(json, CO_SPONSORSHIP_LIST));
                }
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot read page " + key + " of " + head.draftId() + ": " + e.getMessage(), e);
            }
        }
        return new DraftView(head.draftId(), head.version(), head.document(), head.mainSponsors(), coSponsors,
                amendments, head.submittedBy(), head.submittedAt(), head.updatedAt(), head.consultation(),
                head.lifecycle());
    }
}
