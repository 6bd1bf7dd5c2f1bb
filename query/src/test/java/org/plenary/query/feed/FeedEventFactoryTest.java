package org.plenary.query.feed;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.draft.Actors;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.AmendmentRejectedEvent;
import org.plenary.shared.draft.AmendmentWithdrawnEvent;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.CoSponsorWithdrawnEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.ReplaceText;
import org.plenary.shared.json.Json;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedEventFactoryTest {

    private static final Instant AT = Instant.parse("2017-05-24T10:15:30Z");

    private static final DraftDocument DRAFT = new DraftDocument(null, "draft resolution", "E/CN.15/2017/L.4", List.of(),
            null, null, "Strengthening cooperation", "The Commission,",
            List.of(new Paragraph("pp1", "*Recalling* its resolution 22/8,")),
            List.of(new Paragraph("op1", "*Decides* to act swiftly and with resolve;"),
                    new Paragraph("op2", "*Requests* the Office:", List.of(
                            new Item("op2.1", "(a)", "to report annually;", List.of())))),
            List.of(), List.of());

    @Test
    void summariesNameDelegationsByTheirUnShortName() {
        assertThat(summary(new DraftSubmittedEvent("d", DRAFT, List.of("BRA"), "BRA", AT)))
                .isEqualTo("Brazil submitted E/CN.15/2017/L.4");
        assertThat(summary(new CoSponsorJoinedEvent("d", "FRA", "FRA", AT))).isEqualTo("France joined as co-sponsor");
        assertThat(summary(new CoSponsorWithdrawnEvent("d", "IRN", "IRN", AT)))
                .isEqualTo("Iran (Islamic Republic of) withdrew as co-sponsor");
        assertThat(summary(new AmendmentProposedEvent("d", "A3", 4, null, List.of(new DeleteParagraph("op1")), "FRA", AT)))
                .isEqualTo("France proposed amendment A3");
        assertThat(summary(new AmendmentAcceptedEvent("d", "A3", List.of(new DeleteParagraph("op1")), "BRA", AT)))
                .isEqualTo("Brazil accepted amendment A3");
        assertThat(summary(new AmendmentRejectedEvent("d", "A3", "too late", "BRA", AT)))
                .isEqualTo("Brazil rejected amendment A3");
        assertThat(summary(new AmendmentWithdrawnEvent("d", "A3", "FRA", AT))).isEqualTo("France withdrew amendment A3");
        assertThat(summary(new DraftSubmittedEvent("d", DRAFT, List.of("BRA"), Actors.SECRETARIAT, AT)))
                .startsWith("The Secretariat submitted");
    }

    @Test
    void aDraftWithoutSymbolIsNamedByItsTitle() {
        DraftDocument untitled = new DraftDocument(null, null, null, List.of(), null, null, "Cybercrime", null,
                List.of(), List.of(), List.of(), List.of());
        assertThat(summary(new DraftSubmittedEvent("d", untitled, List.of("BRA"), "BRA", AT)))
                .isEqualTo("Brazil submitted “Cybercrime”");
    }

    @Test
    void replacementsAreDescribedAgainstTheTextBeforeTheAmendment() {
        String text = "*Decides* to act swiftly and with resolve;";
        int swiftly = text.indexOf("swiftly");
        int resolve = text.indexOf("resolve");
        List<TextChange> changes = changes(
                new ReplaceText("op1", resolve, resolve + "resolve".length(), "determination"),
                new ReplaceText("op1", swiftly, swiftly + "swiftly".length(), "without delay"),
                new ReplaceText("op2.1", 3, 9, "publish"));

        assertThat(changes).containsExactly(
                new TextChange.ReplacedText("op1", resolve, resolve + 7, "resolve", "determination",
                        "*Decides* to act without delay and with determination;"),
                new TextChange.ReplacedText("op1", swiftly, swiftly + 7, "swiftly", "without delay",
                        "*Decides* to act without delay and with determination;"),
                new TextChange.ReplacedText("op2.1", 3, 9, "report", "publish", "to publish annually;"));
    }

    @Test
    void insertsAndDeletesNameTheParagraphs() {
        List<TextChange> changes = changes(
                new InsertParagraph(Section.OPERATIVE, null, "*Welcomes* the report;", "op3"),
                new InsertParagraph(Section.PREAMBLE, "pp1", "*Noting* the work done,", "pp2"),
                new DeleteParagraph("op2"));

        assertThat(changes).containsExactly(
                new TextChange.InsertedParagraph(Section.OPERATIVE, null, "op3", "*Welcomes* the report;"),
                new TextChange.InsertedParagraph(Section.PREAMBLE, "pp1", "pp2", "*Noting* the work done,"),
                new TextChange.DeletedParagraph("op2"));
    }

    @Test
    void theJsonCarriesTheEventAndItsChangesInTheFeedShape() {
        AmendmentAcceptedEvent accepted = new AmendmentAcceptedEvent("d1", "A2", List.of(
                new InsertParagraph(Section.OPERATIVE, null, "*Welcomes* the report;", "op3"),
                new ReplaceText("op1", 0, 9, "*Resolves*")), "CHN", AT);
        FeedEventFactory.Result result = FeedEventFactory.build("d1", 6, accepted, DRAFT);
        JsonNode json = Json.mapper().valueToTree(result.event());

        assertThat(json.fieldNames()).toIterable().containsExactly("id", "draftId", "version", "seq", "type", "actor",
                "at", "summary", "event", "textChanges");
        assertThat(json.get("id").asText()).isEqualTo("d1:7");
        assertThat(json.get("version").asLong()).isEqualTo(7);
        assertThat(json.get("seq").asLong()).isEqualTo(6);
        assertThat(json.get("type").asText()).isEqualTo("AmendmentAcceptedEvent");
        assertThat(json.get("actor").asText()).isEqualTo("CHN");
        assertThat(json.get("at").asText()).isEqualTo("2017-05-24T10:15:30Z");
        assertThat(json.get("summary").asText()).isEqualTo("China accepted amendment A2");
        assertThat(json.get("event").get("amendmentId").asText()).isEqualTo("A2");
        JsonNode insert = json.get("textChanges").get(0);
        assertThat(insert.fieldNames()).toIterable().containsExactly("op", "section", "after", "paragraphId", "text");
        assertThat(insert.get("op").asText()).isEqualTo("insertParagraph");
        assertThat(insert.get("after").isNull()).isTrue();
        JsonNode replace = json.get("textChanges").get(1);
        assertThat(replace.fieldNames()).toIterable()
                .containsExactly("op", "paragraphId", "start", "end", "deleted", "inserted", "newText");
        assertThat(replace.get("deleted").asText()).isEqualTo("*Decides*");
        assertThat(replace.get("newText").asText()).isEqualTo("*Resolves* to act swiftly and with resolve;");
        assertThat(result.after().operative()).extracting(Paragraph::id).containsExactly("op3", "op1", "op2");
    }

    @Test
    void otherEventsHaveNoTextChangesAndNeedNoText() {
        CoSponsorJoinedEvent joined = new CoSponsorJoinedEvent("d1", "FRA", "FRA", AT);
        FeedEvent event = FeedEventFactory.build("d1", 1, joined, null).event();
        assertThat(event.textChanges()).isEmpty();
        assertThat(event.event().get("delegation").asText()).isEqualTo("FRA");
    }

    @Test
    void anAcceptedAmendmentNeedsTheTextBeforeIt() {
        AmendmentAcceptedEvent accepted = new AmendmentAcceptedEvent("d1", "A1", List.of(new DeleteParagraph("op1")),
                "BRA", AT);
        assertThatThrownBy(() -> FeedEventFactory.build("d1", 3, accepted, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before seq 3");
    }

    private static String summary(DraftEvent event) {
        return EventSummaries.summarize(event);
    }

    private static List<TextChange> changes(EditOperation... operations) {
        return TextChangeBuilder.describe(DRAFT, List.of(operations)).changes();
    }
}
