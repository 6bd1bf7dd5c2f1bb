package org.plenary.shared.edit;

import org.plenary.shared.document.DraftDocument;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where an amendment touches a text, as keys: two amendments written against the same text can overlap
 * ({@link Overlaps}) only if they share a key — the top-level paragraph of everything they edit, delete, move,
 * insert after or into; the start of a section; the title; the footnotes (any edit that removes or adds a footnote
 * call, and any footnote replaced). A cheap filter before {@link Overlaps#between}, so a draft with hundreds of
 * pending amendments compares only those that may meet: never a missed overlap, sometimes a pair that does not.
 */
public final class Touches {

    private static final String NOTES = "#notes";

    private Touches() {
    }

    /** The keys of an amendment's operations on {@code base} (indexed by {@code index}). */
    public static Set<String> of(List<EditOperation> operations, DraftDocument base, NodeIndex index) {
        Set<String> keys = new HashSet<>();
        for (EditOperation op : operations) {
            if (op instanceof ReplaceFootnote) {
                keys.add(NOTES);
            } else if (op instanceof ReplaceTitle title) {
                keys.add("#title");
                if (FootnoteCalls.any(title.text()) || FootnoteCalls.any(base.title())) {
                    keys.add(NOTES);
                }
            } else if (op.target() != null) {
                keys.add(top(op.target(), index));
            } else if (op instanceof InsertParagraph insert) {
                keys.add("#start:" + insert.section());
            }
            if (op instanceof MoveParagraph move) {
                keys.add(move.after() == null && index.contains(move.paragraphId())
                        ? "#start:" + index.topLevelSection(move.paragraphId()) : top(move.after(), index));
            }
            if (op instanceof InsertItem insert && insert.parentId() != null) {
                keys.add(top(insert.parentId(), index));
            }
            if (touchesCalls(op, index)) {
                keys.add(NOTES);
            }
        }
        return keys;
    }

    private static boolean touchesCalls(EditOperation op, NodeIndex index) {
        if (op instanceof ReplaceText r) {
            String old = index.contains(r.paragraphId()) ? index.text(r.paragraphId()) : "";
            return FootnoteCalls.any(r.text())
                    || FootnoteCalls.any(old.substring(Math.min(r.start(), old.length()), Math.min(r.end(), old.length())));
        }
        if (op instanceof ReplaceParagraph r) {
            return FootnoteCalls.any(r.text()) || index.contains(r.paragraphId()) && FootnoteCalls.any(index.text(r.paragraphId()));
        }
        if (op instanceof DeleteParagraph d) {
            return index.contains(d.paragraphId())
                    && index.subtree(d.paragraphId()).stream().anyMatch(id -> FootnoteCalls.any(index.text(id)));
        }
        if (op instanceof InsertParagraph i) {
            return FootnoteCalls.any(i.text());
        }
        if (op instanceof InsertItem i) {
            return FootnoteCalls.any(i.text());
        }
        return false;
    }

    /** The paragraph an id belongs to; an id not in the text (inserted by an operation) as itself. */
    private static String top(String id, NodeIndex index) {
        if (id == null || !index.contains(id)) {
            return String.valueOf(id);
        }
        List<String> line = index.selfAndAncestors(id);
        return line.get(line.size() - 1);
    }
}
