package org.plenary.shared.history;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * How one paragraph or item differs between two versions of a draft.
 *
 * @param id         the stable id of the paragraph or item
 * @param section    "preamble", "operative" or "item" (the section of the newer version when it has the node)
 * @param status     what happened to it
 * @param fromNumber in the older version: the operative number, the preambular ordinal (1 for the first preambular
 *                   paragraph) or, for an item, its position among its siblings; null when it was absent
 * @param toNumber   the same in the newer version; null when it is absent there
 * @param parentId   for an item the id of the paragraph or item that holds it (in the newer version when it has
 *                   the item), else null
 * @param oldText    the text in the older version, null when absent
 * @param newText    the text in the newer version, null when absent
 * @param changes    word-level changes from oldText to newText: EQUAL and DELETE texts concatenate to oldText,
 *                   EQUAL and INSERT texts to newText (an absent text counts as empty)
 * @param label      for an item its label as printed, "(a)", "(ii)" or "-" (newer version first), else null
 */
public record ParagraphDiff(String id, String section, Status status, Integer fromNumber, Integer toNumber,
                            String parentId, String oldText, String newText, List<WordChange> changes, String label) {

    /**
     * ADDED and DELETED compare ids, not texts: a paragraph deleted and re-inserted by an amendment gets a new id,
     * so it shows as one DELETED and one ADDED paragraph. MOVED means the order relative to its siblings changed
     * (or it changed section or parent); being renumbered because of inserts or deletes around it is not a move.
     */
    public enum Status { ADDED, DELETED, MOVED, CHANGED, MOVED_AND_CHANGED, UNCHANGED }

    public static final String PREAMBLE = "preamble";
    public static final String OPERATIVE = "operative";
    public static final String ITEM = "item";

    public ParagraphDiff {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        changes = List.copyOf(Objects.requireNonNullElse(changes, List.of()));
    }

    public ParagraphDiff(String id, String section, Status status, Integer fromNumber, Integer toNumber,
            String parentId, String oldText, String newText, List<WordChange> changes) {
        this(id, section, status, fromNumber, toNumber, parentId, oldText, newText, changes, null);
    }

    /** True for a sub-item, false for a preambular or operative paragraph. */
    @JsonIgnore
    public boolean isItem() {
        return ITEM.equals(section);
    }

    /** True for MOVED and MOVED_AND_CHANGED. */
    @JsonIgnore
    public boolean moved() {
        return status == Status.MOVED || status == Status.MOVED_AND_CHANGED;
    }
}
