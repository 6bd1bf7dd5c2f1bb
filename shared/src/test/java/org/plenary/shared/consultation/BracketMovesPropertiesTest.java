package org.plenary.shared.consultation;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.NewIds;
import org.plenary.shared.edit.NodeIndex;
import org.plenary.shared.edit.RandomDrafts;
import org.plenary.shared.edit.ReplaceParagraph;
import org.plenary.shared.edit.ReplaceText;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Brackets over random drafts and random amendments of every edit kind. */
class BracketMovesPropertiesTest {

    private record Case(DraftDocument draft, Bracket bracket, List<EditOperation> amendment, DraftDocument after) {
    }

    private static Case random(long seed) {
        Random random = new Random(seed);
        DraftDocument draft = RandomDrafts.draft(random);
        List<String> nodes = new ArrayList<>();
        collect(draft.preamble(), draft.operative(), nodes);
        Assume.that(!nodes.isEmpty());
        NodeIndex index = NodeIndex.of(draft);
        String node = nodes.get(random.nextInt(nodes.size()));
        String text = index.text(node);
        Assume.that(text.length() >= 2);
        int start = random.nextInt(text.length() - 1);
        int end = start + 1 + random.nextInt(text.length() - start);
        List<EditOperation> amendment = RandomDrafts.amendment(draft, random, NewIds.of(draft));
        Assume.that(amendment != null);
        return new Case(draft, new Bracket("B1", node, start, end), amendment, DocumentEditor.apply(draft, amendment));
    }

    private static void collect(List<Paragraph> preamble, List<Paragraph> operative, List<String> out) {
        for (Paragraph p : preamble) {
            out.add(p.id());
            items(p.items(), out);
        }
        for (Paragraph p : operative) {
            out.add(p.id());
            items(p.items(), out);
        }
    }

    private static void items(List<Item> items, List<String> out) {
        for (Item item : items) {
            out.add(item.id());
            items(item.items(), out);
        }
    }

    /** Whether the amendment deletes or replaces whole the bracket's node, or edits words inside or across it. */
    private static boolean touches(Case c) {
        NodeIndex index = NodeIndex.of(c.draft());
        Bracket b = c.bracket();
        for (EditOperation op : c.amendment()) {
            if (op instanceof DeleteParagraph d && index.within(b.paragraphId(), d.paragraphId())
                    || op instanceof ReplaceParagraph r && r.paragraphId().equals(b.paragraphId())) {
                return true;
            }
            if (op instanceof ReplaceText r && r.paragraphId().equals(b.paragraphId())
                    && (r.start() == r.end() ? b.start() < r.start() && r.start() < b.end()
                    : r.start() < b.end() && b.start() < r.end())) {
                return true;
            }
        }
        return false;
    }

    @Property(tries = 2000)
    void aBracketAlwaysCoversTheSameWordsAfterAnyEditOutsideIt(@ForAll long seed) {
        Case c = random(seed);
        boolean touches = touches(c);
        Statistics.label("edit touches the bracket").collect(touches);
        Assume.that(!touches);
        String words = NodeIndex.of(c.draft()).text(c.bracket().paragraphId())
                .substring(c.bracket().start(), c.bracket().end());

        BracketMoves.Outcome outcome = BracketMoves.over(c.draft(), c.amendment(), "A1").follow(c.bracket());

        assertThat(outcome).isNotInstanceOf(BracketMoves.Lapsed.class);
        Bracket moved = outcome instanceof BracketMoves.Moved m ? m.bracket() : ((BracketMoves.Kept) outcome).bracket();
        assertThat(moved.paragraphId()).isEqualTo(c.bracket().paragraphId());
        assertThat(NodeIndex.of(c.after()).text(moved.paragraphId()).substring(moved.start(), moved.end()))
                .isEqualTo(words);
    }

    @Property(tries = 2000)
    void afterAnyEditABracketLapsesOrCoversAnExistingRangeOfItsParagraph(@ForAll long seed) {
        Case c = random(seed);

        BracketMoves.Outcome outcome = BracketMoves.over(c.draft(), c.amendment(), "A1").follow(c.bracket());

        Statistics.label("outcome").collect(outcome.getClass().getSimpleName());
        if (outcome instanceof BracketMoves.Lapsed lapsed) {
            assertThat(lapsed.reason()).endsWith(" by A1");
            assertThat(touches(c)).isTrue();
            return;
        }
        Bracket moved = outcome instanceof BracketMoves.Moved m ? m.bracket() : ((BracketMoves.Kept) outcome).bracket();
        NodeIndex after = NodeIndex.of(c.after());
        assertThat(after.contains(moved.paragraphId())).isTrue();
        assertThat(moved.start()).isGreaterThanOrEqualTo(0).isLessThan(moved.end());
        assertThat(moved.end()).isLessThanOrEqualTo(after.text(moved.paragraphId()).length());
    }
}
