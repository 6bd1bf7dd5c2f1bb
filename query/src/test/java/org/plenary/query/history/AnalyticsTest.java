package org.plenary.query.history;

import org.junit.jupiter.api.Test;
import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.DraftViewBuilder;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Paragraph;
import org.plenary.shared.draft.AmendmentAcceptedEvent;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.AmendmentRejectedEvent;
import org.plenary.shared.draft.AmendmentWithdrawnEvent;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.CoSponsorWithdrawnEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.ReplaceText;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Negotiation analytics from the draft views: counts, acceptance rates, most amended paragraphs, co-sponsors over time. */
class AnalyticsTest {

    private static final Instant AT = Instant.parse("2017-05-23T10:00:00Z");
    private static final List<EditOperation> OP1 = List.of(new ReplaceText("op1", 0, 10, "*Urges*"));
    private static final List<EditOperation> OP1_AND_PP1 = List.of(new ReplaceText("op1", 11, 14, "her"),
            new ReplaceText("pp1", 0, 9, "*Noting*"), new ReplaceText("op1", 0, 10, "*Asks*"));

    /** FRA: A1 accepted after 2 hours, A2 rejected; DEU: A3 withdrawn, A4 pending; JPN joins and leaves, KEN joins. */
    static DraftView first() {
        return view("d1",
                new CoSponsorJoinedEvent("d1", "JPN", "JPN", AT.plusSeconds(60)),
                new AmendmentProposedEvent("d1", "A1", 2, null, OP1, "FRA", AT.plusSeconds(120)),
                new AmendmentProposedEvent("d1", "A2", 2, null, OP1_AND_PP1, "FRA", AT.plusSeconds(180)),
                new AmendmentAcceptedEvent("d1", "A1", OP1, "BRA", AT.plusSeconds(7200)),
                new AmendmentRejectedEvent("d1", "A2", "no", "BRA", AT.plusSeconds(7300)),
                new CoSponsorJoinedEvent("d1", "KEN", "KEN", AT.plusSeconds(7400)),
                new AmendmentProposedEvent("d1", "A3", 7, null, List.of(new DeleteParagraph("pp1")), "DEU", AT.plusSeconds(7500)),
                new AmendmentWithdrawnEvent("d1", "A3", "DEU", AT.plusSeconds(7600)),
                new CoSponsorWithdrawnEvent("d1", "JPN", "JPN", AT.plusSeconds(7700)),
                new AmendmentProposedEvent("d1", "A4", 10, null, OP1, "DEU", AT.plusSeconds(7800)));
    }

    /** FRA: A1 accepted after 1 hour. */
    static DraftView second() {
        return view("d2",
                new AmendmentProposedEvent("d2", "A1", 1, null, OP1, "FRA", AT.plusSeconds(60)),
                new AmendmentAcceptedEvent("d2", "A1", OP1, "BRA", AT.plusSeconds(3600)));
    }

    @Test
    void perDraftEveryDelegationsAmendmentsByOutcome() {
        Analytics.DraftAnalytics analytics = Analytics.of(first());

        assertThat(analytics.version()).isEqualTo(11);
        assertThat(analytics.delegations()).containsExactly(
                new Analytics.DelegationStats("DEU", "Germany", 2, 0, 0, 1, 1, null), // nothing decided: no rate
                new Analytics.DelegationStats("FRA", "France", 2, 1, 1, 0, 0, 0.5));
        assertThat(analytics.mostAmendedParagraphs()).containsExactly(
                new Analytics.ParagraphStats("d1", "op1", 3, 1), // A2 touches op1 twice: counted once
                new Analytics.ParagraphStats("d1", "pp1", 2, 0));
        assertThat(analytics.acceptances()).singleElement()
                .satisfies(a -> assertThat(a.secondsFromSubmission()).isEqualTo(7200));
        assertThat(analytics.medianSecondsToAcceptance()).isEqualTo(7200);
    }

    @Test
    void theCoSponsorCountStepsAtEveryJoinAndWithdrawal() {
        assertThat(Analytics.of(first()).coSponsorSeries()).extracting(Analytics.SeriesPoint::version,
                Analytics.SeriesPoint::coSponsors).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, 0), org.assertj.core.groups.Tuple.tuple(2L, 1),
                org.assertj.core.groups.Tuple.tuple(7L, 2), org.assertj.core.groups.Tuple.tuple(10L, 1));
    }

    @Test
    void acrossDraftsTheCountsAddUpAndTheMedianTakesEveryAcceptance() {
        Analytics.OverallAnalytics overall = Analytics.across(List.of(first(), second()));

        assertThat(overall.drafts()).isEqualTo(2);
        assertThat(overall.delegations().get(0)).isEqualTo(new Analytics.DelegationStats("FRA", "France", 3, 2, 1, 0, 0, 2.0 / 3));
        assertThat(overall.acceptances()).extracting(Analytics.Acceptance::draftId).containsExactly("d1", "d2");
        assertThat(overall.medianSecondsToAcceptance()).isEqualTo(7200); // of 3600 and 7200, the upper
        assertThat(overall.mostAmendedParagraphs()).extracting(Analytics.ParagraphStats::draftId)
                .containsExactly("d1", "d1", "d2");
        assertThat(Analytics.across(List.of()).medianSecondsToAcceptance()).isNull();
    }

    private static DraftView view(String draftId, DraftEvent... events) {
        DraftDocument document = new DraftDocument(null, "draft resolution", null, List.of("Brazil"), null, null, "T",
                "The General Assembly,", List.of(new Paragraph("pp1", "Recalling its resolutions,")),
                List.of(new Paragraph("op1", "*Requests* the Secretary-General to report.")), List.of(), List.of());
        DraftViewBuilder builder = DraftViewBuilder.submitted(new EventEnvelope("e0", draftId, 0,
                new DraftSubmittedEvent(draftId, document, List.of("BRA"), "BRA", AT)));
        for (int i = 0; i < events.length; i++) {
            builder.apply(new EventEnvelope("e" + (i + 1), draftId, i + 1, events[i]));
        }
        return builder.view();
    }
}
