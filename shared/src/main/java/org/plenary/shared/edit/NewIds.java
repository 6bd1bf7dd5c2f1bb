package org.plenary.shared.edit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.plenary.shared.document.DocumentIds;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Gives the paragraphs and items an amendment inserts ids no paragraph or item ever had in the draft: "op7" or
 * "pp4" for a paragraph (the highest number used so far in that section plus one), "op2.4" for an item of "op2".
 * It remembers the highest number used for every prefix, including ids of amendments that are still pending or
 * were rejected, so two amendments never get the same id.
 *
 * <p>Pure in the way an aggregate needs: {@link #assign} decides and changes nothing, {@link #record} changes the
 * state from an event. An id a request gives to an inserted paragraph or item is only a name for the other
 * operations of the same request: {@code insertItem} under {@code "new1"} goes under the id given to "new1".
 */
public final class NewIds {

    private final Map<String, Integer> highest;

    @JsonCreator
    public NewIds(@JsonProperty("highest") Map<String, Integer> highest) {
        this.highest = new HashMap<>(Objects.requireNonNullElse(highest, Map.of()));
    }

    /** The ids in use in a document. */
    public static NewIds of(DraftDocument document) {
        NewIds ids = new NewIds(Map.of());
        for (Section section : Section.values()) {
            ids.highest.putIfAbsent(DocumentIds.prefix(section), 0);
            for (Paragraph p : document.section(section)) {
                ids.use(p.id());
                ids.useItems(p.items());
            }
        }
        return ids;
    }

    @JsonProperty("highest")
    public Map<String, Integer> highest() {
        return Map.copyOf(highest);
    }

    /** The operations with fresh ids for every inserted paragraph and item; references to request ids renamed. */
    public List<EditOperation> assign(List<EditOperation> operations) {
        if (operations == null) {
            return null;
        }
        Map<String, Integer> next = new HashMap<>(highest);
        Map<String, String> renamed = new HashMap<>();
        List<EditOperation> out = new ArrayList<>(operations.size());
        for (EditOperation op : operations) {
            if (op instanceof InsertParagraph insert && insert.section() != null) {
                String id = fresh(DocumentIds.prefix(insert.section()), next);
                rename(renamed, insert.paragraphId(), id);
                out.add(insert.withParagraphId(id));
            } else if (op instanceof InsertItem insert && insert.parentId() != null) {
                String parent = renamed.getOrDefault(insert.parentId(), insert.parentId());
                String id = fresh(parent + ".", next);
                rename(renamed, insert.itemId(), id);
                out.add(insert.withParentId(parent).withItemId(id));
            } else {
                out.add(op);
            }
        }
        return out;
    }

    /** Records the ids of an amendment's inserted paragraphs and items (from its event). */
    public void record(List<EditOperation> operations) {
        for (EditOperation op : operations) {
            if (op instanceof InsertParagraph insert) {
                use(insert.paragraphId());
            } else if (op instanceof InsertItem insert) {
                use(insert.itemId());
            }
        }
    }

    private static String fresh(String prefix, Map<String, Integer> next) {
        return prefix + next.merge(prefix, 1, Integer::sum);
    }

    private static void rename(Map<String, String> renamed, String given, String id) {
        if (given != null && !given.isBlank()) {
            renamed.putIfAbsent(given, id);
        }
    }

    private void useItems(List<Item> items) {
        for (Item item : items) {
            use(item.id());
            useItems(item.items());
        }
    }

    // "op12" counts for prefix "op", "op2.3" for "op2."; an id without trailing digits cannot clash with a new one.
    private void use(String id) {
        if (id == null) {
            return;
        }
        int digits = id.length();
        while (digits > 0 && Character.isDigit(id.charAt(digits - 1))) {
            digits--;
        }
        int length = id.length() - digits;
        if (length > 0 && length < 10) {
            highest.merge(id.substring(0, digits), Integer.parseInt(id.substring(digits)), Math::max);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NewIds other && highest.equals(other.highest);
    }

    @Override
    public int hashCode() {
        return highest.hashCode();
    }
}
