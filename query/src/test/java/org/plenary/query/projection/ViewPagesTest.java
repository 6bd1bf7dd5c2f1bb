package org.plenary.query.projection;

import org.junit.jupiter.api.Test;
import org.plenary.query.TestNegotiations;
import org.plenary.shared.draft.AmendmentOvertakenEvent;
import org.plenary.shared.draft.AmendmentProposedEvent;
import org.plenary.shared.draft.AmendmentRejectedEvent;
import org.plenary.shared.draft.AmendmentWithdrawnEvent;
import org.plenary.shared.draft.CoSponsorJoinedEvent;
import org.plenary.shared.draft.CoSponsorWithdrawnEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.edit.ReplaceText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
    void theBuildersKeptPagesAreThoseOfItsView() {
        List<List<EventEnvelope>> all = new ArrayList<>(negotiations());
        all.add(longNegotiation(new Random(17), 1_500));
        all.add(longNegotiation(new Random(18), 400));
        for (List<EventEnvelope> events : all) {
            DraftViewBuilder builder = DraftViewBuilder.submitted(events.get(0));
            int keysChanged = 0;
            String before = "";
            for (EventEnvelope event : events.subList(1, events.size())) {
                builder.apply(event);
                List<ViewPages.Page> kept = builder.pages();
                List<ViewPages.Page> passed = ViewPages.STORED.of(builder.view());
                assertThat(ViewPages.keys(kept)).as("after %s at %d", event.type(), event.seq())
                        .isEqualTo(ViewPages.keys(passed));
                assertThat(kept).extracting(ViewPages.Page::entries).isEqualTo(passed.stream().map(ViewPages.Page::entries).toList());
                if (!ViewPages.keys(kept).equals(before)) {
                    keysChanged++;
                }
                before = ViewPages.keys(kept);
            }
            assertThat(keysChanged).isGreaterThan(0);
        }
        DraftViewBuilder longOne = DraftViewBuilder.submitted(longNegotiation(new Random(17), 1_500).get(0));
        longNegotiation(new Random(17), 1_500).stream().skip(1).forEach(longOne::apply);
        assertThat(ViewPages.keys(longOne.pages())).as("several pages of each list, old ones changed since")
                .contains("a5@", "c2@");
    }

    /**
     * Amendments proposed, then rejected or withdrawn in any order, and co-sponsors joining and withdrawing, so that
     * both lists run over several pages and entries of old pages change.
     */
    private static List<EventEnvelope> longNegotiation(Random random, int count) {
        List<EventEnvelope> events = new ArrayList<>(TestNegotiations.joinsAndWithdrawals("d1", 1));
        List<String> pending = new ArrayList<>();
        List<String> outside = new ArrayList<>(List.of("FRA", "DEU", "MEX", "JPN", "KEN", "IND", "CAN", "CHL"));
        List<String> joined = new ArrayList<>();
        int amendments = 0;
        for (long seq = 1; seq < count; seq++) {
            int roll = random.nextInt(10);
            Instant at = TestNegotiations.AT.plusSeconds(seq);
            DraftEvent event;
            if (roll < 4 || roll < 6 && pending.isEmpty()) {
                String id = "A" + ++amendments;
                pending.add(id);
                event = new AmendmentProposedEvent("d1", id, seq, null, List.of(new ReplaceText("op1", 0, 10, "*Asks*")),
                        "MEX", at);
            } else if (roll < 6) {
                String id = pending.remove(random.nextInt(pending.size()));
                event = random.nextBoolean() ? new AmendmentRejectedEvent("d1", id, "no", "BRA", at)
                        : new AmendmentWithdrawnEvent("d1", id, "MEX", at);
            } else if (roll < 8 && !outside.isEmpty() || joined.isEmpty()) {
                String delegation = outside.remove(random.nextInt(outside.size()));
                joined.add(delegation);
                event = new CoSponsorJoinedEvent("d1", delegation, delegation, at);
            } else {
                String delegation = joined.remove(random.nextInt(joined.size()));
                outside.add(delegation);
                event = new CoSponsorWithdrawnEvent("d1", delegation, delegation, at);
            }
            events.add(new EventEnvelope("e" + seq, "d1", seq, event));
        }
        return events;
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
