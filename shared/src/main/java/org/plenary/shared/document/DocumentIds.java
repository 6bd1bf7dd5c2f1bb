package org.plenary.shared.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives every paragraph and item without an id a stable one: "pp1", "pp2" … in the preamble, "op1" … in
 * the operative part, "&lt;parent&gt;.1" … for items. Ids already given are kept; a duplicate is an error.
 */
public final class DocumentIds {

    public static final String PREAMBLE_PREFIX = "pp";
    public static final String OPERATIVE_PREFIX = "op";

    private DocumentIds() {
    }

    public static String prefix(Section section) {
        return section == Section.PREAMBLE ? PREAMBLE_PREFIX : OPERATIVE_PREFIX;
    }

    public static DraftDocument assignMissing(DraftDocument document) {
        Set<String> used = new HashSet<>();
        collect(document.preamble(), used);
        collect(document.operative(), used);
        DraftDocument result = document;
        for (Section section : Section.values()) {
            List<Paragraph> out = new ArrayList<>();
            int n = 0;
            for (Paragraph p : result.section(section)) {
                n++;
                String id = p.id();
                if (id == null || id.isBlank()) {
                    id = fresh(prefix(section), n, used);
                }
                out.add(new Paragraph(id, p.text(), assignItems(p.items(), id, used)));
            }
            result = result.withSection(section, out);
        }
        return result;
    }

    /** The highest number n among ids of the form prefix+n in the section, 0 if none. */
    public static int highestNumber(List<Paragraph> paragraphs, String prefix) {
        int highest = 0;
        for (Paragraph p : paragraphs) {
            String id = p.id();
            if (id != null && id.startsWith(prefix) && id.length() > prefix.length()
                    && id.substring(prefix.length()).chars().allMatch(Character::isDigit)
                    && id.length() - prefix.length() < 10) {
                highest = Math.max(highest, Integer.parseInt(id.substring(prefix.length())));
            }
        }
        return highest;
    }

    private static List<Item> assignItems(List<Item> items, String parentId, Set<String> used) {
        List<Item> out = new ArrayList<>(items.size());
        int n = 0;
        for (Item item : items) {
            n++;
            String id = item.id();
            if (id == null || id.isBlank()) {
                id = fresh(parentId + ".", n, used);
            }
            out.add(new Item(id, item.label(), item.text(), assignItems(item.items(), id, used)));
        }
        return out;
    }

    private static String fresh(String prefix, int preferred, Set<String> used) {
        int n = preferred;
        while (used.contains(prefix + n)) {
            n++;
        }
        String id = prefix + n;
        used.add(id);
        return id;
    }

    private static void collect(List<Paragraph> paragraphs, Set<String> used) {
        for (Paragraph p : paragraphs) {
            add(p.id(), used);
            collectItems(p.items(), used);
        }
    }

    private static void collectItems(List<Item> items, Set<String> used) {
        for (Item item : items) {
            add(item.id(), used);
            collectItems(item.items(), used);
        }
    }

    private static void add(String id, Set<String> used) {
        if (id != null && !id.isBlank() && !used.add(id)) {
            throw new IllegalArgumentException("id " + id + " is used twice in the document");
        }
    }
}
