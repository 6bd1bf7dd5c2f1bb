package org.plenary.shared.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Header;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.history.WordDiff;

/**
 * Random drafts and valid amendments of every edit kind, built from a seeded {@link Random} so a failing property
 * names a reproducible seed. Drafts have regular item lists ((a) … with nested (i) …, or bullets), footnote calls
 * with their notes, repeated words (so words are found more than once) and characters outside the BMP.
 */
public final class RandomDrafts {

    static final List<String> WORDS = List.of("the", "Council", "concern", "grave", "Member", "States", "report",
            "*Requests*", "[65/230](#)", "cooperation", "and", "of", "to", "possible", "Côte d’Ivoire", "\uD835\uDC9C",
            "20%", "(2014)", "international", "the", "and", "Darfur");
    private static final List<String> OPENINGS = List.of("Recalling", "*Welcoming*", "Deeply concerned",
            "*Requests*", "*Decides*", "*Urges*");

    private RandomDrafts() {
    }

    public static DraftDocument draft(Random random) {
        List<String> markers = new ArrayList<>();
        List<Paragraph> preamble = paragraphs("pp", random.nextInt(5), ",", random, markers);
        List<Paragraph> operative = paragraphs("op", random.nextInt(6), ";", random, markers);
        List<Footnote> notes = new ArrayList<>();
        for (String marker : markers) {
            notes.add(new Footnote(marker, "Note " + marker + ", see [A/76/479](#)."));
        }
        return new DraftDocument(new Header("General Assembly", "Distr.: Limited", null, null, null, null, null,
                null, null), "draft resolution", "A/C.3/76/L.7", List.of("Ghana", "Brazil"), null, null,
                "Countering cybercrime", "The General Assembly,", preamble, operative, notes, List.of());
    }

