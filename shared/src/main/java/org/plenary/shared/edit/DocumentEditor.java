package org.plenary.shared.edit;

import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Applies the operations of one amendment to a document. Pure: the input is never changed.
 *
 * <p>All offsets and ids of one amendment refer to the same base text, so operations do not see each
 * other's effects: text replacements in one paragraph must not overlap, and no operation may depend on
 * a paragraph that another operation of the same amendment deletes. Several inserts after the same
 * paragraph keep their order.
 */
public final class DocumentEditor {

    private DocumentEditor() {
    }

    /** Checks that {@code operations} apply to {@code document}; throws {@link EditException} saying why not. */
    public static void validate(DraftDocument document, List<EditOperation> operations) {
        apply(document, operations);
    }

    /** Returns the document with all operations applied, or throws {@link EditException}. */
    public static DraftDocument apply(DraftDocument document, List<EditOperation> operations) {
        if (operations == null || operations.isEmpty()) {
            throw new EditException("an amendment needs at least one operation");
        }
        NodeIndex index = NodeIndex.of(document);
        Set<String> deleted = new HashSet<>();
        for (EditOperation op : operations) {
            if (op instanceof DeleteParagraph delete) {
                requireNode(index, delete.paragraphId(), "deleteParagraph");
                if (!deleted.add(delete.paragraphId())) {
                    throw new EditException("paragraph " + delete.paragraphId() + " is deleted twice");
                }
            }
        }
        Map<String, List<ReplaceText>> replacements = new HashMap<>();
        List<InsertParagraph> inserts = new ArrayList<>();
        Set<String> insertedIds = new HashSet<>();
        for (EditOperation op : operations) {
            if (op instanceof ReplaceText replace) {
                checkReplace(index, replace);
                requireNotDeleted(index, deleted, replace.paragraphId());
                replacements.computeIfAbsent(replace.paragraphId(), k -> new ArrayList<>()).add(replace);
            } else if (op instanceof InsertParagraph insert) {
                checkInsert(index, insert);
                if (insert.after() != null) {
                    requireNotDeleted(index, deleted, insert.after());
                }
                requireFreshId(index, insertedIds, insert.paragraphId());
                inserts.add(insert);
            } else if (op instanceof DeleteParagraph delete) {
                requireNotDeleted(index, withoutSelf(deleted, delete), delete.paragraphId());
            } else {
                throw new EditException("an operation is missing");
            }
        }
        DraftDocument result = document;
        for (Map.Entry<String, List<ReplaceText>> entry : replacements.entrySet()) {
            String newText = replaceAll(index.text(entry.getKey()), entry.getValue());
            result = mapNode(result, entry.getKey(), text -> newText);
        }
        result = insertAll(result, inserts);
        for (String id : deleted) {
            result = delete(result, id);
        }
        return result;
    }

    private static Set<String> withoutSelf(Set<String> deleted, DeleteParagraph delete) {
        Set<String> others = new HashSet<>(deleted);
        others.remove(delete.paragraphId());
        return others;
    }

    private static void requireNode(NodeIndex index, String id, String op) {
        if (id == null || id.isBlank()) {
            throw new EditException(op + " needs a paragraphId");
        }
        if (!index.contains(id)) {
            throw new EditException("no paragraph or item with id " + id);
        }
    }

    private static void requireNotDeleted(NodeIndex index, Set<String> deleted, String id) {
        for (String ancestor : index.selfAndAncestors(id)) {
            if (deleted.contains(ancestor)) {
                throw new EditException("paragraph " + id + " is deleted by the same amendment");
            }
        }
    }

    private static void checkReplace(NodeIndex index, ReplaceText replace) {
        requireNode(index, replace.paragraphId(), "replaceText");
        String text = index.text(replace.paragraphId());
        if (replace.start() < 0 || replace.end() < replace.start() || replace.end() > text.length()) {
            throw new EditException("range [" + replace.start() + ", " + replace.end() + ") is outside the text of "
                    + replace.paragraphId() + " (length " + text.length() + ")");
        }
        if (splitsSurrogate(text, replace.start()) || splitsSurrogate(text, replace.end())) {
            throw new EditException("range [" + replace.start() + ", " + replace.end() + ") splits a character");
        }
        requireSingleLine(replace.text());
        if (replace.start() == replace.end() && replace.text().isEmpty()) {
            throw new EditException("replaceText on " + replace.paragraphId() + " changes nothing");
        }
    }

