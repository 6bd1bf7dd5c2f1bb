package org.plenary.query.lifecycle;

import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.LifecycleView;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Analytics of the lifecycle across drafts: how long each decided draft took from submission to its decision; for
 * recorded votes, how often each pair of delegations voted alike (both voting, same vote); and the co-sponsorship
 * network (main and co-sponsors now: pairs sponsoring the same drafts, with counts).
 */
public final class LifecycleAnalytics {

    private LifecycleAnalytics() {
    }

    public record Decision(String draftId, String symbol, String state, Instant submittedAt, Instant decidedAt,
                           long secondsToDecision) {
    }

    public record Agreement(String a, String b, int votedTogether, int alike, double agreement) {
    }

    public record Node(String code, String name, int drafts) {
    }

    public record Edge(String a, String b, int drafts) {
    }

    public record Network(List<Node> nodes, List<Edge> edges) {
    }

    public record Result(int drafts, List<Decision> decisions, Long medianSecondsToAdoption, int recordedVotes,
                         List<Agreement> voteAgreement, Network coSponsorship) {
    }

    public static Result of(List<DraftView> views) {
        List<Decision> decisions = new ArrayList<>();
        Map<String, int[]> pairs = new TreeMap<>();
        Map<String, Integer> sponsoredBy = new TreeMap<>();
        Map<String, Integer> together = new TreeMap<>();
        int recorded = 0;
        for (DraftView view : views) {
            LifecycleView lifecycle = view.lifecycle();
            LifecycleView.Decision decision = lifecycle.decision();
            if (decision != null) {
                decisions.add(new Decision(view.draftId(), view.document().symbol(), lifecycle.state(), view.submittedAt(),
                        decision.at(), Duration.between(view.submittedAt(), decision.at()).toSeconds()));
            }
            for (LifecycleView.Vote vote : lifecycle.votes()) {
                recorded++;
                List<Map.Entry<String, String>> cast = new ArrayList<>(new TreeMap<>(vote.votes()).entrySet());
                for (int i = 0; i < cast.size(); i++) {
                    for (int j = i + 1; j < cast.size(); j++) {
                        int[] c = pairs.computeIfAbsent(cast.get(i).getKey() + " " + cast.get(j).getKey(), k -> new int[2]);
                        c[0]++;
                        if (cast.get(i).getValue().equals(cast.get(j).getValue())) {
                            c[1]++;
                        }
                    }
                }
            }
            Set<String> sponsors = new LinkedHashSet<>(view.mainSponsors());
            view.coSponsors().stream().filter(DraftView.CoSponsorship::active).forEach(c -> sponsors.add(c.delegation()));
            List<String> sorted = sponsors.stream().sorted().toList();
            sorted.forEach(s -> sponsoredBy.merge(s, 1, Integer::sum));
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    together.merge(sorted.get(i) + " " + sorted.get(j), 1, Integer::sum);
                }
            }
        }
        List<Agreement> agreement = new ArrayList<>();
        pairs.forEach((pair, c) -> {
            String[] ab = pair.split(" ");
            agreement.add(new Agreement(ab[0], ab[1], c[0], c[1], Math.round(1000.0 * c[1] / c[0]) / 1000.0));
        });
        agreement.sort(Comparator.comparingDouble(Agreement::agreement).reversed()
                .thenComparing(Comparator.comparingInt(Agreement::votedTogether).reversed()));
        List<Node> nodes = new ArrayList<>();
        sponsoredBy.forEach((code, n) -> nodes.add(new Node(code, LifecycleResponses.name(code), n)));
        List<Edge> edges = new ArrayList<>();
        together.forEach((pair, n) -> {
            String[] ab = pair.split(" ");
            edges.add(new Edge(ab[0], ab[1], n));
        });
        edges.sort(Comparator.comparingInt(Edge::drafts).reversed());
        List<Long> adopted = decisions.stream().filter(d -> "ADOPTED".equals(d.state()))
                .map(Decision::secondsToDecision).sorted().toList();
        Long median = adopted.isEmpty() ? null : adopted.get((adopted.size() - 1) / 2);
        return new Result(views.size(), decisions, median, recorded, agreement, new Network(nodes, edges));
    }
}
