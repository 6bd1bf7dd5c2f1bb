package org.plenary.shared.wording;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Objects;
import org.plenary.shared.document.Section;

/**
 * One edit of an amendment as a delegation words it: paragraphs addressed as printed in the draft the amendment
 * is to ("operative paragraph 3", "the second preambular paragraph", "2 (c)"), words by quotation. Resolved against
 * a draft's text by {@link Resolver} into edit operations.
 *
 * <p>Addresses: {@code section} "preamble" or "operative"; {@code number} the operative number or the place of a
 * preambular paragraph (2 for "the second preambular paragraph"); {@code item} the labels of a sub-item without
 * brackets joined by "." ("c", "c.ii"), a bullet written "-" and its place ("-2"), null for the paragraph itself.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
        @JsonSubTypes.Type(value = PrintedOperation.DeleteParagraph.class, name = "deleteParagraph"),
        @JsonSubTypes.Type(value = PrintedOperation.ReplaceParagraph.class, name = "replaceParagraph"),
        @JsonSubTypes.Type(value = PrintedOperation.InsertParagraph.class, name = "insertParagraph"),
        @JsonSubTypes.Type(value = PrintedOperation.InsertItem.class, name = "insertItem"),
        @JsonSubTypes.Type(value = PrintedOperation.MoveParagraph.class, name = "moveParagraph"),
        @JsonSubTypes.Type(value = PrintedOperation.ReplaceWords.class, name = "replaceWords"),
        @JsonSubTypes.Type(value = PrintedOperation.InsertWords.class, name = "insertWords"),
        @JsonSubTypes.Type(value = PrintedOperation.ReplaceTitle.class, name = "replaceTitle"),
        @JsonSubTypes.Type(value = PrintedOperation.ReplaceFootnote.class, name = "replaceFootnote")
})
public sealed interface PrintedOperation {

    /** "Delete operative paragraph 4", "Delete paragraph 2 (c)". */
    record DeleteParagraph(Section section, int number, String item) implements PrintedOperation {
    }

    /** "Operative paragraph 6 should read: …" (the whole text; sub-items stay). */
    record ReplaceParagraph(Section section, int number, String item, String text) implements PrintedOperation {
    }

    /**
     * "After the second preambular paragraph, insert the following paragraph: …"; {@code after} null for the top
     * of the section; {@code items} the new paragraph's own sub-items, if any.
     */
    record InsertParagraph(Section section, Integer after, String text, List<NewItem> items)
            implements PrintedOperation {

        public InsertParagraph {
            items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
        }
    }

    /**
     * "In operative paragraph 2, after subparagraph (b), insert the following subparagraph: …": a sub-item of the
     * paragraph or item addressed by {@code section}, {@code number}, {@code item}, placed after its sub-item
     * {@code after} (a label without brackets, "-2" for a bullet) or first when null.
     */
    record InsertItem(Section section, int number, String item, String after, String text, List<NewItem> items)
            implements PrintedOperation {

        public InsertItem {
            items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
        }
    }

    /**
     * "Move operative paragraph 5 to follow operative paragraph 2": {@code after} the paragraph number it is to
     * follow, or for a sub-item {@code afterItem} the label of the sibling it is to follow; both null for first.
     */
    record MoveParagraph(Section section, int number, String item, Integer after, String afterItem)
            implements PrintedOperation {
    }

    /**
     * "Replace the words “possible” with “concrete”" ({@code text} "" deletes). Which occurrence of {@code find}: the
     * first after the words {@code after}, the last before the words {@code before}, or the {@code occurrence}-th
     * (1 for the first); otherwise it must occur once. With an anchor, {@code occurrence} says which occurrence of
     * the anchor is meant. {@code find} null means "the existing text" after (or before) the anchor.
     */
    record ReplaceWords(Section section, int number, String item, String find, String text, String after,
                        String before, Integer occurrence) implements PrintedOperation {
    }

    /**
     * "After the word “Council”, insert the words “…”": after (or before) the words {@code after} ({@code before}),
     * or {@code at} "start" or "end" of the paragraph; {@code occurrence} says which occurrence of the anchor.
     */
    record InsertWords(Section section, int number, String item, String after, String before, String at,
                       Integer occurrence, String text) implements PrintedOperation {
    }

    /** "Replace the title with: …". */
    record ReplaceTitle(String text) implements PrintedOperation {
    }

    /** "Replace footnote 1 with: …". */
    record ReplaceFootnote(String marker, String text) implements PrintedOperation {
    }

    /** A sub-item of a new paragraph or item, with its own sub-items. */
    record NewItem(String text, List<NewItem> items) {

        public NewItem {
            items = List.copyOf(Objects.requireNonNullElse(items, List.of()));
        }
    }
}
