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
import net.jqwik.api.statistics.Statistics;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;

/** Laws of rebase and overlap over random drafts and amendments of every edit kind. */
class RebasePropertiesTest {

    private record Pair(DraftDocument draft, List<EditOperation> a, List<EditOperation> b) {
    }

    private static Pair pair(long seed) {
        Random random = new Random(seed);
        DraftDocument draft = RandomDrafts.draft(random);
        NewIds ids = NewIds.of(draft);
        List<EditOperation> a = RandomDrafts.amendment(draft, random, ids);
        List<EditOperation> b = RandomDrafts.amendment(draft, random, ids);
        Assume.that(a != null && b != null);
        return new Pair(draft, a, b);
    }

    @Property(tries = 2000)
    void amendmentsThatDoNotOverlapGiveTheSameTextInEitherOrder(@ForAll long seed) {
        Pair p = pair(seed);
        boolean overlap = Overlaps.on(p.draft()).overlap(p.a(), p.b());
        Statistics.label("overlap").collect(overlap);
        Assume.that(!overlap);

        Rebase.Result bOverA = Rebase.onto(p.draft(), p.b(), p.a());
        Rebase.Result aOverB = Rebase.onto(p.draft(), p.a(), p.b());

        assertThat(bOverA).isInstanceOf(Rebase.Rebased.class);
        assertThat(aOverB).isInstanceOf(Rebase.Rebased.class);
        DraftDocument aThenB = DocumentEditor.apply(DocumentEditor.apply(p.draft(), p.a()),
                ((Rebase.Rebased) bOverA).operations());
        DraftDocument bThenA = DocumentEditor.apply(DocumentEditor.apply(p.draft(), p.b()),
                ((Rebase.Rebased) aOverB).operations());
        assertThat(aThenB).isEqualTo(bThenA);
    }

    @Property(tries = 1000)
    void overlapIsSymmetricAndIsExactlyWhenRebaseOvertakes(@ForAll long seed) {
        Pair p = pair(seed);
        Overlaps overlaps = Overlaps.on(p.draft());
        boolean ab = overlaps.overlap(p.a(), p.b());

        assertThat(overlaps.overlap(p.b(), p.a())).isEqualTo(ab);
        assertThat(overlaps.between("A", p.a(), "B", p.b()).isEmpty()).isEqualTo(!ab);
        Rebase.Result result = Rebase.over(p.draft(), NodeIndex.of(p.draft()), p.a(), "A4").rebase(p.b());
        assertThat(result instanceof Rebase.Overtaken).isEqualTo(ab);
        if (result instanceof Rebase.Overtaken overtaken) {
            assertThat(overtaken.reasons()).isNotEmpty().allSatisfy(reason -> assertThat(reason).endsWith(" by A4"));
        }
    }

    @Property(tries = 1000)
    void rebaseKeepsEveryOperationOnItsParagraphAndOnlyShiftsRanges(@ForAll long seed) {
        Pair p = pair(seed);
        Assume.that(Rebase.onto(p.draft(), p.b(), p.a()) instanceof Rebase.Rebased);
        List<EditOperation> moved = ((Rebase.Rebased) Rebase.onto(p.draft(), p.b(), p.a())).operations();

        assertThat(moved).hasSameSizeAs(p.b());
        for (int i = 0; i < moved.size(); i++) {
            EditOperation before = p.b().get(i);
            EditOperation after = moved.get(i);
            assertThat(after.getClass()).isEqualTo(before.getClass());
            if (!(before instanceof InsertParagraph)) {
                assertThat(after.target()).isEqualTo(before.target()); // an insert may follow an applied insert
            }
            if (before instanceof ReplaceText r) {
                ReplaceText s = (ReplaceText) after;
                assertThat(s.paragraphId()).isEqualTo(r.paragraphId());
                assertThat(s.end() - s.start()).isEqualTo(r.end() - r.start());
                assertThat(s.text()).isEqualTo(r.text());
                String newText = DraftFixture.textOf(DocumentEditor.apply(p.draft(), p.a()), r.paragraphId());
                assertThat(newText.substring(s.start(), s.end()))
                        .isEqualTo(DraftFixture.textOf(p.draft(), r.paragraphId()).substring(r.start(), r.end()));
            } else if (!(before instanceof InsertParagraph) && !(before instanceof InsertItem)) {
                assertThat(after).isEqualTo(before);
            }
        }
    }

