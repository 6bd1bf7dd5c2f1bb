package org.plenary.shared.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.un.UnTextReader;
import org.plenary.shared.un.UnTextWriter;

/** Laws of the editor over random drafts and amendments of every edit kind. */
class EditOperationsPropertiesTest {

    private record Case(DraftDocument draft, List<EditOperation> amendment, DraftDocument result) {
    }

    private static Case applied(long seed) {
        Random random = new Random(seed);
        DraftDocument draft = RandomDrafts.draft(random);
        List<EditOperation> amendment = RandomDrafts.amendment(draft, random, NewIds.of(draft));
        Assume.that(amendment != null);
        return new Case(draft, amendment, DocumentEditor.apply(draft, amendment));
    }

    @Property(tries = 1500)
    void idsStayUniqueAndNothingOutsideTheAmendmentChanges(@ForAll long seed) {
        Case c = applied(seed);

        List<String> ids = DraftFixture.ids(c.result());
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
        assertThat(c.result().header()).isEqualTo(c.draft().header());
        assertThat(c.result().sponsors()).isEqualTo(c.draft().sponsors());
        assertThat(c.result().subject()).isEqualTo(c.draft().subject());
        Set<String> inserted = new HashSet<>();
        for (EditOperation op : c.amendment()) {
            if (op instanceof InsertParagraph i) {
                inserted.add(i.paragraphId());
            } else if (op instanceof InsertItem i) {
                inserted.add(i.itemId());
            }
        }
        for (String id : ids) {
            assertThat(inserted.contains(id) || DraftFixture.ids(c.draft()).contains(id)).as(id).isTrue();
        }
    }

    @Property(tries = 1500)
    void everyListStaysLabelledInOrder(@ForAll long seed) {
        Case c = applied(seed);

        for (Section section : Section.values()) {
            for (Paragraph p : c.result().section(section)) {
                assertRegular(p.items(), null);
            }
        }
    }

    private static void assertRegular(List<Item> items, String parentLabel) {
        if (items.isEmpty()) {
            return;
        }
        List<String> labels = items.stream().map(Item::label).toList();
        assertThat(ItemLabels.styleOf(labels, parentLabel).kind()).as("labels %s", labels).isNotNull();
        assertThat(ItemLabels.styleOf(labels, parentLabel).start()).as("labels %s", labels).isZero();
        for (Item item : items) {
            assertRegular(item.items(), item.label());
        }
    }

    @Property(tries = 1500)
    void aNoteStaysExactlyWhileSomethingStillCallsIt(@ForAll long seed) {
        Case c = applied(seed);

        Set<String> calledBefore = calls(c.draft());
        Set<String> calledAfter = calls(c.result());
        for (Footnote note : c.draft().footnotes()) {
            boolean kept = c.result().footnotes().stream().anyMatch(f -> f.marker().equals(note.marker()));
            assertThat(kept).as("note %s", note.marker())
                    .isEqualTo(calledAfter.contains(note.marker()) || !calledBefore.contains(note.marker()));
        }
        assertThat(c.result().footnotes()).extracting(Footnote::marker)
                .isSubsetOf(c.draft().footnotes().stream().map(Footnote::marker).toList());
    }

    @Property(tries = 1000)
    void theUnTextOfTheResultReadsBackTheSame(@ForAll long seed) {
        Case c = applied(seed);

        DraftDocument reread = UnTextReader.read(UnTextWriter.write(c.result()));

        assertThat(shape(reread)).isEqualTo(shape(c.result()));
        assertThat(reread.footnotes()).isEqualTo(c.result().footnotes());
        assertThat(reread.title()).isEqualTo(c.result().title());
    }

    private static Set<String> calls(DraftDocument d) {
        Set<String> out = new HashSet<>(FootnoteCalls.in(d.title()));
        for (DraftFixture.Node node : DraftFixture.nodes(d)) {
            out.addAll(FootnoteCalls.in(node.text()));
        }
        d.footnotes().forEach(f -> out.addAll(FootnoteCalls.in(f.text())));
        return out;
    }

    /** The paragraphs without ids: what the reader can see in the text. */
    private static List<String> shape(DraftDocument d) {
        List<String> out = new ArrayList<>();
        for (Section section : Section.values()) {
            for (Paragraph p : d.section(section)) {
                out.add(section.json() + ": " + p.text());
                items(p.items(), "  ", out);
            }
        }
        return out;
    }

    private static void items(List<Item> items, String indent, List<String> out) {
        for (Item item : items) {
            out.add(indent + item.label() + " " + item.text());
            items(item.items(), indent + "  ", out);
        }
    }
}
