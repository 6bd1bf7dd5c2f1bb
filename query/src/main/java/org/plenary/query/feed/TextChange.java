package org.plenary.query.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import org.plenary.shared.document.Section;

/**
 * One operation of an accepted amendment as a client applies it to the text it shows, without refetching:
 * the words deleted and inserted are spelled out, and for replacements the paragraph's whole new text.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
        @JsonSubTypes.Type(value = TextChange.ReplacedText.class, name = "replaceText"),
        @JsonSubTypes.Type(value = TextChange.InsertedParagraph.class, name = "insertParagraph"),
        @JsonSubTypes.Type(value = TextChange.DeletedParagraph.class, name = "deleteParagraph")
})
public sealed interface TextChange {

    /**
     * Characters [start, end) of the text before the amendment were replaced.
     *
     * @param newText the paragraph's (or item's) text after the whole amendment
     */
    @JsonTypeName("replaceText")
    record ReplacedText(String paragraphId, int start, int end, String deleted, String inserted, String newText)
            implements TextChange {
    }

    /** @param after the paragraph it follows; null when it became the first of its section */
    @JsonTypeName("insertParagraph")
    record InsertedParagraph(Section section, @JsonInclude(JsonInclude.Include.ALWAYS) String after,
                             String paragraphId, String text) implements TextChange {
    }

    @JsonTypeName("deleteParagraph")
    record DeletedParagraph(String paragraphId) implements TextChange {
    }
}
