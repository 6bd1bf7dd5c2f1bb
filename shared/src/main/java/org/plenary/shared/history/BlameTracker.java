package org.plenary.shared.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertItem;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.NodeIndex;
import org.plenary.shared.edit.ReplaceParagraph;
import org.plenary.shared.edit.ReplaceText;

/**
 * Word-level blame: follows a draft through its accepted amendments and remembers, for every character of every
 * paragraph and item, which amendment (or the original submission) put it there.
 *
 * <p>{@link #apply} has exactly the semantics of {@link DocumentEditor#apply}: it calls it, so an invalid amendment
 * throws its {@code EditException} and leaves the tracker unchanged. The characters a {@code ReplaceText} writes
 * get the amendment's attribution, even where they repeat the words they replace; the characters around keep
 * theirs. An inserted paragraph or item, and a paragraph replaced whole, is wholly the amendment's; a deleted one
 * disappears with its items; a move, a new title or a new footnote changes no attribution.
 *
 * <p>Each node's attribution is an immutable run list, replaced only when an amendment touches the node, so an
 * update costs O(runs of the touched node) on top of the edit itself and {@link #copy()} shares the run lists.
 * Not thread-safe.
 */
public final class BlameTracker {

    private DraftDocument document;
    private final Map<String, Runs> runs;

    public BlameTracker(DraftDocument initial, Attribution original) {
        Objects.requireNonNull(initial, "initial document");
        Objects.requireNonNull(original, "attribution of the original text");
        NodeIndex.of(initial); // rejects duplicate ids
        this.document = initial;
        this.runs = new HashMap<>();
        for (Section section : Section.values()) {
            for (Paragraph p : initial.section(section)) {
                runs.put(p.id(), Runs.of(p.text().length(), original));
                addItems(p.items(), original);
            }
        }
    }

    private BlameTracker(DraftDocument document, Map<String, Runs> runs) {
        this.document = document;
        this.runs = runs;
    }

    private void addItems(List<Item> items, Attribution original) {
        for (Item item : items) {
            runs.put(item.id(), Runs.of(item.text().length(), original));
            addItems(item.items(), original);
        }
    }

    /** Applies one accepted amendment, attributing the text it writes to {@code attribution}. */
    public void apply(List<EditOperation> operations, Attribution attribution) {
        Objects.requireNonNull(attribution, "attribution");
        DraftDocument next = DocumentEditor.apply(document, operations);
        Map<String, List<ReplaceText>> replacements = new HashMap<>();
        Set<String> deleted = new HashSet<>();
        for (EditOperation op : operations) {
            if (op instanceof ReplaceText replace) {
                replacements.computeIfAbsent(replace.paragraphId(), k -> new ArrayList<>()).add(replace);
            } else if (op instanceof InsertParagraph insert) {
                runs.put(insert.paragraphId(), Runs.of(insert.text().length(), attribution));
            } else if (op instanceof DeleteParagraph delete) {
                deleted.add(delete.paragraphId());
            } else if (op instanceof ReplaceParagraph replace) {
                runs.put(replace.paragraphId(), Runs.of(replace.text().length(), attribution));
            } else if (op instanceof InsertItem insert) {
                runs.put(insert.itemId(), Runs.of(insert.text().length(), attribution));
            }
        }
        for (Map.Entry<String, List<ReplaceText>> entry : replacements.entrySet()) {
            List<ReplaceText> sorted = new ArrayList<>(entry.getValue());
            sorted.sort(Comparator.comparingInt(ReplaceText::start));
            runs.put(entry.getKey(), runs.get(entry.getKey()).splice(sorted, attribution));
        }
        if (!deleted.isEmpty()) {
            removeSubtrees(deleted);
        }
        document = next;
    }

    private void removeSubtrees(Set<String> deleted) {
        for (Section section : Section.values()) {
            for (Paragraph p : document.section(section)) {
                boolean gone = deleted.contains(p.id());
                if (gone) {
                    runs.remove(p.id());
                }
                removeItems(p.items(), deleted, gone);
            }
        }
    }

    private void removeItems(List<Item> items, Set<String> deleted, boolean parentGone) {
        for (Item item : items) {
            boolean gone = parentGone || deleted.contains(item.id());
            if (gone) {
                runs.remove(item.id());
            }
            removeItems(item.items(), deleted, gone);
        }
    }

    /** The text after all amendments applied so far; equal to folding {@link DocumentEditor#apply} over them. */
    public DraftDocument document() {
        return document;
    }

