package org.plenary.shared.vote;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.plenary.shared.vote.VoteRules.Majority.SECURITY_COUNCIL;
import static org.plenary.shared.vote.VoteRules.Majority.SIMPLE;
import static org.plenary.shared.vote.VoteRules.Majority.TWO_THIRDS;

class VoteRulesTest {

    private static final List<String> COMMISSION = List.of("BRA", "CHN", "FRA", "EGY", "IND", "USA", "MEX");
    private static final List<String> COUNCIL = List.of("CHN", "FRA", "RUS", "GBR", "USA",
            "DZA", "GUY", "KOR", "SLE", "SVN", "DNK", "GRC", "PAK", "PAN", "SOM");

    @Test
    void moreYesThanNoAdoptsAndAbstentionsDoNotCount() {
        VoteRules.Tally tally = VoteRules.count(COMMISSION,
                Map.of("BRA", "yes", "CHN", "abstain", "FRA", "no", "EGY", "abstain", "IND", "yes"), SIMPLE);
        assertThat(tally.adopted()).isTrue();
        assertThat(tally.result()).isEqualTo("adopted");
        assertThat(List.of(tally.yes(), tally.no(), tally.abstain())).containsExactly(2, 1, 2);
        assertThat(tally.absent()).containsExactly("USA", "MEX");
        assertThat(tally.votes().keySet()).containsExactly("BRA", "CHN", "EGY", "FRA", "IND");
    }

    @Test
    void aTieIsRejected() {
        VoteRules.Tally tally = VoteRules.count(COMMISSION, Map.of("BRA", "yes", "FRA", "no"), SIMPLE);
        assertThat(tally.adopted()).isFalse();
        assertThat(tally.result()).isEqualTo("rejected");
    }

    @Test
    void nobodyVotingRejectsAndEveryMemberIsAbsent() {
        VoteRules.Tally tally = VoteRules.count(COMMISSION, Map.of(), SIMPLE);
        assertThat(tally.adopted()).isFalse();
        assertThat(tally.absent()).containsExactlyElementsOf(COMMISSION);
        assertThat(VoteRules.count(COMMISSION, Map.of("BRA", "abstain"), TWO_THIRDS).adopted()).isFalse();
    }

    @Test
    void anImportantQuestionNeedsTwoThirdsOfThosePresentAndVoting() {
        Map<String, String> twoToOne = Map.of("BRA", "yes", "CHN", "yes", "FRA", "no", "EGY", "abstain");
        assertThat(VoteRules.count(COMMISSION, twoToOne, TWO_THIRDS).adopted()).isTrue(); // exactly two thirds
        Map<String, String> threeToTwo = Map.of("BRA", "yes", "CHN", "yes", "IND", "yes", "FRA", "no", "USA", "no");
        assertThat(VoteRules.count(COMMISSION, threeToTwo, SIMPLE).adopted()).isTrue();
        assertThat(VoteRules.count(COMMISSION, threeToTwo, TWO_THIRDS).adopted()).isFalse();
    }

    @Test
    void theSecurityCouncilNeedsNineYesAndNoVetoFromAPermanentMember() {
        Map<String, String> votes = new LinkedHashMap<>();
        COUNCIL.subList(5, 14).forEach(m -> votes.put(m, "yes")); // nine elected members
        votes.put("CHN", "abstain");
        assertThat(VoteRules.count(COUNCIL, votes, SECURITY_COUNCIL).adopted()).isTrue();
        votes.put("RUS", "no");
        VoteRules.Tally vetoed = VoteRules.count(COUNCIL, votes, SECURITY_COUNCIL);
        assertThat(vetoed.adopted()).isFalse();
        assertThat(vetoed.vetoedBy()).containsExactly("RUS");
        votes.remove("RUS");
        votes.put("SOM", "no"); // an elected member's no is no veto
        votes.remove("DZA"); // eight yes
        VoteRules.Tally eight = VoteRules.count(COUNCIL, votes, SECURITY_COUNCIL);
        assertThat(eight.yes()).isEqualTo(8);
        assertThat(eight.adopted()).isFalse();
        assertThat(eight.vetoedBy()).isEmpty();
    }

    @Test
    void nonMembersAreRefusedByName() {
        assertThatThrownBy(() -> VoteRules.count(COMMISSION, Map.of("BRA", "yes", "VAT", "yes", "PSE", "no"), SIMPLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PSE, VAT are not members of the body and cannot vote (observers and non-members do not vote)");
        assertThatThrownBy(() -> VoteRules.count(COMMISSION, Map.of("DEU", "yes"), SIMPLE))
                .hasMessageStartingWith("DEU is not a member of the body");
    }

    @Test
    void aVoteIsYesNoOrAbstain() {
        assertThatThrownBy(() -> VoteRules.count(COMMISSION, Map.of("BRA", "maybe"), SIMPLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BRA: \"maybe\" is not a vote: yes, no or abstain");
    }
}
