package org.plenary.shared.edit;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations of one amendment, checked against the base text and grouped the way {@link DocumentEditor}
 * applies them. Every refusal is an {@link EditException} whose message names the operation and the id.
 */
final class AmendmentPlan {

    /** The order in which the replacements of one text are checked for overlaps and applied. */
    static final Comparator<ReplaceText> BY_RANGE = Comparator.comparingInt(ReplaceText::start)
            .thenComparingInt(ReplaceText::end);

    final Map<String, List<ReplaceText>> replacements = new LinkedHashMap<>();
    final Map<String, String> paragraphTexts = new LinkedHashMap<>();
    final Map<String, String> footnotes = new LinkedHashMap<>();
    /** Inserts, moves and deletes in the order given. */
    final List<EditOperation> structure = new ArrayList<>();
    final Set<String> deleted = new LinkedHashSet<>();
    String title;

    private final DraftDocument document;
    private final NodeIndex index;
    private final Set<String> inserted = new HashSet<>();
    private final Set<String> moved = new HashSet<>();

    private AmendmentPlan(DraftDocument document, NodeIndex index) {
        this.document = document;
        this.index = index;
    }

    static AmendmentPlan of(DraftDocument document, NodeIndex index, List<EditOperation> operations) {
        if (operations == null || operations.isEmpty()) {
            throw new EditException("an amendment needs at least one operation");
        }
        AmendmentPlan plan = new AmendmentPlan(document, index);
        for (EditOperation op : operations) {
            if (op instanceof DeleteParagraph delete) {
                plan.requireNode(delete.paragraphId(), "deleteParagraph");
                if (!plan.deleted.add(delete.paragraphId())) {
                    throw new EditException("paragraph " + delete.paragraphId() + " is deleted twice");
                }
            }
        }
        for (EditOperation op : operations) {
            plan.add(op);
        }
        plan.checkReplacements();
        return plan;
    }

    private void add(EditOperation op) {
        if (op instanceof ReplaceText replace) {
            checkReplace(replace);
            requireNotDeleted(replace.paragraphId());
            replacements.computeIfAbsent(replace.paragraphId(), k -> new ArrayList<>()).add(replace);
        } else if (op instanceof InsertParagraph insert) {
            checkInsert(insert);
            if (insert.after() != null) {
                requireNotDeleted(insert.after());
            }
            requireFreshId(insert.paragraphId(), "paragraph");
            structure.add(insert);
        } else if (op instanceof DeleteParagraph delete) {
            requireNotDeletedByOther(delete.paragraphId());
            structure.add(delete);
        } else if (op instanceof ReplaceParagraph replace) {
            checkReplaceParagraph(replace);
        } else if (op instanceof MoveParagraph move) {
            checkMove(move);
            structure.add(move);
        } else if (op instanceof InsertItem insert) {
            checkInsertItem(insert);
            structure.add(insert);
        } else if (op instanceof ReplaceTitle replace) {
            TextRules.requireText(replace.text(), "replaceTitle");
            if (title != null) {
                throw new EditException("the title is replaced twice");
            }
            if (replace.text().equals(document.title())) {
                throw new EditException("replaceTitle changes nothing");
            }
            title = replace.text();
        } else if (op instanceof ReplaceFootnote replace) {
            checkFootnote(replace);
        } else {
            throw new EditException("an operation is missing");
        }
    }

    private void requireNode(String id, String op) {
        if (id == null || id.isBlank()) {
            throw new EditException(op + " needs a paragraphId");
        }
        if (!index.contains(id)) {
            throw new EditException("no paragraph or item with id " + id);
        }
    }

    private void requireNotDeleted(String id) {
        for (String ancestor : index.selfAndAncestors(id)) {
            if (deleted.contains(ancestor)) {
                throw new EditException("paragraph " + id + " is deleted by the same amendment");
            }
        }
    }

    private void requireNotDeletedByOther(String id) {
        for (String ancestor : index.selfAndAncestors(id)) {
            if (!ancestor.equals(id) && deleted.contains(ancestor)) {
                throw new EditException("paragraph " + id + " is deleted by the same amendment");
            }
        }
    }

    private void checkReplace(ReplaceText replace) {
        requireNode(replace.paragraphId(), "replaceText");
        String problem = problem(replace, index.text(replace.paragraphId()));
        if (problem != null) {
            throw new EditException(problem);
        }
    }

    /**
     * Why {@code replace} cannot apply to {@code text}, the text of its paragraph or item, or null when it can (the
     * checks of one replacement alone; {@link TextReplacements} asks them too).
     */
    static String problem(ReplaceText replace, String text) {
        if (replace.start() < 0 || replace.end() < replace.start() || replace.end() > text.length()) {
            return "range [" + replace.start() + ", " + replace.end() + ") is outside the text of "
                    + replace.paragraphId() + " (length " + text.length() + ")";
        }
        if (splitsSurrogate(text, replace.start()) || splitsSurrogate(text, replace.end())) {
            return "range [" + replace.start() + ", " + replace.end() + ") splits a character";
        }
        String unclean = TextRules.problem(replace.text());
        if (unclean != null) {
            return unclean;
        }
        if (replace.start() == replace.end() && replace.text().isEmpty()) {
            return "replaceText on " + replace.paragraphId() + " changes nothing";
        }
        return null;
    }

