package org.plenary.shared.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;

/**
 * An amendment that deletes exactly the words between two changes of another: found by {@code RebasePropertiesTest}
 * (seed -24142: "replacements [13, 13) and [13, 13) in pp1.1 overlap" when the rebased amendment was applied).
 */
class JoinedReplacementsTest {

    private static final DraftDocument DRAFT = new DraftDocument(null, "draft resolution", null, List.of("Brazil"), null,
            null, "T", "The General Assembly,", List.of(new Paragraph("pp1", "Recalling its resolutions,")),
            List.of(new Paragraph("op1", "*Requests* a report.")), List.of(), List.of());

    // "Recalling its| |resolutions,": A deletes the space at 13; B inserts before it (13) and after it (14)
    private static final List<EditOperation> DELETES_THE_SPACE = List.of(new ReplaceText("pp1", 13, 14, ""));
    private static final List<EditOperation> INSERTS_AROUND_IT = List.of(new ReplaceText("pp1", 14, 14, "own "),
            new ReplaceText("pp1", 13, 13, " earlier"));

    @Test
    void deletingTheWordsBetweenTwoInsertionsOverlapsThemBothWays() {
        Overlaps overlaps = Overlaps.on(DRAFT);
        assertThat(overlaps.overlap(DELETES_THE_SPACE, INSERTS_AROUND_IT)).isTrue();
        assertThat(overlaps.overlap(INSERTS_AROUND_IT, DELETES_THE_SPACE)).isTrue();
        assertThat(overlaps.between("A1", DELETES_THE_SPACE, "A2", INSERTS_AROUND_IT))
                .extracting(Overlap::first, Overlap::second, Overlap::kind, Overlap::why)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 0, "words",
                        "A1 deletes the words between two changes A2 makes to the first preambular paragraph"));

        Rebase.Result insertionsOverDeletion = Rebase.over(DRAFT, NodeIndex.of(DRAFT), DELETES_THE_SPACE, "A1")
                .rebase(INSERTS_AROUND_IT);
        Rebase.Result deletionOverInsertions = Rebase.over(DRAFT, NodeIndex.of(DRAFT), INSERTS_AROUND_IT, "A2")
                .rebase(DELETES_THE_SPACE);
        assertThat(insertionsOverDeletion).isInstanceOf(Rebase.Overtaken.class);
        assertThat(((Rebase.Overtaken) insertionsOverDeletion).reasons())
                .containsExactly("the words between two of its changes to the first preambular paragraph were deleted by A1");
        assertThat(deletionOverInsertions).isInstanceOf(Rebase.Overtaken.class);
        assertThat(((Rebase.Overtaken) deletionOverInsertions).reasons())
                .containsExactly("it deletes the words between two changes to the first preambular paragraph by A2");
    }

    @Test
    void replacingThoseWordsKeepsTheTwoInsertionsApart() {
        List<EditOperation> replaces = List.of(new ReplaceText("pp1", 13, 14, " - "));
        assertThat(Overlaps.on(DRAFT).overlap(replaces, INSERTS_AROUND_IT)).isFalse();

        Rebase.Result carried = Rebase.onto(DRAFT, INSERTS_AROUND_IT, replaces);
        Rebase.Result back = Rebase.onto(DRAFT, replaces, INSERTS_AROUND_IT);
        DraftDocument oneWay = DocumentEditor.apply(DocumentEditor.apply(DRAFT, replaces), ((Rebase.Rebased) carried).operations());
        DraftDocument otherWay = DocumentEditor.apply(DocumentEditor.apply(DRAFT, INSERTS_AROUND_IT), ((Rebase.Rebased) back).operations());
        assertThat(oneWay).isEqualTo(otherWay);
        assertThat(oneWay.preamble().get(0).text()).isEqualTo("Recalling its earlier - own resolutions,");
    }
}
