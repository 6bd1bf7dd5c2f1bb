package org.plenary.shared.draft;

import org.plenary.shared.edit.EditOperation;

import java.util.List;

/**
 * An event that changes the draft's text by its operations (an accepted amendment; later a revision, an oral
 * revision …). The aggregate and every projection apply them the same way, with the pure engine, in event order.
 */
public interface TextChangingEvent {

    /** The operations, addressed to the text as it stood just before this event. */
    List<EditOperation> operations();

    /** What made the change, as delegations name it: an amendment id ("A3"); later a revision ("Rev.1") … */
    String source();

    /**
     * Whether the change reissues the text (a revision, Rev.N): a pending amendment whose words it changed then
     * lapses, rather than being overtaken and revisable on the same text.
     */
    default boolean reissuesText() {
        return false;
    }
}