    private void checkInsert(InsertParagraph insert) {
        if (insert.section() == null) {
            throw new EditException("insertParagraph needs a section: \"preamble\" or \"operative\"");
        }
        TextRules.requireText(insert.text(), "insertParagraph");
        if (insert.after() != null) {
            Section section = index.topLevelSection(insert.after());
            if (section == null) {
                throw new EditException("no " + insert.section().json() + " paragraph with id " + insert.after());
            }
            if (section != insert.section()) {
                throw new EditException("paragraph " + insert.after() + " is in the " + section.json()
                        + ", not in the " + insert.section().json());
            }
        }
    }

    private void checkReplaceParagraph(ReplaceParagraph replace) {
        requireNode(replace.paragraphId(), "replaceParagraph");
        TextRules.requireText(replace.text(), "replaceParagraph");
        requireNotDeleted(replace.paragraphId());
        if (paragraphTexts.containsKey(replace.paragraphId())) {
            throw new EditException("paragraph " + replace.paragraphId() + " is replaced twice");
        }
        if (replace.text().equals(index.text(replace.paragraphId()))) {
            throw new EditException("replaceParagraph on " + replace.paragraphId() + " changes nothing");
        }
        paragraphTexts.put(replace.paragraphId(), replace.text());
    }

    private void checkMove(MoveParagraph move) {
        String id = move.paragraphId();
        requireNode(id, "moveParagraph");
        String after = move.after();
        if (after != null) {
            if (!index.contains(after)) {
                throw new EditException("no paragraph or item with id " + after);
            }
            if (after.equals(id)) {
                throw new EditException("paragraph " + id + " cannot move after itself");
            }
            String parent = index.parent(id);
            if (parent == null && index.parent(after) == null && index.section(id) != index.section(after)) {
                throw new EditException("paragraph " + id + " can only move within the " + index.section(id).json()
                        + "; " + after + " is in the " + index.section(after).json());
            }
            if (parent == null && index.parent(after) != null) {
                throw new EditException("paragraph " + id + " can only move among the paragraphs of the "
                        + index.section(id).json() + "; " + after + " is an item");
            }
            if (parent != null && !parent.equals(index.parent(after))) {
                throw new EditException("item " + id + " can only move among the items of " + parent + "; "
                        + after + " is not one of them");
            }
            requireNotDeleted(after);
        }
        requireNotDeleted(id);
        if (!moved.add(id)) {
            throw new EditException("paragraph " + id + " is moved twice");
        }
    }

    private void checkInsertItem(InsertItem insert) {
        String parent = insert.parentId();
        if (parent == null || parent.isBlank()) {
            throw new EditException("insertItem needs a parentId");
        }
        if (!index.contains(parent) && !inserted.contains(parent)) {
            throw new EditException("no paragraph or item with id " + parent);
        }
        TextRules.requireText(insert.text(), "insertItem");
        if (insert.after() != null && (!index.contains(insert.after())
                || !parent.equals(index.parent(insert.after())))) {
            throw new EditException("item " + insert.after() + " is not an item of " + parent);
        }
        if (index.contains(parent)) {
            requireNotDeleted(parent);
        }
        if (insert.after() != null) {
            requireNotDeleted(insert.after());
        }
        requireFreshId(insert.itemId(), "item");
    }

    private void checkFootnote(ReplaceFootnote replace) {
        if (replace.marker() == null || replace.marker().isBlank()) {
            throw new EditException("replaceFootnote needs a marker");
        }
        Footnote note = document.footnotes().stream().filter(f -> replace.marker().equals(f.marker()))
                .findFirst().orElseThrow(() -> new EditException("no footnote with marker " + replace.marker()));
        TextRules.requireText(replace.text(), "replaceFootnote");
        if (footnotes.containsKey(replace.marker())) {
            throw new EditException("footnote " + replace.marker() + " is replaced twice");
        }
        if (replace.text().equals(note.text())) {
            throw new EditException("replaceFootnote on footnote " + replace.marker() + " changes nothing");
        }
        footnotes.put(replace.marker(), replace.text());
    }

    // A reused id would make the result unreadable (NodeIndex rejects duplicates) and a later delete of one
    // paragraph would remove both.
    private void requireFreshId(String id, String what) {
        if (id == null || id.isBlank()) {
            throw new EditException("inserted " + what + " has no id");
        }
        if (index.contains(id)) {
            throw new EditException("id " + id + " of the inserted " + what + " is already used in the document");
        }
        if (!inserted.add(id)) {
            throw new EditException("id " + id + " is given to two inserted " + what + "s");
        }
    }

    private void checkReplacements() {
        for (Map.Entry<String, List<ReplaceText>> entry : replacements.entrySet()) {
            if (paragraphTexts.containsKey(entry.getKey())) {
                throw new EditException("paragraph " + entry.getKey()
                        + " is replaced and also changed by replaceText in the same amendment");
            }
            List<ReplaceText> sorted = entry.getValue();
            sorted.sort(BY_RANGE);
            for (int i = 1; i < sorted.size(); i++) {
                ReplaceText previous = sorted.get(i - 1);
                ReplaceText current = sorted.get(i);
                if (overlap(previous, current)) {
                    throw new EditException("replacements [" + previous.start() + ", " + previous.end() + ") and ["
                            + current.start() + ", " + current.end() + ") in " + current.paragraphId() + " overlap");
                }
            }
        }
    }

    /** Whether two replacements of one text, {@code previous} first in {@link #BY_RANGE}, overlap. */
    static boolean overlap(ReplaceText previous, ReplaceText current) {
        return current.start() < previous.end() || current.start() == previous.start();
    }

    private static boolean splitsSurrogate(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }
}
