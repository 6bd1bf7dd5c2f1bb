package org.plenary.query.projection;

import org.junit.jupiter.api.Test;
import org.plenary.query.TestNegotiations;
import org.plenary.shared.draft.AmendmentOvertakenEvent;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.AmendmentWithdrawnEvent;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.edit.ReplaceText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.query.projection.ConsultationEvents.at;

/**
 * The pages of a draft view: a key names one content (so a page written under a key it already has is the same
 * page, and a changed page gets a new key) through every event a view applies, and head plus pages give the view back.
 */
class ViewPagesTest {

    /** Two entries a page, so that the negotiations below have several pages of each list. */
    private static final ViewPages SMALL = new ViewPages(2, 2);

    /** Every negotiation of the projection tests, with every kind of amendment event, consultations and lifecycle. */
    private static List<List<EventEnvelope>> negotiations() {
        List<EventEnvelope> overtakenAndLapsed = new ArrayList<>(AmendmentViewTest.negotiation());
        long seq = overtakenAndLapsed.size();
        overtakenAndLapsed.add(new EventEnvelope("e" + seq, "d1", seq++, new AmendmentProposedEvent("d1", "A6", 13, null,
                List.of(new ReplaceText("op1", 0, 10, "*Asks*")), "MEX", at(20))));
        overtakenAndLapsed.add(new EventEnvelope("e" + seq, "d1", seq++, new AmendmentOvertakenEvent("d1", "A6", "A5",
                List.of("the paragraph was deleted"), true, "BRA", at(21))));
        overtakenAndLapsed.add(new EventEnvelope("e" + seq, "d1", seq++, new AmendmentProposedEvent("d1", "A7", 15, null,
                List.of(new ReplaceText("op1", 0, 10, "*Asks*")), "MEX", at(22))));
        overtakenAndLapsed.add(new EventEnvelope("e" + seq, "d1", seq, new AmendmentWithdrawnEvent("d1", "A7", "MEX", at(23),
                "merged")));
        return List.of(AmendmentViewTest.negotiation(), overtakenAndLapsed, DraftViewTest.events(),
                ConsultationEvents.negotiation(), LifecycleEvents.negotiation(),
                TestNegotiations.joinsAndWithdrawals("d1", 12));
    }

    @Test
    void aKeyNamesOneContentThroughEveryEvent() {
        for (ViewPages pages : List.of(SMALL, ViewPages.STORED)) {
            for (List<EventEnvelope> events : negotiations()) {
                DraftViewBuilder builder = DraftViewBuilder.submitted(events.get(0));
                Map<String, String> seen = new HashMap<>(); // every key met so far, with its content
                Map<Integer, String> keyAt = new HashMap<>();
                int changedPages = 0;
                for (EventEnvelope event : events.subList(1, events.size())) {
                    builder.apply(event);
                    List<ViewPages.Page> current = pages.of(builder.view());
                    for (int i = 0; i < current.size(); i++) {
                        ViewPages.Page page = current.get(i);
                        String before = seen.putIfAbsent(page.key(), page.json());
                        assertThat(before == null ? page.json() : before)
                                .as("page %s after %s", page.key(), event.type()).isEqualTo(page.json());
                        if (!page.key().equals(keyAt.put(i, page.key()))) {
                            changedPages++;
                        }
                    }
                }
                assertThat(changedPages).as("pages rewritten").isGreaterThan(0);
            }
        }
    }

    @Test
    void headAndPagesGiveTheViewBack() {
        for (List<EventEnvelope> events : negotiations()) {
            DraftView view = ConsultationEvents.built(events);
            List<ViewPages.Page> pages = SMALL.of(view);
            Map<String, String> stored = new HashMap<>();
            pages.forEach(page -> stored.put(page.key(), page.json()));

            DraftView read = ViewPages.assemble(ViewPages.head(view), ViewPages.parseKeys(ViewPages.keys(pages)), stored);

            assertThat(read).isEqualTo(view);
            assertThat(ViewPages.head(view).amendments()).isEmpty();
            assertThat(ViewPages.head(view).coSponsors()).isEmpty();
        }
    }

    @Test
    void pagesFollowTheListsOrderAndCarryTheirLastChange() {
        DraftView view = ConsultationEvents.built(AmendmentViewTest.negotiation());

        // A1..A5 in pages of two; A5 accepted at 11 and A2/A4 last changed at 13 (the sub-amendment folded in)
        assertThat(SMALL.of(view)).extracting(ViewPages.Page::key).containsExactly("a0@13", "a1@13", "a2@11");
        assertThat(SMALL.of(view).get(2).entries()).extracting(a -> ((DraftView.AmendmentView) a).amendmentId())
                .containsExactly("A5");
        DraftView joins = ConsultationEvents.built(TestNegotiations.joinsAndWithdrawals("d1", 6));
        // FRA joined at 2, withdrew at 3, joined at 4, withdrew at 5, joined at 6
        assertThat(ViewPages.keys(SMALL.of(joins))).isEqualTo("c0@5 c1@6");
        assertThat(ViewPages.parseKeys("")).isEmpty();
    }

    @Test
    void aMissingPageIsAnError() {
        DraftView view = ConsultationEvents.built(AmendmentViewTest.negotiation());

        assertThatThrownBy(() -> ViewPages.assemble(ViewPages.head(view), List.of("a0@13"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page a0@13 of d1 is missing");
        assertThatThrownBy(() -> new ViewPages(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
