package org.plenary.shared.history;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * The differences between two versions of a draft.
 *
 * @param paragraphs every paragraph and item id of either version exactly once, in reading order: the newer
 *                   version's order, with deleted ones placed where they stood; items follow the paragraph or item
 *                   that holds them
 * @param fields     changed fields outside the paragraphs, in a fixed order: "title", "subject", "kind", "symbol",
 *                   "sponsors" (the names joined by ", "), "sponsorsNote", "adoption", "header.&lt;field&gt;",
 *                   "footnote.&lt;marker&gt;", "closing" (lines joined by "\n")
 */
public record DocumentDiff(List<ParagraphDiff> paragraphs, List<FieldChange> fields) {

    /** A changed field; a value is null when the field is absent in that version. */
    public record FieldChange(String field, String oldValue, String newValue) {
    }

    public DocumentDiff {
        paragraphs = List.copyOf(Objects.requireNonNullElse(paragraphs, List.of()));
        fields = List.copyOf(Objects.requireNonNullElse(fields, List.of()));
    }

    /** True when the two versions read the same: no field changed, every paragraph UNCHANGED. */
    @JsonIgnore
    public boolean isEmpty() {
        return fields.isEmpty() && paragraphs.stream().allMatch(p -> p.status() == ParagraphDiff.Status.UNCHANGED);
    }

    /** The paragraphs that are not UNCHANGED. */
    @JsonIgnore
    public List<ParagraphDiff> changed() {
        return paragraphs.stream().filter(p -> p.status() != ParagraphDiff.Status.UNCHANGED).toList();
    }

    /** The entry for {@code id}, or null. */
    public ParagraphDiff paragraph(String id) {
        for (ParagraphDiff p : paragraphs) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return null;
    }
}
