package org.plenary.shared.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Header;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.history.ParagraphDiff.Status;

/**
 * Compares two versions of a draft paragraph by paragraph, matching paragraphs and items by their stable ids.
 *
 * <p>Within each list of siblings (a section's paragraphs, a paragraph's items) the ids both versions share are
 * aligned by a longest common subsequence; the shared ids outside it are MOVED, those that changed section or
 * parent too. So a paragraph inserted after operative paragraph 2 renumbers paragraph 3 to 4 without moving it.
 * Ids do not follow text: swapping two paragraphs by deleting one and inserting its text elsewhere gives a
 * DELETED and an ADDED paragraph, because the inserted paragraph has a new id. Changed paragraphs carry a
 * word-level diff ({@link WordDiff}).
 */
public final class DocumentDiffer {

    private DocumentDiffer() {
    }

    public static DocumentDiff diff(DraftDocument from, DraftDocument to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Tree older = new Tree(from);
        Tree newer = new Tree(to);
        List<ParagraphDiff> out = new ArrayList<>();
        for (Section section : Section.values()) {
            merge(older.roots.get(section), newer.roots.get(section), older, newer, out);
        }
        return new DocumentDiff(out, fields(from, to));
    }

    private record Node(String id, String section, String parent, int number, String text, String label,
                        List<String> children) {
    }

    /** Every paragraph and item of one version by id, with the ids of each sibling list. */
    private static final class Tree {

        final Map<String, Node> nodes = new HashMap<>();
        final Map<Section, List<String>> roots = new HashMap<>();

        Tree(DraftDocument document) {
            for (Section section : Section.values()) {
                List<String> ids = new ArrayList<>();
                int number = 0;
                for (Paragraph p : document.section(section)) {
                    ids.add(p.id());
                    put(new Node(p.id(), section.json(), null, ++number, p.text(), null, items(p.items(), p.id())));
                }
                roots.put(section, ids);
            }
        }

        private List<String> items(List<Item> items, String parent) {
            List<String> ids = new ArrayList<>(items.size());
            int number = 0;
            for (Item item : items) {
                ids.add(item.id());
                put(new Node(item.id(), ParagraphDiff.ITEM, parent, ++number, item.text(), item.label(),
                        items(item.items(), item.id())));
            }
            return ids;
        }

        private void put(Node node) {
            if (nodes.putIfAbsent(node.id(), node) != null) {
                throw new IllegalArgumentException("id " + node.id() + " is used twice in the document");
            }
        }

        List<String> children(String id) {
            Node node = nodes.get(id);
            return node == null ? List.of() : node.children();
        }
    }

    // Emits one sibling list in reading order: the newer order, each deleted node right after the nearest
    // preceding sibling that kept its place (or first), then recurses into each emitted node's items.
    private static void merge(List<String> olderIds, List<String> newerIds, Tree older, Tree newer,
            List<ParagraphDiff> out) {
        Set<String> newerHere = new HashSet<>(newerIds);
        Set<String> olderHere = new HashSet<>(olderIds);
        Set<String> stayed = alignedIds(olderIds, newerIds, newerHere);
        Map<String, List<String>> deletedAfter = new HashMap<>();
        String anchor = null;
        for (String id : olderIds) {
            if (stayed.contains(id)) {
                anchor = id;
            } else if (!newer.nodes.containsKey(id)) {
                deletedAfter.computeIfAbsent(anchor, k -> new ArrayList<>()).add(id);
            }
        }
        emitDeleted(deletedAfter.get(null), older, newer, out);
        for (String id : newerIds) {
            emit(id, olderHere.contains(id) && stayed.contains(id), older, newer, out);
            emitDeleted(deletedAfter.get(id), older, newer, out);
        }
    }

    private static void emitDeleted(List<String> ids, Tree older, Tree newer, List<ParagraphDiff> out) {
        if (ids != null) {
            for (String id : ids) {
                emit(id, false, older, newer, out);
            }
        }
    }

