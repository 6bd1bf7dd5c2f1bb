package org.plenary.shared.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.DraftFixture.Node;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.ReplaceText;
import org.plenary.shared.history.Negotiations.Amendment;

/** Laws of blame after generated sequences of valid amendments. */
class BlameTrackerPropertiesTest {

    @Provide
    Arbitrary<DraftDocument> documents() {
        return Negotiations.documents();
    }

    private static BlameTracker replay(DraftDocument document, List<Amendment> amendments) {
        BlameTracker tracker = new BlameTracker(document, Negotiations.ORIGINAL);
        for (Amendment amendment : amendments) {
            tracker.apply(amendment.operations(), amendment.attribution());
        }
        return tracker;
    }

    @Property
    void blameCoversEveryCharacterOfEveryParagraphExactlyOnce(@ForAll("documents") DraftDocument document,
            @ForAll @IntRange(max = 8) int count, @ForAll Random random) {
        BlameTracker tracker = replay(document, Negotiations.amendments(document, count, random));

        Map<String, List<BlameSpan>> blame = tracker.blame();

        List<Node> nodes = Negotiations.nodes(tracker.document());
        assertThat(blame.keySet()).containsExactlyElementsOf(nodes.stream().map(Node::id).toList());
        for (Node node : nodes) {
            BlameTrackerTest.assertContiguous(blame.get(node.id()), node.text());
        }
    }

    @Property
    void theTrackedDocumentEqualsFoldingTheEditorOverTheAmendments(@ForAll("documents") DraftDocument document,
            @ForAll @IntRange(max = 8) int count, @ForAll Random random) {
        List<Amendment> amendments = Negotiations.amendments(document, count, random);

        DraftDocument folded = document;
        for (Amendment amendment : amendments) {
            folded = DocumentEditor.apply(folded, amendment.operations());
        }

        assertThat(replay(document, amendments).document()).isEqualTo(folded);
    }

    @Property
    void everyCharacterIsAttributedToTheAmendmentThatLastWroteIt(@ForAll("documents") DraftDocument document,
            @ForAll @IntRange(max = 8) int count, @ForAll Random random) {
        List<Amendment> amendments = Negotiations.amendments(document, count, random);
        Map<String, List<Attribution>> model = new HashMap<>();
        for (Node node : Negotiations.nodes(document)) {
            model.put(node.id(), new ArrayList<>(Collections.nCopies(node.text().length(), Negotiations.ORIGINAL)));
        }
        DraftDocument current = document;
        for (Amendment amendment : amendments) {
            applyToModel(model, current, amendment);
            current = DocumentEditor.apply(current, amendment.operations());
        }

        Map<String, List<BlameSpan>> blame = replay(document, amendments).blame();

        assertThat(blame.keySet()).containsExactlyInAnyOrderElementsOf(model.keySet());
        for (Map.Entry<String, List<BlameSpan>> entry : blame.entrySet()) {
            List<Attribution> perCharacter = new ArrayList<>();
            for (BlameSpan span : entry.getValue()) {
                perCharacter.addAll(Collections.nCopies(span.end() - span.start(), span.attribution()));
            }
            assertThat(perCharacter).as(entry.getKey()).isEqualTo(model.get(entry.getKey()));
        }
    }

    @Property
    void aCopyIsUnaffectedByAmendmentsToTheOriginalAndTheOtherWayRound(@ForAll("documents") DraftDocument document,
            @ForAll @IntRange(min = 2, max = 6) int count, @ForAll Random random) {
        List<Amendment> amendments = Negotiations.amendments(document, count, random);
        BlameTracker tracker = replay(document, amendments.subList(0, 1));
        BlameTracker copy = tracker.copy();
        Map<String, List<BlameSpan>> atCopy = copy.blame();

        for (Amendment amendment : amendments.subList(1, amendments.size())) {
            tracker.apply(amendment.operations(), amendment.attribution());
        }

        assertThat(copy.blame()).isEqualTo(atCopy);
        assertThat(tracker.blame()).isEqualTo(replay(document, amendments).blame());
    }

    // A character-by-character model of blame, straight from the meaning of each operation.
    private static void applyToModel(Map<String, List<Attribution>> model, DraftDocument base, Amendment amendment) {
        List<ReplaceText> replacements = new ArrayList<>();
        for (EditOperation op : amendment.operations()) {
            if (op instanceof ReplaceText r) {
                replacements.add(r);
            } else if (op instanceof InsertParagraph insert) {
                model.put(insert.paragraphId(),
                        new ArrayList<>(Collections.nCopies(insert.text().length(), amendment.attribution())));
            }
        }
        replacements.sort((x, y) -> Integer.compare(y.start(), x.start()));
        for (ReplaceText r : replacements) {
            List<Attribution> chars = model.get(r.paragraphId());
            chars.subList(r.start(), r.end()).clear();
            chars.addAll(r.start(), Collections.nCopies(r.text().length(), amendment.attribution()));
        }
        for (EditOperation op : amendment.operations()) {
            if (op instanceof DeleteParagraph delete) {
                for (Node node : Negotiations.nodes(base)) {
                    if (within(base, node.id(), delete.paragraphId())) {
                        model.remove(node.id());
                    }
                }
            }
        }
    }

    private static boolean within(DraftDocument document, String id, String ancestor) {
        Map<String, String> parents = new HashMap<>();
        for (Node node : Negotiations.nodes(document)) {
            parents.put(node.id(), node.parent());
        }
        for (String current = id; current != null; current = parents.get(current)) {
            if (current.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
