package org.plenary.query.projection;

import org.junit.jupiter.api.Test;
import org.plenary.shared.draft.EventEnvelope;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lifecycle in the projected view: the text reissued, revised, cut by vote and adopted; state at every point. */
class LifecycleViewTest {

    private static DraftView at(int version) {
        List<EventEnvelope> events = LifecycleEvents.negotiation();
        return ConsultationEvents.built(events.subList(0, version));
    }

    @Test
    void aRevisionReissuesTheTextUnderItsSymbolWithItsSponsorsLine() {
        DraftView rev1 = at(6);
        assertThat(rev1.document().kind()).isEqualTo("revised draft resolution");
        assertThat(rev1.document().symbol()).isEqualTo("E/CN.15/2017/L.4/Rev.1");
        assertThat(rev1.document().sponsors()).containsExactly("Brazil", "Egypt (on behalf of the Group of African States)");
        assertThat(rev1.document().operative().get(1).text()).isEqualTo("*Decides* to stay seized of the matter.");
        assertThat(rev1.document().operative().get(0).text()).startsWith("*Urges*");
        assertThat(rev1.lifecycle().revision()).isEqualTo(1);
        assertThat(rev1.consultation().issuances()).extracting(ConsultationView.Issuance::version).containsExactly(1L, 6L);
        assertThat(LifecycleView.subsequentlyJoined(rev1)).isEmpty();
        assertThat(LifecycleView.subsequentlyJoined(at(7))).containsExactly("FRA");
    }

    @Test
    void theStateFollowsTheNegotiationToAdoption() {
        assertThat(at(1).lifecycle().state()).isEqualTo("UNDER_NEGOTIATION");
        assertThat(at(3).lifecycle().facilitator()).isEqualTo("NOR");
        assertThat(at(2).lifecycle().groupOf("EGY", 2)).isEqualTo("Group of African States");
        DraftView oral = at(8);
        assertThat(oral.document().operative().get(0).text()).isEqualTo("*Urges* the Secretary-General to report orally.");
        assertThat(oral.lifecycle().oralRevisions()).hasSize(1);
        DraftView cut = at(11);
        assertThat(cut.document().operative()).extracting(p -> p.id()).containsExactly("op1", "op2");
        DraftView adopted = at(13);
        assertThat(adopted.lifecycle().state()).isEqualTo("ADOPTED");
        assertThat(adopted.document().kind()).isNull();
        assertThat(adopted.document().sponsors()).isEmpty();
        assertThat(adopted.document().symbol()).isEqualTo("26/2");
        assertThat(adopted.document().adoption())
                .isEqualTo("Resolution adopted by the Commission on Crime Prevention and Criminal Justice on 22 May 2017");
        assertThat(adopted.document().closing()).containsExactly("22 May 2017");
        assertThat(adopted.lifecycle().votes()).extracting(LifecycleView.Vote::result).containsExactly("rejected", "adopted");
    }

    @Test
    void everyEarlierVersionFollowsFromTheCurrentView() {
        DraftView current = at(13);
        for (int version = 1; version <= 13; version++) {
            DraftView expected = at(version);
            assertThat(current.asOf(version, expected.document())).as("version %d", version).isEqualTo(expected);
        }
    }

    @Test
    void anImportedOnBehalfOfNoteNamesTheGroup() {
        assertThat(LifecycleView.groupOfSponsorsNote("on behalf of the Group of African States"))
                .isEqualTo("Group of African States");
        assertThat(LifecycleView.groupOfSponsorsNote("on behalf of the European Union")).isEqualTo("European Union");
        assertThat(LifecycleView.groupOfSponsorsNote("on behalf of the Group of 77 and China")).isNull(); // not a registry group
        assertThat(LifecycleView.groupOfSponsorsNote(null)).isNull();
    }
}
