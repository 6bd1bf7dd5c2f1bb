package org.plenary.shared.edit;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the operations of one amendment to a document. Pure: the input is never changed.
 *
 * <p>All offsets and ids of one amendment refer to the same base text, so text operations do not see each
 * other's effects: text replacements in one paragraph must not overlap, a paragraph is either replaced whole or
 * edited by ranges, and no operation may touch a paragraph that another operation of the same amendment
 * deletes. The amendment is applied in this order: every text change (replaceText, replaceParagraph,
 * replaceTitle, replaceFootnote); then inserts, moves and deletes in the order given (an insert after a moved
 * paragraph follows it to its new place; several inserts after the same paragraph keep their order; an item may
 * be inserted into a paragraph or item inserted earlier in the list). The order of inserts and deletes matters
 * only for labels: items inserted into a list after its last item was deleted are labelled as a new list. Item
 * labels of every list that gained, lost or reordered items are recomputed ({@link ItemLabels}); a footnote whose
 * last call was deleted is deleted too ({@link FootnoteCalls}).
 */
public final class DocumentEditor {

    private DocumentEditor() {
    }

    /** Checks that {@code operations} apply to {@code document}; throws {@link EditException} saying why not. */
    public static void validate(DraftDocument document, List<EditOperation> operations) {
        apply(document, operations);
    }

    /**
     * Returns the document with all operations applied, or throws {@link EditException}. Words replaced in paragraphs,
     * the most common amendment, are applied without an index of the whole text ({@link TextReplacements}).
     */
    public static DraftDocument apply(DraftDocument document, List<EditOperation> operations) {
        DraftDocument replaced = TextReplacements.applyOrNull(document, operations);
        return replaced != null ? replaced : apply(document, NodeIndex.of(document), operations);
    }

    /**
     * The same with an index of {@code document} built once by the caller, for callers that check many
     * amendments against one text.
     */
    public static DraftDocument apply(DraftDocument document, NodeIndex index, List<EditOperation> operations) {
        AmendmentPlan plan = AmendmentPlan.of(document, index, operations);
        WorkingTree tree = new WorkingTree(document, index);
        Set<String> lostCalls = new LinkedHashSet<>();
        for (Map.Entry<String, List<ReplaceText>> entry : plan.replacements.entrySet()) {
            String old = index.text(entry.getKey());
            tree.setText(entry.getKey(), splice(old, entry.getValue(), lostCalls));
        }
        for (Map.Entry<String, String> entry : plan.paragraphTexts.entrySet()) {
            lostCalls.addAll(FootnoteCalls.in(index.text(entry.getKey())));
            tree.setText(entry.getKey(), entry.getValue());
        }
        Set<String> relabel = new LinkedHashSet<>();
        for (EditOperation op : plan.structure) {
            if (op instanceof InsertParagraph insert) {
                tree.insertParagraph(insert.section(), insert.after(), insert.paragraphId(), insert.text());
            } else if (op instanceof InsertItem insert) {
                tree.insertItem(insert.parentId(), insert.after(), insert.itemId(), insert.text());
                relabel.add(insert.parentId());
            } else if (op instanceof MoveParagraph move) {
                tree.move(move.paragraphId(), move.after());
                if (!index.isParagraph(move.paragraphId())) {
                    relabel.add(index.parent(move.paragraphId()));
                }
            } else if (op instanceof DeleteParagraph delete) {
                String id = delete.paragraphId();
                for (String gone : index.subtree(id)) {
                    lostCalls.addAll(FootnoteCalls.in(index.text(gone)));
                }
                tree.delete(id);
                if (!index.isParagraph(id)) {
                    relabel.add(index.parent(id));
                }
            }
        }
        relabel.forEach(tree::relabel);
        DraftDocument result = tree.build();
        if (plan.title != null) {
            lostCalls.addAll(FootnoteCalls.in(document.title()));
            result = result.withTitle(plan.title);
        }
        if (!plan.footnotes.isEmpty()) {
            result = result.withFootnotes(replaceNotes(document.footnotes(), plan.footnotes, lostCalls));
        }
        if (!lostCalls.isEmpty()) {
            result = FootnoteCalls.dropUncalled(result, lostCalls);
            requireReplacedNotesKept(result, plan.footnotes.keySet());
        }
        return result;
    }

    // Replacements were checked not to overlap; applied from the right so the base offsets stay valid.
    private static String splice(String text, List<ReplaceText> sorted, Set<String> lostCalls) {
        StringBuilder out = new StringBuilder(text);
        for (int i = sorted.size() - 1; i >= 0; i--) {
            ReplaceText r = sorted.get(i);
            lostCalls.addAll(FootnoteCalls.in(text.substring(r.start(), r.end())));
            out.replace(r.start(), r.end(), r.text());
        }
        return out.toString();
    }

    private static List<Footnote> replaceNotes(List<Footnote> notes, Map<String, String> texts, Set<String> lostCalls) {
        List<Footnote> out = new ArrayList<>(notes.size());
        for (Footnote note : notes) {
            String text = texts.get(note.marker());
            if (text != null) {
                lostCalls.addAll(FootnoteCalls.in(note.text()));
            }
            out.add(text == null ? note : new Footnote(note.marker(), text));
        }
        return out;
    }

    private static void requireReplacedNotesKept(DraftDocument result, Set<String> replaced) {
        for (String marker : replaced) {
            if (result.footnotes().stream().noneMatch(f -> f.marker().equals(marker))) {
                throw new EditException("footnote " + marker + " is replaced, but the same amendment deletes its "
                        + "last call");
            }
        }
    }
}
