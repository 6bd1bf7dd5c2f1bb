package org.plenary.shared.edit;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One instruction of an amendment. Offsets and ids refer to the draft version the amendment was
 * written against.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ReplaceText.class, name = "replaceText"),
        @JsonSubTypes.Type(value = InsertParagraph.class, name = "insertParagraph"),
        @JsonSubTypes.Type(value = DeleteParagraph.class, name = "deleteParagraph")
})
public sealed interface EditOperation permits ReplaceText, InsertParagraph, DeleteParagraph {

    /** The id of the existing paragraph or item this operation depends on; null for an insert at the top. */
    String target();
}
