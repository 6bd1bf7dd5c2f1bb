package org.plenary.shared.delegation;

import java.util.List;
import java.util.Optional;

/**
 * The groups a delegation may speak for: the five UN regional groups and the European Union. A group is named by
 * its full name ("Group of African States") or the short name compilation texts tag proposals with ("African
 * Group"); case, accents and spacing make no difference. Membership is not checked here.
 */
public final class Groups {

    /** A group: its full name, as sponsor lists print it after "on behalf of the", and its short name. */
    public record Group(String name, String shortName) {
    }

    private static final List<Group> ALL = List.of(
            new Group("Group of African States", "African Group"),
            new Group("Group of Asia-Pacific States", "Asia-Pacific Group"),
            new Group("Group of Eastern European States", "Eastern European Group"),
            new Group("Group of Latin American and Caribbean States", "GRULAC"),
            new Group("Group of Western European and other States", "WEOG"),
            new Group("European Union", "EU"));

    private Groups() {
    }

    /** The six groups, regional groups first. */
    public static List<Group> all() {
        return ALL;
    }

    /** The group with this full or short name. */
    public static Optional<Group> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = Names.key(name);
        return ALL.stream().filter(g -> Names.key(g.name()).equals(key) || Names.key(g.shortName()).equals(key))
                .findFirst();
    }

    /** The group with this full or short name; {@link IllegalArgumentException} listing the groups otherwise. */
    public static Group resolve(String name) {
        return byName(name).orElseThrow(() -> new IllegalArgumentException("\"" + name + "\" is not a group: "
                + String.join(", ", ALL.stream().map(Group::name).toList())));
    }
}