    /**
     * For every paragraph and item, in reading order (preamble first, items after their parent): its spans in text
     * order, covering every character exactly once, with neighbouring spans of equal attribution merged. A node
     * with empty text has no spans.
     */
    public Map<String, List<BlameSpan>> blame() {
        Map<String, List<BlameSpan>> out = new LinkedHashMap<>();
        for (Section section : Section.values()) {
            for (Paragraph p : document.section(section)) {
                out.put(p.id(), spans(p.id(), p.text()));
                blameItems(p.items(), out);
            }
        }
        return out;
    }

    private void blameItems(List<Item> items, Map<String, List<BlameSpan>> out) {
        for (Item item : items) {
            out.put(item.id(), spans(item.id(), item.text()));
            blameItems(item.items(), out);
        }
    }

    /** The spans of one paragraph or item, or null when the document has no node {@code id}. */
    public List<BlameSpan> blame(String id) {
        Runs r = runs.get(id);
        if (r == null) {
            return null;
        }
        return spans(id, NodeIndex.of(document).text(id));
    }

    private List<BlameSpan> spans(String id, String text) {
        Runs r = runs.get(id);
        if (r == null || r.length() != text.length()) {
            throw new IllegalStateException("blame of " + id + " is out of step with its text"); // a bug, never input
        }
        List<BlameSpan> out = new ArrayList<>(r.ends.length);
        int start = 0;
        for (int i = 0; i < r.ends.length; i++) {
            int end = r.ends[i];
            out.add(new BlameSpan(start, end, text.substring(start, end), r.attributions[i]));
            start = end;
        }
        return out;
    }

    /** An independent tracker in the same state; applying amendments to either leaves the other alone. */
    public BlameTracker copy() {
        return new BlameTracker(document, new HashMap<>(runs));
    }

    /**
     * The attribution of one node's text as runs: run i covers [ends[i-1], ends[i]) (from 0 for the first).
     * Immutable; neighbouring runs never have equal attributions and no run is empty.
     */
    private static final class Runs {

        private static final Runs EMPTY = new Runs(new int[0], new Attribution[0]);

        final int[] ends;
        final Attribution[] attributions;

        private Runs(int[] ends, Attribution[] attributions) {
            this.ends = ends;
            this.attributions = attributions;
        }

        static Runs of(int length, Attribution attribution) {
            return length == 0 ? EMPTY : new Runs(new int[] {length}, new Attribution[] {attribution});
        }

        int length() {
            return ends.length == 0 ? 0 : ends[ends.length - 1];
        }

        /** The runs after the replacements (sorted, not overlapping, offsets in the current text). */
        Runs splice(List<ReplaceText> replacements, Attribution attribution) {
            Builder out = new Builder(ends.length + 2 * replacements.size());
            Cursor cursor = new Cursor();
            int position = 0;
            for (ReplaceText r : replacements) {
                copy(position, r.start(), cursor, out);
                out.add(r.text().length(), attribution);
                position = r.end();
            }
            copy(position, length(), cursor, out);
            return out.build();
        }

        private static final class Cursor {
            int run;
        }

        // Copies the runs over [from, to), cutting the first and last where they stick out.
        private void copy(int from, int to, Cursor cursor, Builder out) {
            while (cursor.run < ends.length && ends[cursor.run] <= from) {
                cursor.run++;
            }
            int position = from;
            while (position < to) {
                int end = Math.min(ends[cursor.run], to);
                out.add(end - position, attributions[cursor.run]);
                position = end;
                if (ends[cursor.run] <= position) {
                    cursor.run++;
                }
            }
        }
    }

    private static final class Builder {

        private int[] ends;
        private Attribution[] attributions;
        private int size;

        Builder(int capacity) {
            ends = new int[Math.max(capacity, 1)];
            attributions = new Attribution[ends.length];
        }

        void add(int length, Attribution attribution) {
            if (length == 0) {
                return;
            }
            int start = size == 0 ? 0 : ends[size - 1];
            if (size > 0 && attributions[size - 1].equals(attribution)) {
                ends[size - 1] = start + length;
                return;
            }
            if (size == ends.length) {
                ends = Arrays.copyOf(ends, size * 2);
                attributions = Arrays.copyOf(attributions, size * 2);
            }
            ends[size] = start + length;
            attributions[size] = attribution;
            size++;
        }

        Runs build() {
            return size == 0 ? Runs.EMPTY
                    : new Runs(Arrays.copyOf(ends, size), Arrays.copyOf(attributions, size));
        }
    }
}
