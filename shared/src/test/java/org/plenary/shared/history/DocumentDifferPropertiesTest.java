package org.plenary.shared.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.DraftFixture.Node;
import org.plenary.shared.history.Negotiations.Amendment;
import org.plenary.shared.history.ParagraphDiff.Status;
import org.plenary.shared.history.WordChange.Kind;

/** Laws of the document diff over generated drafts and amendments. */
class DocumentDifferPropertiesTest {

    @Provide
    Arbitrary<DraftDocument> documents() {
        return Negotiations.documents();
    }

    private static DraftDocument amend(DraftDocument document, List<Amendment> amendments) {
        DraftDocument current = document;
        for (Amendment amendment : amendments) {
            current = DocumentEditor.apply(current, amendment.operations());
        }
        return current;
    }

    @Property
    void theDiffReportsEveryChangedIdAndNothingForUntouchedOnes(@ForAll("documents") DraftDocument document,
            @ForAll @IntRange(max = 6) int count, @ForAll Random random) {
        DraftDocument after = amend(document, Negotiations.amendments(document, count, random));
        Map<String, Node> before = byId(document);
        Map<String, Node> now = byId(after);

        DocumentDiff diff = DocumentDiffer.diff(document, after);

        Set<String> all = new HashSet<>(before.keySet());
        all.addAll(now.keySet());
        assertThat(diff.paragraphs()).extracting(ParagraphDiff::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(all);
        for (ParagraphDiff p : diff.paragraphs()) {
            Node old = before.get(p.id());
            Node current = now.get(p.id());
            Status expected = old == null ? Status.ADDED
                    : current == null ? Status.DELETED
                    : old.text().equals(current.text()) ? Status.UNCHANGED : Status.CHANGED;
            assertThat(p.status()).as(p.id()).isEqualTo(expected);
            assertThat(p.oldText()).isEqualTo(old == null ? null : old.text());
            assertThat(p.newText()).isEqualTo(current == null ? null : current.text());
        }
        assertThat(diff.fields()).isEmpty();
        assertThat(diff.isEmpty()).isEqualTo(diff.paragraphs().stream().allMatch(p -> p.status() == Status.UNCHANGED));
    }

    @Property
    void everyParagraphsChangesRebuildItsOldAndNewText(@ForAll("documents") DraftDocument document,
            @ForAll @IntRange(max = 6) int count, @ForAll Random random) {
        DraftDocument after = amend(document, Negotiations.amendments(document, count, random));

        for (ParagraphDiff p : DocumentDiffer.diff(document, after).paragraphs()) {
            assertThat(WordDiffPropertiesTest.side(p.changes(), Kind.DELETE)).isEqualTo(orEmpty(p.oldText()));
            assertThat(WordDiffPropertiesTest.side(p.changes(), Kind.INSERT)).isEqualTo(orEmpty(p.newText()));
        }
    }

    @Property
    void numbersArePositionsInEachVersionAndParentsAreKept(@ForAll("documents") DraftDocument document,
            @ForAll @IntRange(max = 6) int count, @ForAll Random random) {
        DraftDocument after = amend(document, Negotiations.amendments(document, count, random));
        Map<String, Integer> positionsBefore = positions(document);
        Map<String, Integer> positionsAfter = positions(after);
        Map<String, Node> before = byId(document);
        Map<String, Node> now = byId(after);

        for (ParagraphDiff p : DocumentDiffer.diff(document, after).paragraphs()) {
            assertThat(p.fromNumber()).isEqualTo(positionsBefore.get(p.id()));
            assertThat(p.toNumber()).isEqualTo(positionsAfter.get(p.id()));
            Node node = now.containsKey(p.id()) ? now.get(p.id()) : before.get(p.id());
            boolean item = !node.parent().equals("preamble") && !node.parent().equals("operative");
            assertThat(p.section()).isEqualTo(item ? "item" : node.parent());
            assertThat(p.parentId()).isEqualTo(item ? node.parent() : null);
        }
    }

    @Property
    void reorderingParagraphsMovesAsFewAsTheLongestKeptOrderAllows(@ForAll("documents") DraftDocument document,
            @ForAll Random random) {
        List<Paragraph> shuffled = new ArrayList<>(document.operative());
        Collections.shuffle(shuffled, random);
        DraftDocument after = document.withSection(Section.OPERATIVE, shuffled);

        DocumentDiff diff = DocumentDiffer.diff(document, after);

        List<Integer> newPositions = new ArrayList<>();
        for (Paragraph p : document.operative()) {
            newPositions.add(shuffled.indexOf(p));
        }
        long moved = diff.paragraphs().stream().filter(p -> p.status() == Status.MOVED).count();
        assertThat(moved).isEqualTo(newPositions.size() - longestIncreasing(newPositions));
        assertThat(diff.paragraphs()).filteredOn(p -> p.status() == Status.MOVED)
                .allMatch(p -> p.section().equals("operative"));
        assertThat(diff.paragraphs()).allMatch(p -> p.status() == Status.MOVED || p.status() == Status.UNCHANGED);
    }

    @Property
    void aDocumentComparedWithItselfIsEmpty(@ForAll("documents") DraftDocument document) {
        DocumentDiff diff = DocumentDiffer.diff(document, document);

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.paragraphs()).hasSize(Negotiations.nodes(document).size());
        assertThat(DiffHtml.render(diff)).contains("No changes.").doesNotContain("<script>");
    }

    @Property
    void theHtmlNeverCarriesRawMarkupFromTheText(@ForAll("documents") DraftDocument document,
            @ForAll @IntRange(min = 1, max = 4) int count, @ForAll Random random) {
        DraftDocument after = amend(document, Negotiations.amendments(document, count, random));

        String html = DiffHtml.render(DocumentDiffer.diff(document, after));

        assertThat(html).doesNotContain("<script>").doesNotContain("& ");
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static Map<String, Node> byId(DraftDocument document) {
        Map<String, Node> out = new HashMap<>();
        for (Node node : Negotiations.nodes(document)) {
            out.put(node.id(), node);
        }
        return out;
    }

    // 1-based position of every node among its siblings.
    private static Map<String, Integer> positions(DraftDocument document) {
        Map<String, Integer> out = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Node node : Negotiations.nodes(document)) {
            out.put(node.id(), seen.merge(node.parent(), 1, Integer::sum));
        }
        return out;
    }

    private static int longestIncreasing(List<Integer> values) {
        int[] best = new int[values.size()];
        int longest = 0;
        for (int i = 0; i < values.size(); i++) {
            best[i] = 1;
            for (int j = 0; j < i; j++) {
                if (values.get(j) < values.get(i)) {
                    best[i] = Math.max(best[i], best[j] + 1);
                }
            }
            longest = Math.max(longest, best[i]);
        }
        return longest;
    }
}