    @Property(tries = 1000)
    void rebaseOverChangesToOtherParagraphsIsTheIdentity(@ForAll long seed) {
        Random random = new Random(seed);
        DraftDocument draft = RandomDrafts.draft(random);
        NewIds ids = NewIds.of(draft);
        List<EditOperation> pending = RandomDrafts.amendment(draft, random, ids);
        Assume.that(pending != null);
        Set<String> touched = new HashSet<>();
        NodeIndex index = NodeIndex.of(draft);
        for (EditOperation op : pending) {
            for (Footprint f : List.of(Footprint.of(op, draft, index))) {
                for (String node : f.nodes) {
                    if (index.contains(node)) {
                        touched.addAll(index.selfAndAncestors(node));
                        touched.addAll(index.subtree(node));
                    }
                }
            }
        }
        List<EditOperation> elsewhere = new ArrayList<>();
        for (String node : RandomDrafts.nodeIds(draft)) {
            if (!touched.contains(node) && random.nextBoolean()) {
                elsewhere.add(RandomDrafts.replaceText(index.text(node), node, random));
            }
        }
        Assume.that(!elsewhere.isEmpty());
        // words of other paragraphs can still hold the call of a footnote the pending amendment replaces
        Assume.that(!Overlaps.on(draft).overlap(pending, elsewhere));

        Rebase.Result result = Rebase.onto(draft, pending, elsewhere);

        assertThat(result).isEqualTo(new Rebase.Rebased(pending));
    }

    @Property(tries = 500)
    void paragraphsInsertedAtTheSamePlaceStandInTheOrderOfTheirIds(@ForAll long seed) {
        Random random = new Random(seed);
        DraftDocument draft = RandomDrafts.draft(random);
        Section section = random.nextBoolean() ? Section.PREAMBLE : Section.OPERATIVE;
        List<Paragraph> paragraphs = draft.section(section);
        String after = paragraphs.isEmpty() || random.nextInt(3) == 0 ? null
                : paragraphs.get(random.nextInt(paragraphs.size())).id();
        NewIds ids = NewIds.of(draft);
        List<EditOperation> a = inserts(section, after, random, ids);
        List<EditOperation> b = inserts(section, after, random, ids);

        DraftDocument aThenB = DocumentEditor.apply(DocumentEditor.apply(draft, a),
                ((Rebase.Rebased) Rebase.onto(draft, b, a)).operations());
        DraftDocument bThenA = DocumentEditor.apply(DocumentEditor.apply(draft, b),
                ((Rebase.Rebased) Rebase.onto(draft, a, b)).operations());

        assertThat(aThenB).isEqualTo(bThenA);
        List<String> inserted = aThenB.section(section).stream().map(Paragraph::id)
                .filter(id -> draft.section(section).stream().noneMatch(q -> q.id().equals(id))).toList();
        List<String> sorted = new ArrayList<>(inserted);
        sorted.sort(IdOrder::compare);
        assertThat(inserted).isEqualTo(sorted).hasSize(a.size() + b.size());
    }

    private static List<EditOperation> inserts(Section section, String after, Random random, NewIds ids) {
        List<EditOperation> ops = new ArrayList<>();
        for (int i = 0; i <= random.nextInt(3); i++) {
            ops.add(new InsertParagraph(section, after, "*Notes* " + RandomDrafts.words(random, 1, 3) + ";", null));
        }
        List<EditOperation> assigned = ids.assign(ops);
        ids.record(assigned);
        return assigned;
    }
}
