package org.plenary.shared.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertItem;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.NewIds;
import org.plenary.shared.edit.NodeIndex;
import org.plenary.shared.edit.RandomDrafts;
import org.plenary.shared.edit.ReplaceParagraph;
import org.plenary.shared.edit.ReplaceText;
import org.plenary.shared.history.WordDiff;

/** Every operation, worded, read and resolved, is the same operation again; whole amendment documents too. */
class WordingRoundTripPropertiesTest {

    @Property(tries = 3000)
    void everyOperationReadsBackAsItself(@ForAll long seed) {
        Random random = new Random(seed);
        DraftDocument draft = RandomDrafts.draft(random);
        List<EditOperation> amendment = RandomDrafts.amendment(draft, random, NewIds.of(draft));
        Assume.that(amendment != null);
        EditOperation op = amendment.get(0);

        String wording = Wording.instruction(draft, op);
        ResolvedAmendment read = Wording.read(draft, "1. " + wording + ".");

        assertThat(read.unresolved()).as(wording).isEmpty();
        List<EditOperation> back = withIdsOf(List.of(op), read.operations());
        boolean exact = back.equals(List.of(op));
        Statistics.label("exact").collect(exact);
        if (!exact) {
            // Only a range no words can point at is given as the whole paragraph as it should read.
            assertThat(op).as(wording).isInstanceOf(ReplaceText.class);
            assertThat(pointable((ReplaceText) op, NodeIndex.of(draft).text(((ReplaceText) op).paragraphId())))
                    .as("%s read back as %s", wording, back).isFalse();
            assertThat(back).singleElement().isInstanceOf(ReplaceParagraph.class);
            assertThat(DocumentEditor.apply(draft, back)).isEqualTo(DocumentEditor.apply(draft, List.of(op)));
        }
    }

    @Property(tries = 1500)
    void anAmendmentDocumentReadsBackToTheSameText(@ForAll long seed) {
        Random random = new Random(seed);
        DraftDocument draft = RandomDrafts.draft(random);
        NewIds ids = NewIds.of(draft);
        List<EditOperation> first = RandomDrafts.amendment(draft, random, ids);
        List<EditOperation> second = RandomDrafts.amendment(draft, random, ids);
        Assume.that(first != null && second != null);
        Assume.that(!org.plenary.shared.edit.Overlaps.on(draft).overlap(first, second));
        List<EditOperation> both = new ArrayList<>(first);
        both.addAll(second);
        Assume.that(valid(draft, both));

        String text = AmendmentDocument.text(draft, List.of("Trinidad and Tobago", "China"), List.of(first, second));
        ResolvedAmendment read = Wording.read(draft, text);

        assertThat(read.unresolved()).as(text).isEmpty();
        assertThat(read.sponsors()).containsExactly("Trinidad and Tobago", "China");
        assertThat(read.target()).isEqualTo(draft.symbol());
        DraftDocument expected = DocumentEditor.apply(draft, both);
        DraftDocument actual = DocumentEditor.apply(draft, NewIds.of(draft).assign(read.operations()));
        assertThat(shape(actual)).as(text).isEqualTo(shape(expected));
    }

    /** Whether the range of an edit can be pointed at by quoted words (see Describer). */
    static boolean pointable(ReplaceText op, String text) {
        List<Integer> cuts = new ArrayList<>();
        int at = 0;
        cuts.add(0);
        for (String token : WordDiff.tokens(text)) {
            at += token.length();
            cuts.add(at);
        }
        if (!cuts.contains(op.start()) || !cuts.contains(op.end())) {
            return false;
        }
        String old = text.substring(op.start(), op.end());
        if (op.start() < op.end()) {
            if (!op.text().isEmpty() || Spacing.outerSpace(old)) {
                return true;
            }
            int[] tidy = Spacing.deletion(text, op.start(), op.end(), old);
            return tidy[0] == op.start() && tidy[1] == op.end();
        }
        return Spacing.insertion(text, op.start(), op.text().strip()).equals(op.text())
                || Spacing.outerSpace(op.text());
    }

    private static boolean valid(DraftDocument draft, List<EditOperation> ops) {
        try {
            DocumentEditor.validate(draft, ops);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Inserted paragraphs and items take the ids of the original operations, in order. */
    private static List<EditOperation> withIdsOf(List<EditOperation> original, List<EditOperation> read) {
        List<String> ids = new ArrayList<>();
        for (EditOperation op : original) {
            if (op instanceof InsertParagraph i) {
                ids.add(i.paragraphId());
            } else if (op instanceof InsertItem i) {
                ids.add(i.itemId());
            }
        }
        List<EditOperation> out = new ArrayList<>();
        int next = 0;
        for (EditOperation op : read) {
            if (op instanceof InsertParagraph i && next < ids.size()) {
                out.add(i.withParagraphId(ids.get(next++)));
            } else if (op instanceof InsertItem i && next < ids.size()) {
                out.add(i.withItemId(ids.get(next++)));
            } else {
                out.add(op);
            }
        }
        return out;
    }

    /** The text without ids: sections, paragraph texts, labels, nesting, title and notes. */
    static List<String> shape(DraftDocument d) {
        List<String> out = new ArrayList<>();
        out.add("title: " + d.title());
        for (Section section : Section.values()) {
            for (Paragraph p : d.section(section)) {
                out.add(section.json() + ": " + p.text());
                items(p.items(), "  ", out);
            }
        }
        d.footnotes().forEach(f -> out.add("note " + f.marker() + ": " + f.text()));
        return out;
    }

    private static void items(List<Item> items, String indent, List<String> out) {
        for (Item item : items) {
            out.add(indent + item.label() + " " + item.text());
            items(item.items(), indent + "  ", out);
        }
    }
}