    private static void emit(String id, boolean stayed, Tree older, Tree newer, List<ParagraphDiff> out) {
        Node before = older.nodes.get(id);
        Node after = newer.nodes.get(id);
        Node current = after != null ? after : before;
        Status status;
        List<WordChange> changes;
        if (before == null) {
            status = Status.ADDED;
            changes = after.text().isEmpty() ? List.of() : List.of(WordChange.insert(after.text()));
        } else if (after == null) {
            status = Status.DELETED;
            changes = before.text().isEmpty() ? List.of() : List.of(WordChange.delete(before.text()));
        } else {
            boolean changed = !before.text().equals(after.text());
            status = stayed
                    ? (changed ? Status.CHANGED : Status.UNCHANGED)
                    : (changed ? Status.MOVED_AND_CHANGED : Status.MOVED);
            changes = WordDiff.diff(before.text(), after.text());
        }
        out.add(new ParagraphDiff(id, current.section(), status,
                before == null ? null : before.number(), after == null ? null : after.number(),
                current.parent(), before == null ? null : before.text(), after == null ? null : after.text(),
                changes, after != null && after.label() != null ? after.label() : current.label()));
        merge(older.children(id), newer.children(id), older, newer, out);
    }

    /**
     * The shared ids that keep their relative order: a longest common subsequence of two lists of distinct ids,
     * found as the longest increasing run of newer positions taken in older order (patience sorting, n log n).
     * {@code newerHere} is the set of {@code newerIds}. Also used to derive moves ({@code EditScript}).
     */
    public static Set<String> alignedIds(List<String> olderIds, List<String> newerIds, Set<String> newerHere) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < newerIds.size(); i++) {
            position.put(newerIds.get(i), i);
        }
        List<String> shared = new ArrayList<>();
        for (String id : olderIds) {
            if (newerHere.contains(id)) {
                shared.add(id);
            }
        }
        int n = shared.size();
        int[] tails = new int[n];        // index into shared of the smallest tail of a run of each length
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int p = position.get(shared.get(i));
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (position.get(shared.get(tails[mid])) < p) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[i] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = i;
            length = Math.max(length, lo + 1);
        }
        Set<String> result = new HashSet<>();
        for (int i = length > 0 ? tails[length - 1] : -1; i >= 0; i = previous[i]) {
            result.add(shared.get(i));
        }
        return result;
    }

    private static List<DocumentDiff.FieldChange> fields(DraftDocument from, DraftDocument to) {
        List<DocumentDiff.FieldChange> out = new ArrayList<>();
        field(out, "title", from.title(), to.title());
        field(out, "subject", from.subject(), to.subject());
        field(out, "kind", from.kind(), to.kind());
        field(out, "symbol", from.symbol(), to.symbol());
        field(out, "sponsors", joined(from.sponsors(), ", "), joined(to.sponsors(), ", "));
        field(out, "sponsorsNote", from.sponsorsNote(), to.sponsorsNote());
        field(out, "adoption", from.adoption(), to.adoption());
        Header a = from.header();
        Header b = to.header();
        field(out, "header.organ", a.organ(), b.organ());
        field(out, "header.distribution", a.distribution(), b.distribution());
        field(out, "header.date", a.date(), b.date());
        field(out, "header.originalLanguage", a.originalLanguage(), b.originalLanguage());
        field(out, "header.body", a.body(), b.body());
        field(out, "header.session", a.session(), b.session());
        field(out, "header.placeAndDates", a.placeAndDates(), b.placeAndDates());
        field(out, "header.agendaItem", a.agendaItem(), b.agendaItem());
        field(out, "header.agendaTitle", a.agendaTitle(), b.agendaTitle());
        Map<String, String> older = footnotes(from);
        Map<String, String> newer = footnotes(to);
        List<String> markers = new ArrayList<>(older.keySet());
        for (String marker : newer.keySet()) {
            if (!older.containsKey(marker)) {
                markers.add(marker);
            }
        }
        for (String marker : markers) {
            field(out, "footnote." + marker, older.get(marker), newer.get(marker));
        }
        field(out, "closing", joined(from.closing(), "\n"), joined(to.closing(), "\n"));
        return out;
    }

    private static Map<String, String> footnotes(DraftDocument document) {
        Map<String, String> notes = new LinkedHashMap<>();
        for (Footnote f : document.footnotes()) {
            notes.merge(String.valueOf(f.marker()), Objects.requireNonNullElse(f.text(), ""), (x, y) -> x + "\n" + y);
        }
        return notes;
    }

    private static String joined(List<String> values, String separator) {
        return values.isEmpty() ? null : String.join(separator, values);
    }

    private static void field(List<DocumentDiff.FieldChange> out, String name, String older, String newer) {
        if (!Objects.equals(older, newer)) {
            out.add(new DocumentDiff.FieldChange(name, older, newer));
        }
    }
}