    private static void checkInsert(NodeIndex index, InsertParagraph insert) {
        if (insert.section() == null) {
            throw new EditException("insertParagraph needs a section: \"preamble\" or \"operative\"");
        }
        if (insert.text() == null || insert.text().isBlank()) {
            throw new EditException("insertParagraph needs a non-empty text");
        }
        requireSingleLine(insert.text());
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

    // A reused id would make the result unreadable (NodeIndex rejects duplicates) and a later delete of one
    // paragraph would remove both.
    private static void requireFreshId(NodeIndex index, Set<String> insertedIds, String id) {
        if (id == null || id.isBlank()) {
            throw new EditException("inserted paragraph has no id");
        }
        if (index.contains(id)) {
            throw new EditException("id " + id + " of the inserted paragraph is already used in the document");
        }
        if (!insertedIds.add(id)) {
            throw new EditException("id " + id + " is given to two inserted paragraphs");
        }
    }

    private static void requireSingleLine(String text) {
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new EditException("text must be one paragraph, without line breaks");
        }
    }

    private static boolean splitsSurrogate(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }

    private static String replaceAll(String text, List<ReplaceText> replacements) {
        List<ReplaceText> sorted = new ArrayList<>(replacements);
        sorted.sort(Comparator.comparingInt(ReplaceText::start).thenComparingInt(ReplaceText::end));
        for (int i = 1; i < sorted.size(); i++) {
            ReplaceText previous = sorted.get(i - 1);
            ReplaceText current = sorted.get(i);
            if (current.start() < previous.end() || current.start() == previous.start()) {
                throw new EditException("replacements [" + previous.start() + ", " + previous.end() + ") and ["
                        + current.start() + ", " + current.end() + ") in " + current.paragraphId() + " overlap");
            }
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = sorted.size() - 1; i >= 0; i--) {
            ReplaceText r = sorted.get(i);
            out.replace(r.start(), r.end(), r.text());
        }
        return out.toString();
    }

    private static DraftDocument insertAll(DraftDocument document, List<InsertParagraph> inserts) {
        DraftDocument result = document;
        Map<String, String> lastInsertedAfter = new HashMap<>();
        for (InsertParagraph insert : inserts) {
            String anchorKey = insert.section().json() + "/" + insert.after();
            String anchor = lastInsertedAfter.getOrDefault(anchorKey, insert.after());
            List<Paragraph> paragraphs = new ArrayList<>(result.section(insert.section()));
            int position = 0;
            if (anchor != null) {
                position = indexOf(paragraphs, anchor) + 1;
            }
            paragraphs.add(position, new Paragraph(insert.paragraphId(), insert.text()));
            result = result.withSection(insert.section(), paragraphs);
            lastInsertedAfter.put(anchorKey, insert.paragraphId());
        }
        return result;
    }

    private static int indexOf(List<Paragraph> paragraphs, String id) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new EditException("no paragraph with id " + id);
    }

    private static DraftDocument delete(DraftDocument document, String id) {
        DraftDocument result = document;
        for (Section section : Section.values()) {
            List<Paragraph> kept = new ArrayList<>();
            for (Paragraph p : result.section(section)) {
                if (!p.id().equals(id)) {
                    kept.add(p.withItems(deleteItem(p.items(), id)));
                }
            }
            result = result.withSection(section, kept);
        }
        return result;
    }

    private static List<Item> deleteItem(List<Item> items, String id) {
        List<Item> kept = new ArrayList<>(items.size());
        for (Item item : items) {
            if (!item.id().equals(id)) {
                kept.add(item.items().isEmpty() ? item : item.withItems(deleteItem(item.items(), id)));
            }
        }
        return kept;
    }

    /** Returns the document with the text of node {@code id} transformed. */
    static DraftDocument mapNode(DraftDocument document, String id, UnaryOperator<String> change) {
        DraftDocument result = document;
        for (Section section : Section.values()) {
            List<Paragraph> mapped = new ArrayList<>();
            for (Paragraph p : result.section(section)) {
                Paragraph q = p.id().equals(id) ? p.withText(change.apply(p.text())) : p;
                mapped.add(q.items().isEmpty() ? q : q.withItems(mapItems(q.items(), id, change)));
            }
            result = result.withSection(section, mapped);
        }
        return result;
    }

    private static List<Item> mapItems(List<Item> items, String id, UnaryOperator<String> change) {
        List<Item> mapped = new ArrayList<>(items.size());
        for (Item item : items) {
            Item i = item.id().equals(id) ? item.withText(change.apply(item.text())) : item;
            mapped.add(i.items().isEmpty() ? i : i.withItems(mapItems(i.items(), id, change)));
        }
        return mapped;
    }
}
