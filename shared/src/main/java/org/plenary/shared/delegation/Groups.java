package org.plenary.shared.delegation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The groups a delegation may speak for: the five UN regional groups and the European Union. A group is named by
 * its full name ("Group of African States") or the short name compilation texts tag proposals with ("African
 * Group"); case, accents and spacing make no difference. {@link #members} lists each group's members (ISO 3166-1
 * alpha-3 codes), from the UN's lists of regional groups and the European Union's Member States: the United States
 * belongs to no regional group (it attends the Western European and other States as an observer), Türkiye is
 * counted with the Western European and other States, Kiribati with Asia-Pacific.
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

    private static final Map<String, Set<String>> MEMBERS = Map.of(
            "Group of African States", codes("DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG CIV COD DJI EGY GNQ ERI "
                    + "SWZ ETH GAB GMB GHA GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT MUS MAR MOZ NAM NER NGA RWA STP SEN "
                    + "SYC SLE SOM ZAF SSD SDN TGO TUN UGA TZA ZMB ZWE"),
            "Group of Asia-Pacific States", codes("AFG BHR BGD BTN BRN KHM CHN CYP PRK FJI IND IDN IRN IRQ JPN JOR "
                    + "KAZ KIR KWT KGZ LAO LBN MYS MDV MHL FSM MNG MMR NRU NPL OMN PAK PLW PNG PHL QAT KOR WSM SAU SGP "
                    + "SLB LKA SYR TJK THA TLS TON TKM TUV ARE UZB VUT VNM YEM"),
            "Group of Eastern European States", codes("ALB ARM AZE BLR BIH BGR HRV CZE EST GEO HUN LVA LTU MNE POL "
                    + "MDA ROU RUS SRB SVK SVN MKD UKR"),
            "Group of Latin American and Caribbean States", codes("ATG ARG BHS BRB BLZ BOL BRA CHL COL CRI CUB DMA "
                    + "DOM ECU SLV GRD GTM GUY HTI HND JAM MEX NIC PAN PRY PER KNA LCA VCT SUR TTO URY VEN"),
            "Group of Western European and other States", codes("AND AUS AUT BEL CAN DNK FIN FRA DEU GRC ISL IRL "
                    + "ISR ITA LIE LUX MLT MCO NLD NZL NOR PRT SMR ESP SWE CHE TUR GBR"),
            "European Union", codes("AUT BEL BGR HRV CYP CZE DNK EST FIN FRA DEU GRC HUN IRL ITA LVA LTU LUX MLT NLD "
                    + "POL PRT ROU SVK SVN ESP SWE"));

    /** The delegation that speaks for the European Union itself (an observer organization). */
    private static final String EUROPEAN_UNION = "EUU";

    private static Set<String> codes(String list) {
        return Set.of(list.split(" "));
    }

    /** The group's members (delegation codes). */
    public static Set<String> members(Group group) {
        return MEMBERS.get(group.name());
    }

    /** Whether {@code delegation} (a code) may speak on behalf of {@code group}: a member (the EU speaks for itself). */
    public static boolean speaksFor(String delegation, Group group) {
        return members(group).contains(delegation)
                || "European Union".equals(group.name()) && EUROPEAN_UNION.equals(delegation);
    }

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
