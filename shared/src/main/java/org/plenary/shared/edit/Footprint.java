package org.plenary.shared.edit;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Section;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one operation touches in its base text, for deciding whether two operations of different amendments
 * overlap ({@link Clash}): the paragraphs and items it edits or relies on, the range it replaces, what it deletes,
 * moves or replaces whole, where it places a paragraph or item, and the footnotes it touches.
 */
final class Footprint {

    final EditOperation op;
    /** Every existing node the operation edits, deletes, moves, or needs as anchor or parent. */
    final List<String> nodes = new ArrayList<>(2);
    String textNode;
    int start;
    int end;
    boolean whole;
    String deleted;
    String moved;
    /** Where a paragraph or item is placed: its list ("section:operative", "item:op2") and the sibling it follows. */
    String container;
    String anchor;
    boolean title;
    String noteReplaced;
    /** Footnote calls the operation removes and adds; empty (shared) until one is found, as in most operations. */
    Set<String> callsRemoved = Set.of();
    Set<String> callsAdded = Set.of();

    private static final Map<Section, String> SECTION_LISTS = new EnumMap<>(Section.class);

    static {
        for (Section section : Section.values()) {
            SECTION_LISTS.put(section, "section:" + section.json());
        }
    }

    /** "section:operative" …: the list a paragraph of {@code section} is placed in (built once, not per operation). */
    static String sectionList(Section section) {
        return section == null ? "section:null" : SECTION_LISTS.get(section);
    }

    private Footprint(EditOperation op) {
        this.op = op;
    }

    static Footprint of(EditOperation op, DraftDocument document, NodeIndex index) {
        Footprint f = new Footprint(op);
        if (op instanceof ReplaceText r) {
            f.text(r.paragraphId(), r.start(), r.end(), false);
            if (index.contains(r.paragraphId())) {
                f.removes(FootnoteCalls.in(index.text(r.paragraphId()).substring(r.start(), r.end())));
            }
            f.adds(FootnoteCalls.in(r.text()));
        } else if (op instanceof ReplaceParagraph r) {
            f.text(r.paragraphId(), 0, 0, true);
            if (index.contains(r.paragraphId())) {
                f.removes(FootnoteCalls.in(index.text(r.paragraphId())));
            }
            f.adds(FootnoteCalls.in(r.text()));
        } else if (op instanceof DeleteParagraph d) {
            f.deleted = d.paragraphId();
            f.nodes.add(d.paragraphId());
            for (String id : index.subtree(d.paragraphId())) {
                f.removes(FootnoteCalls.in(index.text(id)));
            }
        } else if (op instanceof InsertParagraph i) {
            f.place(sectionList(i.section()), i.after());
            f.adds(FootnoteCalls.in(i.text()));
        } else if (op instanceof InsertItem i) {
            f.nodes.add(i.parentId());
            f.place("item:" + i.parentId(), i.after());
            f.adds(FootnoteCalls.in(i.text()));
        } else if (op instanceof MoveParagraph m) {
            f.moved = m.paragraphId();
            f.nodes.add(m.paragraphId());
            String parent = index.contains(m.paragraphId()) ? index.parent(m.paragraphId()) : null;
            f.place(parent == null && index.contains(m.paragraphId())
                    ? sectionList(index.section(m.paragraphId())) : "item:" + parent, m.after());
        } else if (op instanceof ReplaceTitle t) {
            f.title = true;
            f.removes(FootnoteCalls.in(document.title()));
            f.adds(FootnoteCalls.in(t.text()));
        } else if (op instanceof ReplaceFootnote n) {
            f.noteReplaced = n.marker();
            for (Footnote note : document.footnotes()) {
                if (note.marker().equals(n.marker())) {
                    f.removes(FootnoteCalls.in(note.text()));
                }
            }
            f.adds(FootnoteCalls.in(n.text()));
        }
        return f;
    }

    private void removes(Set<String> calls) {
        callsRemoved = union(callsRemoved, calls);
    }

    private void adds(Set<String> calls) {
        callsAdded = union(callsAdded, calls);
    }

    private static Set<String> union(Set<String> kept, Set<String> more) {
        if (more.isEmpty()) {
            return kept;
        }
        if (kept.isEmpty()) {
            return more; // a new set of FootnoteCalls.in, or the other one given
        }
        Set<String> all = new LinkedHashSet<>(kept);
        all.addAll(more);
        return all;
    }

    private void text(String id, int from, int to, boolean all) {
        textNode = id;
        start = from;
        end = to;
        whole = all;
        nodes.add(id);
    }

    private void place(String list, String after) {
        container = list;
        anchor = after;
        if (after != null) {
            nodes.add(after);
        }
    }

    boolean isInsert() {
        return op instanceof InsertParagraph || op instanceof InsertItem;
    }

    /** The id of the paragraph or item an insert brings in; null for other operations. */
    String insertedId() {
        return op instanceof InsertParagraph i ? i.paragraphId() : op instanceof InsertItem i ? i.itemId() : null;
    }

    /** Whether the replaced range of this ReplaceText and another one in the same node overlap. */
    boolean rangeMeets(Footprint other) {
        if (start == end && other.start == other.end) {
            return start == other.start; // two insertions at one point: no order between them
        }
        return start < other.end && other.start < end;
    }
}
