package org.plenary.command.draft;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.ProposeAmendmentCommand;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.ReplaceText;
import org.plenary.shared.wording.ResolvedAmendment;
import org.plenary.shared.wording.Wording;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code POST /api/drafts/{id}/amendments/import} sends: an amendment document in the UN wording, resolved
 * against the draft's text, proposed through the ordinary command; the new paragraph's provisional id becomes the
 * draft's next one, and the words land where the document says.
 */
class ImportedAmendmentTest {

    private static final String DOCUMENT = """
            France: amendments to draft resolution E/CN.15/2017/L.4/Rev.1

            1. In operative paragraph 1, replace the word "continue" with "pursue";

            2. After operative paragraph 3, insert the following paragraph:
            "4. *Decides* to remain seized of the matter."
            """;

    private FixtureConfiguration<DraftResolution> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(DraftResolution.class);
    }

    @Test
    void anImportedDocumentIsProposedAsTheCallerWithTheDraftsIds() {
        ResolvedAmendment resolved = Wording.read(DraftResolutionTest.document(), DOCUMENT);
        assertThat(resolved.unresolved()).isEmpty();
        List<EditOperation> ops = resolved.operations();
        assertThat(ops).containsExactly(new ReplaceText("op1", 31, 39, "pursue"),
                new InsertParagraph(org.plenary.shared.document.Section.OPERATIVE, "op3",
                        "*Decides* to remain seized of the matter.", "new1"));

        fixture.given(DraftResolutionTest.submitted())
                .when(new ProposeAmendmentCommand("d1", 1, "amendment document (France)", ops, "FRA",
                        Instant.parse("2017-05-23T11:00:00Z")))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.predicate(event -> event instanceof AmendmentProposedEvent p && p.actor().equals("FRA")
                                && p.operations().equals(List.of(new ReplaceText("op1", 31, 39, "pursue"),
                                new InsertParagraph(org.plenary.shared.document.Section.OPERATIVE, "op3",
                                        "*Decides* to remain seized of the matter.", "op4")))),
                        Matchers.andNoMore())));
    }
}
