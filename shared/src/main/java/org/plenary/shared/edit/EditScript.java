package org.plenary.shared.edit;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.history.DocumentDiffer;
import org.plenary.shared.history.WordChange;
import org.plenary.shared.history.WordDiff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The operations that turn one version of a draft into another: {@code apply(d, between(d, d2))} equals
 * {@code d2}. Paragraphs and items are matched by id; a changed text becomes word-level replacements (Myers' diff,
 * {@link WordDiff}); paragraphs and items that left their order become moves (those outside a longest run that
 * kept its order, {@link DocumentDiffer#alignedIds}); new ones become inserts with their ids, deleted ones
 * deletes; a new title or footnote text a replacement.
 *
 * <p>Edit operations cannot express everything: a changed header, sponsors line, subject or closing; a paragraph
 * that moved to another section or an item to another parent; a new footnote; a new paragraph or item without
 * text; item labels other than the ones the engine gives ({@link ItemLabels}). {@link #between} refuses those
 * with an {@link IllegalArgumentException}.
 */
public final class EditScript {

    private final DraftDocument from;
    private final DraftDocument to;
    private final NodeIndex old;
    private final NodeIndex now;
    private final BiFunction<String, String, List<EditOperation>> textOps;
    private final List<EditOperation> moves = new ArrayList<>();
    private final List<EditOperation> inserts = new ArrayList<>();
    /** Deletes that empty an item list before its new items come, so they are labelled as a new list. */
    private final List<EditOperation> firstDeletes = new ArrayList<>();
    private final List<EditOperation> deletes = new ArrayList<>();

    private EditScript(DraftDocument from, DraftDocument to, BiFunction<String, String, List<EditOperation>> textOps) {
        this.from = from;
        this.to = to;
        this.old = NodeIndex.of(from);
        this.now = NodeIndex.of(to);
        this.textOps = textOps;
    }

    /** The operations from {@code from} to {@code to}; empty when they read the same. */
    public static List<EditOperation> between(DraftDocument from, DraftDocument to) {
        return between(from, to, (id, newText) -> null);
    }

    /**
     * The same, taking the text operations of a node from {@code preferred} (node id and its new text to the
     * operations that write it, or null to use a word diff) when they give the new text.
     */
    static List<EditOperation> between(DraftDocument from, DraftDocument to,
            BiFunction<String, String, List<EditOperation>> preferred) {
        List<EditOperation> ops = derive(from, to, preferred);
        DraftDocument reached;
        try {
            reached = ops.isEmpty() ? from : DocumentEditor.apply(from, ops);
        } catch (EditException e) {
            throw new IllegalArgumentException("the new version cannot be reached by edit operations: "
                    + e.getMessage());
        }
        if (!ops.isEmpty() && !reached.equals(to)) {
            throw new IllegalArgumentException("the new version cannot be reached by edit operations "
                    + "(item labels or footnotes differ from what the edits give)");
        }
        if (ops.isEmpty() && !from.equals(to)) {
            throw new IllegalArgumentException("the versions differ only in what edit operations cannot express");
        }
        return ops;
    }

    /** The operations, without checking that they reach {@code to}. */
    static List<EditOperation> derive(DraftDocument from, DraftDocument to,
            BiFunction<String, String, List<EditOperation>> preferred) {
        return new EditScript(from, to, preferred).derive();
    }

    private List<EditOperation> derive() {
        requireSame("header", from.header(), to.header());
        requireSame("kind", from.kind(), to.kind());
        requireSame("symbol", from.symbol(), to.symbol());
        requireSame("sponsors", from.sponsors(), to.sponsors());
        requireSame("sponsors note", from.sponsorsNote(), to.sponsorsNote());
        requireSame("adoption", from.adoption(), to.adoption());
        requireSame("subject", from.subject(), to.subject());
        requireSame("closing", from.closing(), to.closing());
        List<EditOperation> ops = new ArrayList<>();
        for (String id : ReadingOrder.ids(from)) {
            if (now.contains(id)) {
                requireSameParent(id);
                String newText = now.text(id);
                if (!newText.equals(old.text(id))) {
                    ops.addAll(textOps(id, old.text(id), newText));
                }
            }
        }
        if (!Objects.equals(from.title(), to.title())) {
            if (to.title() == null || to.title().isBlank()) {
                throw new IllegalArgumentException("the title cannot be removed by edit operations");
            }
            ops.add(new ReplaceTitle(to.title()));
        }
        ops.addAll(footnotes());
        for (Section section : Section.values()) {
            list(section, null, old.paragraphs(section), now.paragraphs(section));
        }
        ops.addAll(moves);
        ops.addAll(firstDeletes);
        ops.addAll(inserts);
        ops.addAll(deletes);
        return ops;
    }

    private List<EditOperation> textOps(String id, String oldText, String newText) {
        List<EditOperation> preferred = textOps.apply(id, newText);
        if (preferred != null && writes(oldText, preferred, newText)) {
            return preferred;
        }
        List<EditOperation> out = new ArrayList<>();
        int at = 0;
        int start = -1;
        StringBuilder inserted = new StringBuilder();
        for (WordChange change : WordDiff.diff(oldText, newText)) {
            switch (change.kind()) {
                case EQUAL -> {
                    if (start >= 0) {
                        out.add(new ReplaceText(id, start, at, inserted.toString()));
                        start = -1;
                        inserted.setLength(0);
                    }
                    at += change.text().length();
                }
                case DELETE -> {
                    start = start < 0 ? at : start;
                    at += change.text().length();
                }
                case INSERT -> {
                    start = start < 0 ? at : start;
                    inserted.append(change.text());
                }
            }
        }
        if (start >= 0) {
            out.add(new ReplaceText(id, start, at, inserted.toString()));
        }
        return out;
    }

    private static boolean writes(String oldText, List<EditOperation> ops, String newText) {
        if (ops.size() == 1 && ops.get(0) instanceof ReplaceParagraph r) {
            return r.text().equals(newText);
        }
        List<ReplaceText> sorted = new ArrayList<>();
        for (EditOperation op : ops) {
            if (!(op instanceof ReplaceText r)) {
                return false;
            }
            sorted.add(r);
        }
        sorted.sort((a, b) -> Integer.compare(b.start(), a.start()));
        StringBuilder text = new StringBuilder(oldText);
        int limit = oldText.length();
        for (ReplaceText r : sorted) {
            if (r.end() > limit || r.start() > r.end() || r.start() < 0) {
                return false;
            }
            text.replace(r.start(), r.end(), r.text());
            limit = r.start();
        }
        return text.toString().equals(newText);
    }

    private List<EditOperation> footnotes() {
        Map<String, String> before = new HashMap<>();
        for (Footnote note : from.footnotes()) {
            before.put(note.marker(), note.text());
        }
        List<EditOperation> out = new ArrayList<>();
        for (Footnote note : to.footnotes()) {
            String text = before.get(note.marker());
            if (text == null) {
                throw new IllegalArgumentException("footnote " + note.marker() + " is new; edit operations cannot add one");
            }
            if (!text.equals(note.text())) {
                out.add(new ReplaceFootnote(note.marker(), note.text()));
            }
        }
        return out;
    }

    /** Moves, inserts and deletes for one list whose owner is in both versions, then for its items. */
    private void list(Section section, String parent, List<String> older, List<String> newer) {
        Set<String> newerHere = new HashSet<>(newer);
        Set<String> stayed = DocumentDiffer.alignedIds(older, newer, newerHere);
        List<String> current = new ArrayList<>(older);
        String previous = null;
        for (String id : newer) {
            if (!old.contains(id)) {
                inserted(section, parent, previous, id);
                continue;
            }
            if (!stayed.contains(id)) {
                int at = current.indexOf(id);
                int wanted = previous == null ? 0 : current.indexOf(previous) + 1;
                if (at != wanted) {
                    current.remove(at);
                    current.add(previous == null ? 0 : current.indexOf(previous) + 1, id);
                    moves.add(new MoveParagraph(id, previous));
                }
            }
            previous = id;
        }
        boolean startsAfresh = parent != null && stayed.isEmpty() && !newer.isEmpty() && labelledAsNew(parent);
        for (String id : older) {
            if (!newerHere.contains(id)) {
                if (now.contains(id)) {
                    throw new IllegalArgumentException(describe(id) + " moved to another "
                            + (parent == null ? "section" : "paragraph or item") + "; edit operations cannot say so");
                }
                (startsAfresh ? firstDeletes : deletes).add(new DeleteParagraph(id));
            } else {
                list(section, id, old.children(id), now.children(id));
            }
        }
    }

    /** Whether the items of {@code parent} in the new version carry the labels of a new list. */
    private boolean labelledAsNew(String parent) {
        List<String> children = now.children(parent);
        List<String> labels = children.stream().map(now::label).toList();
        ItemLabels.Style fresh = ItemLabels.styleOf(List.of(), now.isParagraph(parent) ? null : now.label(parent));
        return labels.equals(ItemLabels.relabel(fresh, Collections.nCopies(labels.size(), null)));
    }

    private void inserted(Section section, String parent, String after, String id) {
        if (now.text(id).isBlank()) {
            throw new IllegalArgumentException("new " + describe(id) + " has no text; edit operations cannot "
                    + "insert one without text");
        }
        if (parent == null) {
            inserts.add(new InsertParagraph(section, after, now.text(id), id));
        } else {
            inserts.add(new InsertItem(parent, after, now.text(id), id));
        }
        for (String child : now.children(id)) {
            if (old.contains(child)) {
                throw new IllegalArgumentException(describe(child) + " moved into a new paragraph or item; edit "
                        + "operations cannot say so");
            }
            inserted(section, id, null, child);
        }
    }

    private void requireSameParent(String id) {
        if (!Objects.equals(old.parent(id), now.parent(id)) || old.section(id) != now.section(id)) {
            throw new IllegalArgumentException(describe(id) + " moved to another "
                    + (old.parent(id) == null ? "section" : "paragraph or item") + "; edit operations cannot say so");
        }
    }

    private String describe(String id) {
        boolean paragraph = old.contains(id) ? old.isParagraph(id) : now.isParagraph(id);
        return (paragraph ? "paragraph " : "item ") + id;
    }

    private static void requireSame(String what, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            throw new IllegalArgumentException("the " + what + " differs; edit operations cannot change it");
        }
    }

    /** Ids in reading order. */
    private static final class ReadingOrder {

        static List<String> ids(DraftDocument document) {
            List<String> out = new ArrayList<>();
            for (Section section : Section.values()) {
                for (Paragraph p : document.section(section)) {
                    out.add(p.id());
                    items(p.items(), out);
                }
            }
            return out;
        }

        private static void items(List<Item> items, List<String> out) {
            for (Item item : items) {
                out.add(item.id());
                items(item.items(), out);
            }
        }
    }
}
