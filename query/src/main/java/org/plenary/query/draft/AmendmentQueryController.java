package org.plenary.query.draft;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.plenary.query.pastview.DraftReader;
import org.plenary.query.projection.DraftView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The amendments of a draft with where the pending ones overlap ({@code GET …/amendments}), and the overlaps grouped
 * into conflicts ({@code GET …/conflicts}): amendments linked by overlaps, of which at most one can be accepted as
 * it stands. Like every query, at any version or instant and after {@code minVersion}.
 */
@RestController
@RequestMapping(path = "/api/drafts/{draftId}", produces = MediaType.APPLICATION_JSON_VALUE)
public class AmendmentQueryController {

    private final DraftReader drafts;

    public AmendmentQueryController(DraftReader drafts) {
        this.drafts = drafts;
    }

    /** Another pending amendment this one overlaps: where, and why in words. */
    public record OverlapWith(String amendmentId, String kind, String where, String why) {
    }

    /** An amendment as the view has it, with the pending amendments it overlaps when pending. */
    public record Amendment(@JsonUnwrapped DraftView.AmendmentView amendment, List<OverlapWith> overlaps) {
    }

    public record Amendments(String draftId, long version, List<Amendment> amendments) {
    }

    /** Amendments linked by overlaps, and each overlap. */
    public record Conflict(List<String> amendments, List<PendingOverlaps.Pair> overlaps) {
    }

    public record Conflicts(String draftId, long version, List<Conflict> conflicts) {
    }

    @GetMapping("/amendments")
    public ResponseEntity<Amendments> amendments(@PathVariable String draftId,
                                                 @RequestParam(required = false) Long minVersion,
                                                 @RequestParam(required = false) Long version,
                                                 @RequestParam(required = false) Instant asOf) {
        DraftView view = drafts.load(draftId, minVersion, version, asOf);
        Map<String, List<OverlapWith>> overlaps = new HashMap<>();
        for (PendingOverlaps.Pair p : PendingOverlaps.of(view)) {
            overlaps.computeIfAbsent(p.first(), k -> new ArrayList<>())
                    .add(new OverlapWith(p.second(), p.kind(), p.where(), p.why()));
            overlaps.computeIfAbsent(p.second(), k -> new ArrayList<>())
                    .add(new OverlapWith(p.first(), p.kind(), p.where(), p.why()));
        }
        List<Amendment> out = new ArrayList<>(view.amendments().size());
        for (DraftView.AmendmentView a : view.amendments()) {
            out.add(new Amendment(a, overlaps.getOrDefault(a.amendmentId(), List.of())));
        }
        return DraftReader.withVersion(view, new Amendments(view.draftId(), view.version(), out));
    }

    @GetMapping("/conflicts")
    public ResponseEntity<Conflicts> conflicts(@PathVariable String draftId,
                                               @RequestParam(required = false) Long minVersion,
                                               @RequestParam(required = false) Long version,
                                               @RequestParam(required = false) Instant asOf) {
        DraftView view = drafts.load(draftId, minVersion, version, asOf);
        List<PendingOverlaps.Pair> pairs = PendingOverlaps.of(view);
        Map<String, String> root = new HashMap<>();
        for (PendingOverlaps.Pair p : pairs) {
            root.put(find(root, p.first()), find(root, p.second()));
        }
        Map<String, TreeSet<String>> members = new LinkedHashMap<>();
        Map<String, List<PendingOverlaps.Pair>> byGroup = new LinkedHashMap<>();
        for (PendingOverlaps.Pair p : pairs) {
            String group = find(root, p.first());
            TreeSet<String> ids = members.computeIfAbsent(group,
                    k -> new TreeSet<>((x, y) -> Integer.compare(number(x), number(y))));
            ids.add(p.first());
            ids.add(p.second());
            byGroup.computeIfAbsent(group, k -> new ArrayList<>()).add(p);
        }
        List<Conflict> conflicts = new ArrayList<>();
        members.forEach((group, ids) -> conflicts.add(new Conflict(List.copyOf(ids), byGroup.get(group))));
        conflicts.sort((x, y) -> Integer.compare(number(x.amendments().get(0)), number(y.amendments().get(0))));
        return DraftReader.withVersion(view, new Conflicts(view.draftId(), view.version(), conflicts));
    }

    private static String find(Map<String, String> root, String id) {
        String current = id;
        while (root.containsKey(current) && !root.get(current).equals(current)) {
            current = root.get(current);
        }
        return current;
    }

    private static int number(String amendmentId) {
        try {
            return Integer.parseInt(amendmentId.substring(1));
        } catch (RuntimeException e) {
            return Integer.MAX_VALUE;
        }
    }
}
