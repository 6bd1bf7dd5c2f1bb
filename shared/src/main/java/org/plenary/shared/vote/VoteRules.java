package org.plenary.shared.vote;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a recorded vote is counted and decided; pure. A member not in the votes is absent. Only the members of the
 * body vote: anyone else named is refused. The majority is of the members present and voting (yes and no;
 * abstentions do not count): more yes than no (a tie fails), two thirds of them for an important question in the
 * General Assembly, and in the Security Council nine yes with no "no" from a permanent member (the veto).
 */
public final class VoteRules {

    /** The Security Council's permanent members, whose "no" defeats a proposal. */
    public static final Set<String> PERMANENT_MEMBERS = Set.of("CHN", "FRA", "RUS", "GBR", "USA");

    /** The affirmative votes the Security Council needs (Charter, Article 27). */
    public static final int SECURITY_COUNCIL_MAJORITY = 9;

    /** Which majority decides. */
    public enum Majority {
        /** More yes than no among the members present and voting. */
        SIMPLE,
        /** At least two thirds yes among the members present and voting (an important question). */
        TWO_THIRDS,
        /** Nine yes and no "no" from a permanent member. */
        SECURITY_COUNCIL
    }

    /** A vote cast: yes, no or abstain (as JSON spells them). */
    public enum Choice {
        YES, NO, ABSTAIN;

        public String json() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Choice fromJson(String value) {
            for (Choice choice : values()) {
                if (choice.json().equals(value)) {
                    return choice;
                }
            }
            throw new IllegalArgumentException("\"" + value + "\" is not a vote: yes, no or abstain");
        }
    }

    /**
     * The counted vote.
     *
     * @param votes   each voting member's vote (code → yes/no/abstain), in code order
     * @param absent  the members who did not vote, in the order of the member list
     * @param vetoedBy the permanent members whose "no" defeated a Security Council vote that had nine yes; empty otherwise
     */
    public record Tally(Map<String, String> votes, int yes, int no, int abstain, List<String> absent,
                        boolean adopted, List<String> vetoedBy) {

        public Tally {
            votes = java.util.Collections.unmodifiableMap(new TreeMap<>(votes));
            absent = List.copyOf(absent);
            vetoedBy = List.copyOf(vetoedBy);
        }

        public String result() {
            return adopted ? "adopted" : "rejected";
        }
    }

    private VoteRules() {
    }

    /**
     * Counts {@code votes} (member code → "yes", "no" or "abstain") among {@code members}.
     *
     * @throws IllegalArgumentException naming the delegations that are not members, or a vote that is not yes, no or
     *                                  abstain
     */
    public static Tally count(List<String> members, Map<String, String> votes, Majority majority) {
        Set<String> memberSet = new LinkedHashSet<>(members);
        List<String> notMembers = new ArrayList<>();
        for (String voter : new TreeMap<>(votes).keySet()) {
            if (!memberSet.contains(voter)) {
                notMembers.add(voter);
            }
        }
        if (!notMembers.isEmpty()) {
            throw new IllegalArgumentException(String.join(", ", notMembers) + (notMembers.size() == 1 ? " is" : " are")
                    + " not " + (notMembers.size() == 1 ? "a member" : "members")
                    + " of the body and cannot vote (observers and non-members do not vote)");
        }
        int yes = 0;
        int no = 0;
        int abstain = 0;
        List<String> vetoes = new ArrayList<>();
        for (Map.Entry<String, String> vote : new TreeMap<>(votes).entrySet()) {
            Choice choice;
            try {
                choice = Choice.fromJson(vote.getValue());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(vote.getKey() + ": " + e.getMessage());
            }
            switch (choice) {
                case YES -> yes++;
                case NO -> {
                    no++;
                    if (PERMANENT_MEMBERS.contains(vote.getKey())) {
                        vetoes.add(vote.getKey());
                    }
                }
                case ABSTAIN -> abstain++;
            }
        }
        List<String> absent = memberSet.stream().filter(m -> !votes.containsKey(m)).toList();
        boolean adopted = switch (majority) {
            case SIMPLE -> yes > no;
            case TWO_THIRDS -> yes > 0 && 3L * yes >= 2L * (yes + no);
            case SECURITY_COUNCIL -> yes >= SECURITY_COUNCIL_MAJORITY && vetoes.isEmpty();
        };
        List<String> vetoedBy = majority == Majority.SECURITY_COUNCIL && yes >= SECURITY_COUNCIL_MAJORITY ? vetoes : List.of();
        return new Tally(votes, yes, no, abstain, absent, adopted, vetoedBy);
    }
}
