package org.plenary.shared.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DocumentView.NumberedParagraph;
import org.plenary.shared.edit.DraftFixture;

class DocumentViewTest {

    private final DraftDocument draft = DraftFixture.cybercrimeDraft();

    @Test
    void numbersOperativeParagraphsInOrder() {
        DocumentView view = DocumentView.of(draft);

        assertThat(view.operative()).extracting(NumberedParagraph::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(view.operative()).extracting(NumberedParagraph::id)
                .containsExactly("op1", "op2", "op3", "op4", "op5", "op6");
        assertThat(view.operative().get(0).text()).isEqualTo(DraftFixture.OP1);
        assertThat(view.operative().get(1).items()).isEqualTo(draft.operative().get(1).items());
    }

    @Test
    void numbersFollowTheOrderNotTheIds() {
        DraftDocument reordered = draft.withSection(Section.OPERATIVE,
                List.of(new Paragraph("op7", "*Welcomes* the report;"), new Paragraph("op2", "*Decides*;"),
                        new Paragraph("op1", "*Requests* a report.")));

        assertThat(DocumentView.of(reordered).operative())
                .extracting(n -> n.id() + "=" + n.number())
                .containsExactly("op7=1", "op2=2", "op1=3");
    }

    @Test
    void keepsEverythingElse() {
        DocumentView view = DocumentView.of(draft);

        assertThat(view.header()).isEqualTo(draft.header());
        assertThat(view.kind()).isEqualTo("revised draft resolution");
        assertThat(view.symbol()).isEqualTo("E/CN.15/2017/L.4/Rev.1");
        assertThat(view.sponsors()).isEqualTo(draft.sponsors());
        assertThat(view.title()).isEqualTo(draft.title());
        assertThat(view.subject()).isEqualTo(draft.subject());
        assertThat(view.preamble()).isEqualTo(draft.preamble());
        assertThat(view.footnotes()).isEqualTo(draft.footnotes());
        assertThat(view.closing()).isEqualTo(draft.closing());
    }

    @Test
    void noOperativeParagraphs() {
        assertThat(DocumentView.of(draft.withSection(Section.OPERATIVE, List.of())).operative()).isEmpty();
    }
}
