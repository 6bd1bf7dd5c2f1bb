package org.plenary.query.projection;

import org.plenary.shared.delegation.DelegationRegistry;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Header;
import org.plenary.shared.draft.RevisionIssuedEvent;
import org.plenary.shared.edit.EditOperation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The draft's life beyond its text, as part of its {@link DraftView}: facilitators appointed, revisions issued, oral
 * revisions, group sponsorships, the members registered, the votes, the decision (adoption or rejection) or the
 * withdrawal. Each entry records the version that made it, so the view as of an earlier version follows
 * ({@link #asOf}). Immutable; a view stored before the lifecycle existed reads as {@link #NONE}.
 */
public record LifecycleView(List<Appointment> facilitators, List<Revision> revisions, List<OralRevision> oralRevisions,
                            List<GroupSponsorship> groupSponsorships, List<Members> members, List<Vote> votes,
                            Decision decision, Withdrawal withdrawal) {

    public static final LifecycleView NONE = new LifecycleView(null, null, null, null, null, null, null, null);

    public LifecycleView {
        facilitators = List.copyOf(Objects.requireNonNullElse(facilitators, List.of()));
        revisions = List.copyOf(Objects.requireNonNullElse(revisions, List.of()));
        oralRevisions = List.copyOf(Objects.requireNonNullElse(oralRevisions, List.of()));
        groupSponsorships = List.copyOf(Objects.requireNonNullElse(groupSponsorships, List.of()));
        members = List.copyOf(Objects.requireNonNullElse(members, List.of()));
        votes = List.copyOf(Objects.requireNonNullElse(votes, List.of()));
    }

    /**
     * Leaves a lifecycle nothing happened in out of the stored view and the answers (a {@code JsonInclude} filter:
     * "equal" means left out), so a draft without lifecycle events is stored exactly as before.
     */
    public static final class Untouched {
        @Override
        public boolean equals(Object other) {
            return other == null || NONE.equals(other);
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    public record Appointment(String delegation, String actor, Instant at, long version) {
    }

    /** A revision as issued: its number, symbol, further edits and sponsors line (codes). */
    public record Revision(int revision, String symbol, long baseVersion, List<EditOperation> operations, String note,
                           List<String> sponsors, String actor, Instant at, long version) {
    }

    public record OralRevision(int number, long baseVersion, List<EditOperation> operations, String statement,
                               String actor, Instant at, long version) {
    }

    /** A co-sponsor who joined on behalf of a group (the group's full name). */
    public record GroupSponsorship(String delegation, String onBehalfOf, Instant at, long version) {
    }

    public record Members(List<String> members, String actor, Instant at, long version) {
    }

    public record Vote(String voteId, String on, String paragraphId, String amendmentId, Map<String, String> votes,
                       List<String> absent, int yes, int no, int abstain, String majority, String result, String actor,
                       Instant at, long version) {
    }

    public record Decision(String decision, String method, String voteId, String resolutionSymbol, String actor,
                           Instant at, long version) {
    }

    public record Withdrawal(String reason, String actor, Instant at, long version) {
    }

    /** UNDER_NEGOTIATION, ADOPTED, REJECTED or WITHDRAWN. */
    public String state() {
        if (decision != null) {
            return "adopted".equals(decision.decision()) ? "ADOPTED" : "REJECTED";
        }
        return withdrawal != null ? "WITHDRAWN" : "UNDER_NEGOTIATION";
    }

    /** The facilitator now, or null. */
    public String facilitator() {
        return facilitators.isEmpty() ? null : facilitators.get(facilitators.size() - 1).delegation();
    }

    /** The last revision issued, or null (the text as submitted stands). */
    public Revision lastRevision() {
        return revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
    }

    /** Each delegation's group, as it last joined at or before {@code version} (for a revision's sponsors line). */
    public java.util.Map<String, String> groupsAt(long version) {
        java.util.Map<String, String> groups = new java.util.HashMap<>();
        for (GroupSponsorship g : groupSponsorships) {
            if (g.version() <= version) {
                groups.put(g.delegation(), g.onBehalfOf());
            }
        }
        return groups;
    }

    /**
     * The group the main sponsors speak for, from the sponsors line's note of an imported text ("on behalf of the
     * Group of African States", as "Cameroon* (on behalf of …)" reads): the group's full name, or null.
     */
    public static String groupOfSponsorsNote(String sponsorsNote) {
        if (sponsorsNote == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^on behalf of (?:the )?(.+?)\\s*$").matcher(sponsorsNote.strip());
        return m.matches() ? org.plenary.shared.delegation.Groups.byName(m.group(1)).map(g -> g.name()).orElse(null) : null;
    }

    /** The group {@code delegation} joined for when it last joined, or null. */
    public String groupOf(String delegation, long joinedVersion) {
        for (GroupSponsorship g : groupSponsorships) {
            if (g.delegation().equals(delegation) && g.version() == joinedVersion) {
                return g.onBehalfOf();
            }
        }
        return null;
    }

    /** When the lifecycle change that made {@code version} happened, or null if none did. */
    public Instant changedAt(long version) {
        for (Appointment a : facilitators) {
            if (a.version() == version) {
                return a.at();
            }
        }
        for (Revision r : revisions) {
            if (r.version() == version) {
                return r.at();
            }
        }
        for (OralRevision o : oralRevisions) {
            if (o.version() == version) {
                return o.at();
            }
        }
        for (Members m : members) {
            if (m.version() == version) {
                return m.at();
            }
        }
        for (Vote v : votes) {
            boolean removal = "paragraph".equals(v.on()) && "rejected".equals(v.result()) && v.version() + 1 == version;
            if (v.version() == version || removal) { // a paragraph rejected is removed by the next event
                return v.at();
            }
        }
        if (decision != null && decision.version() == version) {
            return decision.at();
        }
        return withdrawal != null && withdrawal.version() == version ? withdrawal.at() : null;
    }

    /** The lifecycle as it stood at an earlier {@code version}. */
    public LifecycleView asOf(long version) {
        return new LifecycleView(
                facilitators.stream().filter(a -> a.version() <= version).toList(),
                revisions.stream().filter(r -> r.version() <= version).toList(),
                oralRevisions.stream().filter(o -> o.version() <= version).toList(),
                groupSponsorships.stream().filter(g -> g.version() <= version).toList(),
                members.stream().filter(m -> m.version() <= version).toList(),
                votes.stream().filter(v -> v.version() <= version).toList(),
                decision != null && decision.version() <= version ? decision : null,
                withdrawal != null && withdrawal.version() <= version ? withdrawal : null);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /**
     * The text reissued as a revision: its symbol, "revised draft resolution", the sponsors line (codes → names, a
     * co-sponsor for a group as "Egypt (on behalf of the Group of African States)").
     */
    public static DraftDocument reissue(DraftDocument d, String symbol, List<String> sponsors, Map<String, String> groups) {
        List<String> names = sponsors.stream()
                .map(code -> DelegationRegistry.standard().byCode(code).map(x -> x.name()).orElse(code)
                        + (groups.containsKey(code) ? " (on behalf of the " + groups.get(code) + ")" : "")).toList();
        return new DraftDocument(d.header(), RevisionIssuedEvent.KIND, symbol, names, d.sponsorsNote(), d.adoption(),
                d.title(), d.subject(), d.preamble(), d.operative(), d.footnotes(), d.closing());
    }

    /**
     * The adopted resolution's form: no sponsors line, "Resolution adopted by the … on …", the resolution symbol (the
     * draft's if none was given), the date of adoption closing it.
     */
    public static DraftDocument adopt(DraftDocument d, String resolutionSymbol, Instant at) {
        Header h = d.header();
        String body = h.body() != null ? h.body() : h.organ() != null ? h.organ() : "body";
        String day = DAY.format(LocalDate.ofInstant(at, ZoneOffset.UTC));
        String adoption = "Resolution adopted by " + (body.startsWith("the ") ? body : "the " + body) + " on " + day;
        List<String> closing = new ArrayList<>(d.closing());
        closing.add(day);
        return new DraftDocument(h, null, resolutionSymbol != null ? resolutionSymbol : d.symbol(), List.of(), null,
                adoption, d.title(), d.subject(), d.preamble(), d.operative(), d.footnotes(), closing);
    }

    /** The revision the draft is at: the last issued, 0 for the text as submitted. */
    public int revision() {
        return revisions.isEmpty() ? 0 : lastRevision().revision();
    }

    /** The version at which the text in force was issued: the last revision's, else the submission (1). */
    public long issuedVersion() {
        return revisions.isEmpty() ? 1 : lastRevision().version();
    }

    /**
     * The co-sponsors who joined after the text in force was issued and are still co-sponsors: "subsequently joined
     * by", until the next revision lists them in its sponsors line.
     */
    public static List<String> subsequentlyJoined(DraftView view) {
        return subsequentlyJoinedAt(view, view.version());
    }

    /**
     * {@link #subsequentlyJoined} as it stood at an earlier {@code version} of {@code view}, without building the whole
     * view of that version (the text endpoint asks it at every version).
     */
    public static List<String> subsequentlyJoinedAt(DraftView view, long version) {
        LifecycleView then = version == view.version() ? view.lifecycle() : view.lifecycle().asOf(version);
        long issued = then.issuedVersion();
        // a set: a long negotiation has thousands of co-sponsorships to check against the listed sponsors
        Set<String> listed = then.revisions().isEmpty() ? Set.of() : new HashSet<>(then.lastRevision().sponsors());
        return view.coSponsors().stream().filter(c -> c.joinedVersion() > issued && c.joinedVersion() <= version
                        && (c.withdrawnVersion() == null || c.withdrawnVersion() > version) && !listed.contains(c.delegation()))
                .map(DraftView.CoSponsorship::delegation).distinct().toList();
    }

}
