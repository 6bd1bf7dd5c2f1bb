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
}
