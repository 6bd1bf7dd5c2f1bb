package org.plenary.shared.consultation;

import org.plenary.shared.consultation.Compilation.Block;
import org.plenary.shared.consultation.Compilation.Marker;
import org.plenary.shared.consultation.Compilation.NotShown;
import org.plenary.shared.consultation.Compilation.Tag;
import org.plenary.shared.consultation.Compilation.Tag.Kind;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditException;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertItem;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.MoveParagraph;
import org.plenary.shared.edit.NodeIndex;
import org.plenary.shared.edit.ReplaceFootnote;
import org.plenary.shared.edit.ReplaceParagraph;
import org.plenary.shared.edit.ReplaceText;
import org.plenary.shared.edit.ReplaceTitle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places every pending proposal of a negotiation on its text ({@link Compilation}). Unlike the track changes of a
 * single amendment, a compilation shows every proposal, overlapping ones too: that is what the facilitator works
 * from. A pending amendment is left out, with the reason, only when it no longer applies to the text, or when words
 * it changes were changed after it was proposed (its offsets would point at other words).
 *
 * <p>Word proposals stand after the words they concern (an addition where the words would go); proposals on a whole
 * paragraph or item stand after it; proposed paragraphs and items stand where they would be inserted, after the
 * proposals already there.
 */
public final class CompilationBuilder {

    /** At one offset: proposals on the words before it, then closing brackets, then additions, then opening ones. */
    private static final Comparator<Marker> READING_ORDER = Comparator.comparingInt(Marker::offset)
            .thenComparingInt(CompilationBuilder::rank);

    /** A proposed paragraph or item, and the proposal that adds it. */
    private record Proposed(String id, String text, Tag added) {
    }

    /** A tag on a whole paragraph or item; for a move, the id it is to follow ("" for the first place). */
    private record NodeTag(Tag tag, String moveAfter) {
    }

    private final CompilationInput input;
    private final DraftDocument document;
    private final NodeIndex index;
    private final Map<String, List<Marker>> markers = new HashMap<>();
    private final Map<String, List<NodeTag>> tags = new HashMap<>();
    /** Keyed by list and anchor: "section:operative|op3", "item:op2|" for the first place of op2's items. */
    private final Map<String, List<Proposed>> inserted = new HashMap<>();
    private final List<NotShown> notShown = new ArrayList<>();

    private CompilationBuilder(CompilationInput input) {
        this.input = input;
        this.document = input.document();
        this.index = NodeIndex.of(document);
    }

    public static Compilation build(CompilationInput input) {
        return new CompilationBuilder(input).compile();
    }

    private Compilation compile() {
        for (CompilationInput.OpenBracket open : input.brackets()) {
            Bracket b = open.range();
            if (index.contains(b.paragraphId()) && b.end() <= index.text(b.paragraphId()).length()) {
                mark(b.paragraphId(), new Compilation.Open(b.start(), b.bracketId(), open.requestedBy()));
                mark(b.paragraphId(), new Compilation.Close(b.end(), b.bracketId()));
            }
        }
        for (CompilationInput.Pending pending : input.pending()) {
            String problem = problem(pending);
            if (problem != null) {
                notShown.add(new NotShown(pending.amendmentId(), pending.by(), problem));
            } else {
                pending.operations().forEach(op -> place(pending, op));
            }
        }
        markers.values().forEach(list -> list.sort(READING_ORDER));
        List<Compilation.Note> notes = new ArrayList<>();
        for (Footnote note : document.footnotes()) {
            notes.add(new Compilation.Note(note.marker(), note.text(), plain(tags.get("note:" + note.marker()))));
        }
        return new Compilation(document, input.version(), input.at(), plain(tags.get("title")),
                section(Section.PREAMBLE, input.issuedPreamble()), section(Section.OPERATIVE, input.issuedOperative()),
                notes, notShown);
    }

