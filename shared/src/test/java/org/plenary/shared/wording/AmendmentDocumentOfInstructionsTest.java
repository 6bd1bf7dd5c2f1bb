package org.plenary.shared.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plenary.shared.edit.DraftFixture.cybercrimeDraft;
import static org.plenary.shared.edit.DraftFixture.substitute;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.EditOperation;

/**
 * The document layout for instructions worded beforehand (amendments on several versions of a draft, worded each
 * against its own text): the same layout as for operations, and it reads back.
 */
class AmendmentDocumentOfInstructionsTest {

    private final DraftDocument draft = cybercrimeDraft();

    @Test
    void instructionsWordedBeforehandMakeTheSameDocument() {
        List<EditOperation> ops = List.of(substitute(draft, "op4", "possible", "concrete"), new DeleteParagraph("op2.3"));
        List<String> instructions = Wording.instructions(draft, ops);

        assertThat(AmendmentDocument.textOf(draft, List.of("China"), instructions))
                .isEqualTo(AmendmentDocument.text(draft, List.of("China"), List.of(ops)));
        assertThat(AmendmentDocument.htmlOf(draft, List.of("China"), instructions))
                .isEqualTo(AmendmentDocument.html(draft, List.of("China"), List.of(ops)));
        ParsedAmendment read = Wording.parse(AmendmentDocument.textOf(draft, List.of("China", "Cuba"), instructions));
        assertThat(read.sponsors()).containsExactly("China", "Cuba");
        assertThat(read.instructions()).hasSize(instructions.size());
        assertThat(read.unresolved()).isEmpty();
    }

    @Test
    void htmlEscapesWhatTheInstructionsQuote() {
        String html = AmendmentDocument.htmlOf(draft, List.of("China"),
                List.of("In operative paragraph 4, replace the word “<b>” with “&amp;”"));

        assertThat(html).contains("replace the word “&lt;b&gt;” with “&amp;amp;”.</li>").doesNotContain("<b>");
    }
}
