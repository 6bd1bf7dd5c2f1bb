package org.plenary.command.draft;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.edit.EditOperation;

import java.util.List;

/**
 * A part of the draft whose state is anchored in the text (pending amendments, brackets …) and must follow it when
 * the text changes: it applies its own follow-up events (moved, overtaken, lapsed …) in the same command, right
 * after the text-changing event, so the log says how it followed.
 */
interface FollowsText {

    /**
     * @param before  the text as it was before the change
     * @param applied the operations that changed it (addressed to {@code before})
     * @param source  what changed it, as delegations name it ("A3", "Rev.1", "oral revision" …)
     */
    void followText(DraftDocument before, List<EditOperation> applied, String source);
}
