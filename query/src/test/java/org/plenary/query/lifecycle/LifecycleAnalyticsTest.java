package org.plenary.query.lifecycle;

import org.junit.jupiter.api.Test;
import org.plenary.query.projection.ConsultationEvents;
import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.LifecycleEvents;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleAnalyticsTest {

    @Test
    void timeToAdoptionVoteAgreementAndTheCoSponsorshipNetwork() {
        DraftView adopted = ConsultationEvents.built(LifecycleEvents.negotiation());
        DraftView underway = ConsultationEvents.built(LifecycleEvents.negotiation().subList(0, 7));
        LifecycleAnalytics.Result result = LifecycleAnalytics.of(List.of(adopted, underway));

        assertThat(result.drafts()).isEqualTo(2);
        assertThat(result.decisions()).hasSize(1);
        assertThat(result.decisions().get(0).secondsToDecision()).isEqualTo(600); // ten minutes
        assertThat(result.medianSecondsToAdoption()).isEqualTo(600);
        assertThat(result.recordedVotes()).isEqualTo(2);
        // V1: BRA yes, EGY no, FRA no; V2: BRA yes, EGY abstain, FRA yes
        assertThat(result.voteAgreement()).extracting(a -> a.a() + "-" + a.b() + ":" + a.votedTogether() + "/" + a.alike())
                .containsExactlyInAnyOrder("BRA-EGY:2/0", "BRA-FRA:2/1", "EGY-FRA:2/1");
        assertThat(result.voteAgreement().get(0).agreement()).isEqualTo(0.5);
        // adopted: BRA, EGY, FRA; underway: BRA, EGY, FRA (joined at the seventh event)
        assertThat(result.coSponsorship().nodes()).extracting(n -> n.code() + ":" + n.drafts())
                .containsExactly("BRA:2", "EGY:2", "FRA:2");
        assertThat(result.coSponsorship().edges()).extracting(e -> e.a() + "-" + e.b() + ":" + e.drafts())
                .containsExactlyInAnyOrder("BRA-EGY:2", "BRA-FRA:2", "EGY-FRA:2");
    }
}
