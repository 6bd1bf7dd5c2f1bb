package org.plenary.shared.edit;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One instruction of an amendment. Offsets and ids refer to the draft version the amendment was
 * written against; how the operations of one amendment combine is described on {@link DocumentEditor}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ReplaceText.class, name = "replaceText"),
        @JsonSubTypes.Type(value = InsertParagraph.class, name = "insertParagraph"),
        @JsonSubTypes.Type(value = DeleteParagraph.class, name = "deleteParagraph"),
        @JsonSubTypes.Type(value = ReplaceParagraph.class, name = "replaceParagraph"),
        @JsonSubTypes.Type(value = MoveParagraph.class, name = "moveParagraph"),
        @JsonSubTypes.Type(value = InsertItem.class, name = "insertItem"),
        @JsonSubTypes.Type(value = ReplaceTitle.class, name = "replaceTitle"),
        @JsonSubTypes.Type(value = ReplaceFootnote.class, name = "replaceFootnote")
})
public sealed interface EditOperation permits ReplaceText, InsertParagraph, DeleteParagraph, ReplaceParagraph,
        MoveParagraph, InsertItem, ReplaceTitle, ReplaceFootnote {

    /** The id of the existing paragraph or item this operation depends on; null for an insert at the top. */
    String target();
}
