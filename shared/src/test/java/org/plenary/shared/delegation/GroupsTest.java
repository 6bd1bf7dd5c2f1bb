package org.plenary.shared.delegation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupsTest {

    @Test
    void theFiveRegionalGroupsAndTheEuropeanUnion() {
        assertThat(Groups.all()).hasSize(6);
        assertThat(Groups.all()).extracting(Groups.Group::shortName)
                .containsExactly("African Group", "Asia-Pacific Group", "Eastern European Group", "GRULAC", "WEOG", "EU");
    }

    @Test
    void aGroupIsFoundByItsFullOrShortNameWhateverTheCase() {
        assertThat(Groups.resolve("Group of African States").shortName()).isEqualTo("African Group");
        assertThat(Groups.resolve("  african group ").name()).isEqualTo("Group of African States");
        assertThat(Groups.resolve("grulac").name()).isEqualTo("Group of Latin American and Caribbean States");
        assertThat(Groups.byName("EU")).contains(new Groups.Group("European Union", "EU"));
    }

    @Test
    void anUnknownGroupIsRefusedNamingTheGroups() {
        assertThatThrownBy(() -> Groups.resolve("G77"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"G77\" is not a group")
                .hasMessageContaining("Group of Western European and other States");
        assertThat(Groups.byName(null)).isEmpty();
    }

    @Test
    void everyMemberStateButTheUnitedStatesIsInExactlyOneRegionalGroup() {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (Groups.Group group : Groups.all().subList(0, 5)) {
            for (String code : Groups.members(group)) {
                assertThat(DelegationRegistry.standard().byCode(code)).as(code).isPresent();
                seen.merge(code, 1, Integer::sum);
            }
        }
        java.util.List<String> memberStates = DelegationRegistry.standard().all().stream()
                .filter(d -> d.kind() == Delegation.Kind.MEMBER_STATE).map(Delegation::code).toList();
        assertThat(seen.keySet()).hasSize(192).doesNotContain("USA");
        assertThat(seen.values()).containsOnly(1);
        assertThat(memberStates).containsAll(seen.keySet()).contains("USA");
        assertThat(Groups.members(Groups.resolve("Group of African States"))).hasSize(54);
        assertThat(Groups.members(Groups.resolve("Group of Asia-Pacific States"))).hasSize(54);
        assertThat(Groups.members(Groups.resolve("Eastern European Group"))).hasSize(23);
        assertThat(Groups.members(Groups.resolve("GRULAC"))).hasSize(33);
        assertThat(Groups.members(Groups.resolve("WEOG"))).hasSize(28);
    }

    @Test
    void theEuropeanUnionHasItsTwentySevenMemberStatesAndSpeaksForItself() {
        Groups.Group eu = Groups.resolve("EU");
        assertThat(Groups.members(eu)).hasSize(27).contains("FRA", "DEU", "HRV").doesNotContain("GBR");
        assertThat(Groups.speaksFor("EUU", eu)).isTrue();
        assertThat(Groups.speaksFor("FRA", eu)).isTrue();
        assertThat(Groups.speaksFor("EGY", Groups.resolve("African Group"))).isTrue();
        assertThat(Groups.speaksFor("BRA", Groups.resolve("African Group"))).isFalse();
    }
}
