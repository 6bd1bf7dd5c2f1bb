package org.plenary.query.history;

import org.plenary.query.projection.DraftView;
import org.plenary.shared.delegation.DelegationRegistry;
import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.InsertParagraph;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Negotiation analytics computed from the draft projections: who proposed what and what survived, which
 * paragraphs drew the most amendments, the co-sponsor count over time, and how long acceptances took.
 * The acceptance rate is accepted / (accepted + rejected); withdrawn and pending amendments are not decided.
 */
public final class Analytics {

    private Analytics() {
    }

    public record DelegationStats(String code, String name, int proposed, int accepted, int rejected, int withdrawn,
                                  int pending, Double acceptanceRate) {
    }

    public record ParagraphStats(String draftId, String paragraphId, int proposed, int accepted) {
    }

    public record SeriesPoint(Instant at, long version, int coSponsors) {
    }

    public record Acceptance(String draftId, String amendmentId, String proposer, Instant acceptedAt,
                             long secondsFromSubmission) {
    }

    public record DraftAnalytics(String draftId, long version, List<DelegationStats> delegations,
                                 List<ParagraphStats> mostAmendedParagraphs, List<SeriesPoint> coSponsorSeries,
                                 List<Acceptance> acceptances, Long medianSecondsToAcceptance) {
    }

    public record OverallAnalytics(int drafts, List<DelegationStats> delegations,
                                   List<ParagraphStats> mostAmendedParagraphs, List<Acceptance> acceptances,
                                   Long medianSecondsToAcceptance) {
    }

    public static DraftAnalytics of(DraftView view) {
        List<Acceptance> acceptances = acceptances(view);
        return new DraftAnalytics(view.draftId(), view.version(), delegations(List.of(view)), paragraphs(List.of(view)),
                coSponsorSeries(view), acceptances, median(acceptances));
    }

    public static OverallAnalytics across(List<DraftView> views) {
        List<Acceptance> acceptances = new ArrayList<>();
        views.forEach(v -> acceptances.addAll(acceptances(v)));
        return new OverallAnalytics(views.size(), delegations(views), paragraphs(views), acceptances, median(acceptances));
    }

    static List<DelegationStats> delegations(List<DraftView> views) {
        Map<String, int[]> counts = new TreeMap<>();
        for (DraftView view : views) {
            for (DraftView.AmendmentView a : view.amendments()) {
                int[] c = counts.computeIfAbsent(a.proposer(), k -> new int[5]);
                c[0]++;
                switch (a.status()) {
                    case ACCEPTED -> c[1]++;
                    case REJECTED -> c[2]++;
                    case WITHDRAWN -> c[3]++;
                    case PENDING -> c[4]++;
                }
            }
        }
        List<DelegationStats> stats = new ArrayList<>();
        counts.forEach((code, c) -> stats.add(new DelegationStats(code, name(code), c[0], c[1], c[2], c[3], c[4],
                c[1] + c[2] == 0 ? null : (double) c[1] / (c[1] + c[2]))));
        stats.sort(Comparator.comparingInt(DelegationStats::proposed).reversed().thenComparing(DelegationStats::code));
        return stats;
    }

    static List<ParagraphStats> paragraphs(List<DraftView> views) {
        List<ParagraphStats> stats = new ArrayList<>();
        for (DraftView view : views) {
            Map<String, int[]> counts = new TreeMap<>();
            for (DraftView.AmendmentView a : view.amendments()) {
                Set<String> touched = new HashSet<>();
                for (EditOperation op : a.operations()) {
                    String id = op instanceof InsertParagraph insert ? insert.paragraphId() : op.target();
                    if (id != null) {
                        touched.add(id);
                    }
                }
                for (String id : touched) {
                    int[] c = counts.computeIfAbsent(id, k -> new int[2]);
                    c[0]++;
                    if (a.status() == AmendmentStatus.ACCEPTED) {
                        c[1]++;
                    }
                }
            }
            counts.forEach((id, c) -> stats.add(new ParagraphStats(view.draftId(), id, c[0], c[1])));
        }
        stats.sort(Comparator.comparingInt(ParagraphStats::proposed).reversed()
                .thenComparing(ParagraphStats::draftId).thenComparing(ParagraphStats::paragraphId));
        return stats.size() > 20 ? List.copyOf(stats.subList(0, 20)) : stats;
    }

    /** One point per join or withdrawal, in time order, starting at the submission with none. */
    static List<SeriesPoint> coSponsorSeries(DraftView view) {
        record Change(Instant at, long version, int delta) {
        }
        List<Change> changes = new ArrayList<>();
        for (DraftView.CoSponsorship c : view.coSponsors()) {
            changes.add(new Change(c.joinedAt(), c.joinedVersion(), +1));
            if (c.withdrawnAt() != null) {
                changes.add(new Change(c.withdrawnAt(), c.withdrawnVersion(), -1));
            }
        }
        changes.sort(Comparator.comparingLong(Change::version));
        List<SeriesPoint> series = new ArrayList<>();
        series.add(new SeriesPoint(view.submittedAt(), 1, 0));
        int count = 0;
        for (Change change : changes) {
            count += change.delta();
            series.add(new SeriesPoint(change.at(), change.version(), count));
        }
        return series;
    }

    static List<Acceptance> acceptances(DraftView view) {
        List<Acceptance> acceptances = new ArrayList<>();
        for (DraftView.AmendmentView a : view.amendments()) {
            if (a.status() == AmendmentStatus.ACCEPTED) {
                acceptances.add(new Acceptance(view.draftId(), a.amendmentId(), a.proposer(), a.decidedAt(),
                        Duration.between(view.submittedAt(), a.decidedAt()).toSeconds()));
            }
        }
        return acceptances;
    }

    private static Long median(List<Acceptance> acceptances) {
        if (acceptances.isEmpty()) {
            return null;
        }
        long[] seconds = acceptances.stream().mapToLong(Acceptance::secondsFromSubmission).sorted().toArray();
        return seconds[seconds.length / 2];
    }

    private static String name(String code) {
        return DelegationRegistry.standard().byCode(code).map(d -> d.name()).orElse(code);
    }
}