    /** Why a pending amendment cannot be placed on the text, or null. */
    private String problem(CompilationInput.Pending pending) {
        for (EditOperation op : pending.operations()) {
            if (op instanceof ReplaceText r
                    && input.lastChanged().getOrDefault(r.paragraphId(), 0L) > pending.baseVersion()) {
                return "the words it changes in " + index.address(r.paragraphId()).describe()
                        + " were changed after it was proposed";
            }
        }
        try {
            DocumentEditor.apply(document, index, pending.operations()); // validates: the result is not needed
            return null;
        } catch (EditException e) {
            return "it no longer applies to the text: " + e.getMessage();
        }
    }

    private void place(CompilationInput.Pending pending, EditOperation op) {
        String id = pending.amendmentId();
        String by = pending.by();
        if (op instanceof ReplaceText r) {
            String words = index.text(r.paragraphId()).substring(r.start(), r.end());
            Kind kind = r.start() == r.end() ? Kind.ADD_WORDS : r.text().isEmpty() ? Kind.DELETE_WORDS : Kind.REPLACE_WORDS;
            Tag tag = new Tag(id, by, kind, words.isEmpty() ? null : words, r.text().isEmpty() ? null : r.text(), null);
            mark(r.paragraphId(), new Compilation.Proposal(kind == Kind.ADD_WORDS ? r.start() : r.end(), tag));
        } else if (op instanceof ReplaceParagraph r) {
            tag(r.paragraphId(), new Tag(id, by, Kind.REPLACE, null, r.text(), null), null);
        } else if (op instanceof DeleteParagraph d) {
            tag(d.paragraphId(), new Tag(id, by, Kind.DELETE, null, null, null), null);
        } else if (op instanceof MoveParagraph m) {
            tag(m.paragraphId(), new Tag(id, by, Kind.MOVE, null, null, null), m.after() == null ? "" : m.after());
        } else if (op instanceof InsertParagraph i) {
            insert("section:" + i.section().json(), i.after(), new Proposed(i.paragraphId(), i.text(), added(id, by)));
        } else if (op instanceof InsertItem i) {
            insert("item:" + i.parentId(), i.after(), new Proposed(i.itemId(), i.text(), added(id, by)));
        } else if (op instanceof ReplaceTitle t) {
            tag("title", new Tag(id, by, Kind.REPLACE, null, t.text(), null), null);
        } else if (op instanceof ReplaceFootnote n) {
            tag("note:" + n.marker(), new Tag(id, by, Kind.REPLACE, null, n.text(), null), null);
        }
    }

    private static Tag added(String amendmentId, String by) {
        return new Tag(amendmentId, by, Kind.ADD, null, null, null);
    }

    private List<Block> section(Section section, List<String> issued) {
        String list = "section:" + section.json();
        List<Object> order = new ArrayList<>();
        appendInserted(list, null, order);
        for (Paragraph p : document.section(section)) {
            order.add(p);
            appendInserted(list, p.id(), order);
        }
        Map<String, String> numbers = BisNumbering.numbers(order.stream().map(CompilationBuilder::idOf).toList(), issued);
        Map<String, List<Compilation.Alternative>> alternatives = alternatives();
        List<Block> blocks = new ArrayList<>(order.size());
        for (Object node : order) {
            String id = idOf(node);
            String number = numbers.get(id);
            if (node instanceof Paragraph p) {
                blocks.add(new Block(id, number, input.statuses().getOrDefault(id, ParagraphStatus.OPEN), null,
                        p.text(), markers.getOrDefault(id, List.of()), resolved(id, numbers, section), items(id, p.items()),
                        alternatives.getOrDefault(id, List.of())));
            } else {
                Proposed proposed = (Proposed) node;
                blocks.add(new Block(id, number, ParagraphStatus.OPEN, proposed.added(), proposed.text(), List.of(),
                        List.of(), items(id, List.of()), List.of()));
            }
        }
        return blocks;
    }