    /** Some words joined by spaces, maybe with a footnote call after one of them. */
    public static String words(Random random, int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(WORDS.get(random.nextInt(WORDS.size())));
        }
        return String.join(" ", out);
    }

    private static List<Paragraph> paragraphs(String prefix, int count, String end, Random random,
            List<String> markers) {
        List<Paragraph> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = prefix + i;
            List<Item> items = random.nextInt(3) == 0 ? items(id, random, 0, markers) : List.of();
            String text = OPENINGS.get(random.nextInt(OPENINGS.size())) + " " + words(random, 1, 8)
                    + call(random, markers) + (items.isEmpty() ? end : ":");
            out.add(new Paragraph(id, text, items));
        }
        return out;
    }

    private static List<Item> items(String parent, Random random, int depth, List<String> markers) {
        ItemLabels.Kind kind = depth == 0 ? (random.nextInt(4) == 0 ? ItemLabels.Kind.BULLET : ItemLabels.Kind.LETTER)
                : ItemLabels.Kind.ROMAN;
        int count = 1 + random.nextInt(4);
        List<Item> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String id = parent + "." + i;
            List<Item> nested = depth == 0 && kind == ItemLabels.Kind.LETTER && random.nextInt(3) == 0
                    ? items(id, random, 1, markers) : List.of();
            out.add(new Item(id, ItemLabels.label(kind, i - 1), words(random, 1, 5) + call(random, markers) + ";",
                    nested));
        }
        return out;
    }

    private static String call(Random random, List<String> markers) {
        if (random.nextInt(5) != 0 || markers.size() >= 3) {
            return "";
        }
        String marker = String.valueOf(markers.size() + 1);
        markers.add(marker);
        return FootnoteCalls.call(marker);
    }

    /** Every paragraph and item id, in reading order. */
    static List<String> nodeIds(DraftDocument document) {
        return DraftFixture.ids(document);
    }

    /**
     * A valid amendment of 1 to 4 operations of any kind, with ids from {@code ids} (recorded there, so the next
     * amendment gets other ids); null when the draft offers nothing to edit.
     */
    public static List<EditOperation> amendment(DraftDocument document, Random random, NewIds ids) {
        NodeIndex index = NodeIndex.of(document);
        List<String> nodes = nodeIds(document);
        List<EditOperation> ops = new ArrayList<>();
        int wanted = 1 + random.nextInt(4);
        for (int attempt = 0; attempt < 30 && ops.size() < wanted; attempt++) {
            EditOperation op = operation(document, index, nodes, random);
            if (op == null) {
                continue;
            }
            List<EditOperation> candidate = new ArrayList<>(ops);
            candidate.add(op);
            try {
                DraftDocument result = DocumentEditor.apply(document, ids.assign(candidate));
                // Texts as delegations leave them: never empty, no space at either end or twice in a row, no
                // footnote call first (the UN text layout could not keep those).
                if (DraftFixture.nodes(result).stream().allMatch(n -> tidy(n.text()))) {
                    ops.add(op);
                }
            } catch (EditException e) {
                // not valid together with the others: try another
            }
        }
        if (ops.isEmpty()) {
            return null;
        }
        List<EditOperation> assigned = ids.assign(ops);
        ids.record(assigned);
        return assigned;
    }

    // A line that starts with a footnote call reads as a note in the UN text layout, so no text starts with one.
    static boolean tidy(String text) {
        return !text.isBlank() && text.strip().equals(text) && !text.contains("  ")
                && FootnoteCalls.DIGITS.indexOf(text.charAt(0)) < 0;
    }

    private static EditOperation operation(DraftDocument document, NodeIndex index, List<String> nodes,
            Random random) {
        String node = nodes.isEmpty() ? null : nodes.get(random.nextInt(nodes.size()));
        switch (random.nextInt(12)) {
            case 0, 1, 2, 3 -> {
                return node == null ? null : replaceText(index.text(node), node, random);
            }
            case 4 -> {
                return node == null ? null : new ReplaceParagraph(node, "*Decides* " + words(random, 1, 5) + ";");
            }
            case 5 -> {
                return node == null ? null : new DeleteParagraph(node);
            }
            case 6 -> {
                Section section = random.nextBoolean() ? Section.PREAMBLE : Section.OPERATIVE;
                List<String> siblings = index.paragraphs(section);
                String after = siblings.isEmpty() || random.nextInt(4) == 0 ? null
                        : siblings.get(random.nextInt(siblings.size()));
                return new InsertParagraph(section, after, "*Notes* " + words(random, 1, 5) + ";", null);
            }
            case 7 -> {
                if (node == null) {
                    return null;
                }
                List<String> siblings = index.siblings(node);
                String after = random.nextInt(4) == 0 ? null : siblings.get(random.nextInt(siblings.size()));
                return node.equals(after) ? null : new MoveParagraph(node, after);
            }
            case 8, 9 -> {
                if (node == null) {
                    return null;
                }
                List<String> children = index.children(node);
                String after = children.isEmpty() || random.nextInt(3) == 0 ? null
                        : children.get(random.nextInt(children.size()));
                return new InsertItem(node, after, words(random, 1, 4) + ";", null);
            }
            case 10 -> {
                return new ReplaceTitle("Countering " + words(random, 1, 4));
            }
            default -> {
                if (document.footnotes().isEmpty()) {
                    return null;
                }
                Footnote note = document.footnotes().get(random.nextInt(document.footnotes().size()));
                return new ReplaceFootnote(note.marker(), "See " + words(random, 1, 3) + ".");
            }
        }
    }

    /** A replacement of whole words (mostly) or of any characters, by words, by nothing, or an insertion. */
    static ReplaceText replaceText(String text, String id, Random random) {
        List<Integer> cuts = new ArrayList<>();
        if (random.nextInt(4) == 0) {
            for (int i = 0; i <= text.length(); i = i < text.length() ? text.offsetByCodePoints(i, 1) : i + 1) {
                cuts.add(i);
            }
        } else {
            int at = 0;
            cuts.add(0);
            for (String token : WordDiff.tokens(text)) {
                at += token.length();
                cuts.add(at);
            }
        }
        int a = cuts.get(random.nextInt(cuts.size()));
        int b = cuts.get(random.nextInt(cuts.size()));
        int start = Math.min(a, b);
        int end = random.nextInt(4) == 0 ? start : Math.max(a, b);
        // Emptying a text leaves a paragraph no edit could insert again: not what delegations do.
        boolean empties = start == 0 && end == text.length();
        String replacement = random.nextInt(3) == 0 && end > start && !empties ? "" : words(random, 1, 3);
        if (start == end) {
            replacement = " " + replacement;
        }
        return new ReplaceText(id, start, end, replacement);
    }
}
