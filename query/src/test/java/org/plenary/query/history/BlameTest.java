package org.plenary.query.history;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.plenary.embedded.InMemoryMongo;
import org.plenary.query.TestProjections;
import org.plenary.query.pastview.TimeTravel;
import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.ProjectionRun;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.document.Section;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.AmendmentRejectedEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;
import org.plenary.shared.edit.ReplaceText;
import org.plenary.shared.history.BlameSpan;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Word-level blame from the stored history: who brought each span of the text at a version. */
class BlameTest {

    private static final Instant AT = Instant.parse("2017-05-23T10:00:00Z");
    private static final List<EditOperation> URGES = List.of(new ReplaceText("op1", 0, 10, "*Urges*"));
    private static final List<EditOperation> NEW_OP = List.of(new InsertParagraph(Section.OPERATIVE, "op1",
            "*Decides* to remain seized of the matter.", "op2"));

    @RegisterExtension
    static final InMemoryMongo mongo = new InMemoryMongo();

    private TimeTravel timeTravel;
    private DraftView current;

    @BeforeEach
    void setUp() {
        ProjectionStore store = new ProjectionStore(mongo.emptyDatabase("blame-test"));
        TestProjections projections = TestProjections.on(store, 3);
        DraftDocument document = new DraftDocument(null, "draft resolution", null, List.of("Brazil"), null, null, "T",
                "The General Assembly,", List.of(new Paragraph("pp1", "Recalling its resolutions,")),
                List.of(new Paragraph("op1", "*Requests* the Secretary-General to report.")), List.of(), List.of());
        List<EventEnvelope> events = List.of(
                new EventEnvelope("e0", "d1", 0, new DraftSubmittedEvent("d1", document, List.of("BRA", "MEX"), "BRA", AT)),
                new EventEnvelope("e1", "d1", 1, new AmendmentProposedEvent("d1", "A1", 1, null, URGES, "FRA", AT.plusSeconds(60))),
                new EventEnvelope("e2", "d1", 2, new AmendmentProposedEvent("d1", "A2", 1, null, NEW_OP, "DEU", AT.plusSeconds(90))),
                new EventEnvelope("e3", "d1", 3, new AmendmentAcceptedEvent("d1", "A1", URGES, "BRA", AT.plusSeconds(120))),
                new EventEnvelope("e4", "d1", 4, new AmendmentAcceptedEvent("d1", "A2", NEW_OP, "MEX", AT.plusSeconds(180))),
                new EventEnvelope("e5", "d1", 5, new AmendmentProposedEvent("d1", "A3", 5, null,
                        List.of(new ReplaceText("pp1", 0, 9, "*Recalling also*")), "JPN", AT.plusSeconds(200))),
                new EventEnvelope("e6", "d1", 6, new AmendmentRejectedEvent("d1", "A3", "no", "BRA", AT.plusSeconds(240))));
        ProjectionRun run = projections.set().run(store, 100);
        for (EventEnvelope e : events) {
            run.accept(e, new TopicPartition("t", 0), e.seq());
        }
        run.flush();
        timeTravel = new TimeTravel(store, projections.history(), projections.checkpoints());
        current = projections.drafts().find("d1");
    }

    @Test
    void eachSpanNamesTheAmendmentThatBroughtItAndTheRestTheSubmission() {
        Blame.Result blame = Blame.at(timeTravel, current, 7);

        assertThat(blame.version()).isEqualTo(7);
        assertThat(blame.mainSponsors()).containsExactly("BRA", "MEX");
        assertThat(blame.paragraphs()).extracting(Blame.ParagraphBlame::id).containsExactly("pp1", "op1", "op2");
        assertThat(blame.paragraphs()).extracting(Blame.ParagraphBlame::number).containsExactly(null, 1, 2);
        List<BlameSpan> op1 = blame.paragraphs().get(1).spans();
        assertThat(op1).extracting(BlameSpan::text).containsExactly("*Urges*", " the Secretary-General to report.");
        assertThat(op1.get(0).attribution().amendmentId()).isEqualTo("A1");
        assertThat(op1.get(0).attribution().proposer()).isEqualTo("FRA");
        assertThat(op1.get(0).attribution().acceptedBy()).isEqualTo("BRA");
        assertThat(op1.get(0).attribution().version()).isEqualTo(4);
        assertThat(op1.get(1).attribution().isOriginal()).isTrue();
        assertThat(op1.get(1).attribution().proposer()).isEqualTo("BRA, MEX"); // the main sponsors
        assertThat(blame.paragraphs().get(2).spans()).singleElement().satisfies(span -> {
            assertThat(span.attribution().amendmentId()).isEqualTo("A2");
            assertThat(span.attribution().proposer()).isEqualTo("DEU");
        });
        // the rejected amendment changed nothing
        assertThat(blame.paragraphs().get(0).spans()).singleElement()
                .satisfies(span -> assertThat(span.attribution().isOriginal()).isTrue());
    }

    @Test
    void atAnEarlierVersionOnlyTheAmendmentsAcceptedByThenCount() {
        Blame.Result blame = Blame.at(timeTravel, current, 4);

        assertThat(blame.paragraphs()).extracting(Blame.ParagraphBlame::id).containsExactly("pp1", "op1");
        assertThat(blame.paragraphs().get(1).spans()).extracting(s -> s.attribution().amendmentId())
                .containsExactly("A1", null);
        assertThat(Blame.at(timeTravel, current, 3).paragraphs().get(1).spans()).singleElement()
                .satisfies(span -> assertThat(span.attribution().isOriginal()).isTrue());
    }

    @Test
    void aHistoryWithoutItsSubmissionIsAFault() {
        DraftView elsewhere = new DraftView("d9", 2, current.document(), List.of(), List.of(), List.of(), "BRA", AT, AT, null);

        assertThatThrownBy(() -> Blame.at(timeTravel, elsewhere, 2)).isInstanceOf(IllegalStateException.class);
    }
}
