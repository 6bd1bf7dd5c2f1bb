package org.plenary.shared.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Section;
import org.plenary.shared.document.DraftDocument;

/** Laws of deriving operations from two versions and of folding sub-amendments into their parent. */
class EditScriptPropertiesTest {

    @Property(tries = 1500)
    void theScriptBetweenTwoVersionsLeadsFromOneToTheOther(@ForAll long seed) {
        Random random = new Random(seed);
        DraftDocument draft = RandomDrafts.draft(random);
        NewIds ids = NewIds.of(draft);
        DraftDocument revised = draft;
        for (int i = 0; i <= random.nextInt(3); i++) {
            List<EditOperation> amendment = RandomDrafts.amendment(revised, random, ids);
            if (amendment != null) {
                revised = DocumentEditor.apply(revised, amendment);
            }
        }

        List<EditOperation> script = EditScript.between(draft, revised);

        assertThat(script.isEmpty()).isEqualTo(draft.equals(revised));
        if (!script.isEmpty()) {
            assertThat(DocumentEditor.apply(draft, script)).isEqualTo(revised);
        }
        assertThat(EditScript.between(revised, revised)).isEmpty();
    }

    @Property(tries = 1500)
    void aSubAmendmentFoldedIntoItsParentGivesWhatBothGive(@ForAll long seed) {
        Random random = new Random(seed);
        DraftDocument draft = RandomDrafts.draft(random);
        NewIds ids = NewIds.of(draft);
        List<EditOperation> parent = RandomDrafts.amendment(draft, random, ids);
        Assume.that(parent != null);
        DraftDocument amended = DocumentEditor.apply(draft, parent);
        List<EditOperation> sub = RandomDrafts.amendment(amended, random, ids);
        Assume.that(sub != null);

        DraftDocument both = DocumentEditor.apply(amended, sub);
        List<EditOperation> folded;
        try {
            folded = SubAmendments.fold(draft, parent, sub);
        } catch (EditException e) {
            // Only item labels may stand in the way (see SubAmendments): everything else must fold.
            assertThat(e.getMessage()).startsWith("the sub-amendment cannot be folded into the amendment: ");
            DraftDocument unchecked = DocumentEditor.apply(draft, EditScript.derive(draft, both, (id, text) -> null));
            assertThat(withoutLabels(unchecked)).isEqualTo(withoutLabels(both));
            Statistics.label("refused").collect(true);
            return;
        }
        Statistics.label("refused").collect(false);
        if (folded.isEmpty()) {
            assertThat(both).isEqualTo(draft);
        } else {
            assertThat(DocumentEditor.apply(draft, folded)).isEqualTo(both);
        }
    }

    @Property(tries = 500)
    void aParentsEditsOfParagraphsTheSubAmendmentLeavesAloneKeepTheirForm(@ForAll long seed) {
        Random random = new Random(seed);
        DraftDocument draft = RandomDrafts.draft(random);
        NewIds ids = NewIds.of(draft);
        List<EditOperation> parent = RandomDrafts.amendment(draft, random, ids);
        Assume.that(parent != null);
        List<EditOperation> sub = List.of(new ReplaceTitle("Countering crime online"));
        Assume.that(parent.stream().noneMatch(op -> op instanceof ReplaceTitle));

        List<EditOperation> folded = SubAmendments.fold(draft, parent, sub);

        for (EditOperation op : parent) {
            boolean changes = !DocumentEditor.apply(draft, List.of(op)).equals(draft); // "20%" by "20%" does not
            if (changes && (op instanceof ReplaceText || op instanceof ReplaceParagraph || op instanceof DeleteParagraph
                    || op instanceof ReplaceFootnote)) {
                assertThat(folded).contains(op);
            } else if (op instanceof InsertParagraph insert) {
                // where it goes may be said differently when the parent also moves paragraphs
                assertThat(folded).anySatisfy(f -> assertThat(f).isInstanceOfSatisfying(InsertParagraph.class,
                        i -> assertThat(i.withParagraphId(null).text()).isEqualTo(insert.text())));
                assertThat(folded.stream().filter(f -> f instanceof InsertParagraph i
                        && i.paragraphId().equals(insert.paragraphId()))).hasSize(1);
            }
        }
        assertThat(folded).contains(new ReplaceTitle("Countering crime online"));
    }

    private static DraftDocument withoutLabels(DraftDocument d) {
        DraftDocument out = d;
        for (Section section : Section.values()) {
            out = out.withSection(section, d.section(section).stream()
                    .map(p -> p.withItems(unlabelled(p.items()))).toList());
        }
        return out;
    }

    private static List<Item> unlabelled(List<Item> items) {
        return items.stream().map(i -> new Item(i.id(), "-", i.text(), unlabelled(i.items()))).toList();
    }
}