    private List<Block> items(String parentId, List<Item> existing) {
        String list = "item:" + parentId;
        List<Object> order = new ArrayList<>();
        appendInserted(list, null, order);
        for (Item item : existing) {
            order.add(item);
            appendInserted(list, item.id(), order);
        }
        Map<String, String> labels = new HashMap<>();
        String previous = null;
        int added = 0;
        for (Object node : order) {
            if (node instanceof Item item) {
                previous = item.label();
                added = 0;
                labels.put(item.id(), item.label());
            } else {
                labels.put(idOf(node), newLabel(previous, ++added));
            }
        }
        List<Block> blocks = new ArrayList<>(order.size());
        for (Object node : order) {
            String id = idOf(node);
            if (node instanceof Item item) {
                blocks.add(new Block(id, item.label(), null, null, item.text(), markers.getOrDefault(id, List.of()),
                        resolved(id, labels, null), items(id, item.items()), List.of()));
            } else {
                Proposed proposed = (Proposed) node;
                blocks.add(new Block(id, labels.get(id), null, proposed.added(), proposed.text(), List.of(), List.of(),
                        items(id, List.of()), List.of()));
            }
        }
        return blocks;
    }

    /** "(b bis)" for a sub-item proposed after (b); a bullet stays a bullet; "(new)" before the first. */
    private static String newLabel(String previous, int added) {
        if (previous == null) {
            return "(new)";
        }
        if (previous.length() < 3 || !previous.startsWith("(")) {
            return previous;
        }
        return previous.substring(0, previous.length() - 1) + " " + BisNumbering.adverb(added) + ")";
    }

    /** Inserted proposals after {@code anchor} in {@code list}, each followed by those inserted after it. */
    private void appendInserted(String list, String anchor, List<Object> order) {
        for (Proposed proposed : inserted.getOrDefault(list + "|" + (anchor == null ? "" : anchor), List.of())) {
            order.add(proposed);
            appendInserted(list, proposed.id(), order);
        }
    }

    /** The node's tags, moves saying where to in the compilation's own numbers. */
    private List<Tag> resolved(String id, Map<String, String> numbers, Section section) {
        List<Tag> out = new ArrayList<>();
        for (NodeTag t : tags.getOrDefault(id, List.of())) {
            Tag tag = t.tag();
            if (t.moveAfter() != null) {
                String after = numbers.get(t.moveAfter());
                String where = t.moveAfter().isEmpty() || after == null ? "to the beginning"
                        : "after " + (section == null ? after : section == Section.PREAMBLE ? "PP" + after : "paragraph " + after);
                tag = new Tag(tag.amendmentId(), tag.by(), tag.kind(), null, null, where);
            }
            out.add(tag);
        }
        return out;
    }

    private Map<String, List<Compilation.Alternative>> alternatives() {
        Map<String, List<Compilation.Alternative>> out = new HashMap<>();
        input.alternatives().stream().sorted(Comparator.comparingInt(CompilationInput.Alternative::number))
                .forEach(a -> out.computeIfAbsent(a.paragraphId(), k -> new ArrayList<>())
                        .add(new Compilation.Alternative(a.number(), a.text(), a.by())));
        return out;
    }

    private static List<Tag> plain(List<NodeTag> tags) {
        return tags == null ? List.of() : tags.stream().map(NodeTag::tag).toList();
    }

    private void mark(String id, Marker marker) {
        markers.computeIfAbsent(id, k -> new ArrayList<>()).add(marker);
    }

    private void tag(String id, Tag tag, String moveAfter) {
        tags.computeIfAbsent(id, k -> new ArrayList<>()).add(new NodeTag(tag, moveAfter));
    }

    private void insert(String list, String after, Proposed proposed) {
        inserted.computeIfAbsent(list + "|" + (after == null ? "" : after), k -> new ArrayList<>()).add(proposed);
    }

    private static String idOf(Object node) {
        return node instanceof Paragraph p ? p.id() : node instanceof Item i ? i.id() : ((Proposed) node).id();
    }

    private static int rank(Marker marker) {
        if (marker instanceof Compilation.Proposal p) {
            return p.tag().kind() == Kind.ADD_WORDS ? 2 : 0;
        }
        return marker instanceof Compilation.Close ? 1 : 3;
    }
}
