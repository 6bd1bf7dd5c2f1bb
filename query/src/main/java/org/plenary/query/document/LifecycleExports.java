package org.plenary.query.document;

import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.LifecycleView;
import org.plenary.shared.delegation.DelegationRegistry;
import org.plenary.shared.un.AknEvent;
import org.springframework.web.util.HtmlUtils;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What the exports add for the lifecycle: the Akoma Ntoso lifecycle events (submission, revisions, oral revisions,
 * adoption) and, for a resolution adopted by recorded vote, the vote as the UN records it ("In favour: …; Against: …;
 * Abstaining: …") under the HTML text.
 */
final class LifecycleExports {

    private LifecycleExports() {
    }

    static List<AknEvent> aknEvents(DraftView view) {
        List<AknEvent> events = new ArrayList<>();
        events.add(new AknEvent(day(view.submittedAt()), "Submission", false));
        LifecycleView lifecycle = view.lifecycle();
        lifecycle.revisions().forEach(r -> events.add(new AknEvent(day(r.at()), r.symbol() != null ? r.symbol()
                : "Rev." + r.revision(), true)));
        lifecycle.oralRevisions().forEach(o -> events.add(new AknEvent(day(o.at()), "Oral revision " + o.number(), true)));
        LifecycleView.Decision decision = lifecycle.decision();
        if (decision != null && "adopted".equals(decision.decision())) {
            events.add(new AknEvent(day(decision.at()), "Adoption" + (decision.resolutionSymbol() == null ? ""
                    : " as resolution " + decision.resolutionSymbol()), false));
        }
        events.sort(java.util.Comparator.comparing(AknEvent::date)); // stable: same-day events keep their order
        return events;
    }

    /**
     * The HTML with "Subsequently joined by: …" after the sponsors line, naming the co-sponsors who joined after the
     * text in force was issued (until a revision lists them); unchanged when there are none.
     */
    static String withSubsequentlyJoined(String html, DraftView view) {
        List<String> joined = LifecycleView.subsequentlyJoined(view);
        int sponsors = html.indexOf("<p class=\"sponsors\">");
        int end = sponsors < 0 ? -1 : html.indexOf("</p>", sponsors);
        if (joined.isEmpty() || end < 0 || view.lifecycle().decision() != null) {
            return html;
        }
        String names = String.join(", ", joined.stream().map(code -> HtmlUtils.htmlEscape(
                DelegationRegistry.standard().byCode(code).map(d -> d.name()).orElse(code))).toList());
        int at = end + "</p>".length();
        return html.substring(0, at) + "<p class=\"subsequently-joined\">Subsequently joined by: " + names + "</p>"
                + html.substring(at);
    }

    /** The HTML with the recorded vote that adopted the resolution before {@code </body>}; unchanged otherwise. */
    static String withRecordedVote(String html, DraftView view) {
        LifecycleView.Decision decision = view.lifecycle().decision();
        if (decision == null || !"adopted".equals(decision.decision()) || decision.voteId() == null) {
            return html;
        }
        LifecycleView.Vote vote = view.lifecycle().votes().stream().filter(v -> v.voteId().equals(decision.voteId()))
                .findFirst().orElse(null);
        if (vote == null) {
            return html;
        }
        String section = "<section class=\"recorded-vote\"><p>Adopted by a recorded vote of " + vote.yes() + " to "
                + vote.no() + ", with " + vote.abstain() + " abstention" + (vote.abstain() == 1 ? "" : "s")
                + ":</p><p><i>In favour:</i> " + names(vote, "yes") + "; <i>Against:</i> " + names(vote, "no")
                + "; <i>Abstaining:</i> " + names(vote, "abstain") + ".</p></section>";
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + section : html.substring(0, end) + section + html.substring(end);
    }

    private static String names(LifecycleView.Vote vote, String choice) {
        List<String> names = vote.votes().entrySet().stream().filter(e -> e.getValue().equals(choice))
                .map(e -> DelegationRegistry.standard().byCode(e.getKey()).map(d -> d.name()).orElse(e.getKey()))
                .sorted().map(HtmlUtils::htmlEscape).toList();
        return names.isEmpty() ? "None" : String.join(", ", names);
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
