package org.plenary.query.feed;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.NodeIndex;
import org.plenary.shared.edit.ReplaceParagraph;
import org.plenary.shared.edit.ReplaceText;

import java.util.ArrayList;
import java.util.List;

/**
 * Describes the operations of an accepted amendment (or a chosen alternative: a whole paragraph replaced, told as
 * its text replaced from start to end) against the text they were applied to. The operations
 * of an {@code AmendmentAcceptedEvent} refer to the draft as it was just before the event (the aggregate
 * validates them against that text), so "deleted" is read from that text, never from the text after.
 */
public final class TextChangeBuilder {

    /** The changes, and the document after them (so callers need not apply the amendment twice). */
    public record Described(List<TextChange> changes, DraftDocument after) {
    }

    private TextChangeBuilder() {
    }

    public static Described describe(DraftDocument before, List<EditOperation> operations) {
        if (operations.isEmpty()) {
            return new Described(List.of(), before); // a revision reissuing the text as it stood
        }
        DraftDocument after = DocumentEditor.apply(before, operations);
        NodeIndex old = NodeIndex.of(before);
        NodeIndex now = NodeIndex.of(after);
        List<TextChange> changes = new ArrayList<>(operations.size());
        for (EditOperation op : operations) {
            if (op instanceof ReplaceText replace) {
                String id = replace.paragraphId();
                changes.add(new TextChange.ReplacedText(id, replace.start(), replace.end(),
                        old.text(id).substring(replace.start(), replace.end()), replace.text(), now.text(id)));
            } else if (op instanceof InsertParagraph insert) {
                changes.add(new TextChange.InsertedParagraph(insert.section(), insert.after(), insert.paragraphId(),
                        insert.text()));
            } else if (op instanceof DeleteParagraph delete) {
                changes.add(new TextChange.DeletedParagraph(delete.paragraphId()));
            } else if (op instanceof ReplaceParagraph replace) { // the whole text replaced: its sub-items stay
                String id = replace.paragraphId();
                changes.add(new TextChange.ReplacedText(id, 0, old.text(id).length(), old.text(id), replace.text(),
                        now.text(id)));
            }
        }
        return new Described(List.copyOf(changes), after);
    }
}
