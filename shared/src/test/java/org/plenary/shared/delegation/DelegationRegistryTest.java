package org.plenary.shared.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DelegationRegistryTest {

    private final DelegationRegistry registry = DelegationRegistry.standard();

    @Test
    void holds193MemberStates2ObserverStatesAndTheEuropeanUnion() {
        Map<Delegation.Kind, Long> byKind = registry.all().stream()
                .collect(Collectors.groupingBy(Delegation::kind, Collectors.counting()));

        assertThat(registry.size()).isEqualTo(196);
        assertThat(registry.all()).hasSize(196);
        assertThat(byKind).containsExactlyInAnyOrderEntriesOf(Map.of(
                Delegation.Kind.MEMBER_STATE, 193L,
                Delegation.Kind.OBSERVER_STATE, 2L,
                Delegation.Kind.ORGANIZATION, 1L));
        assertThat(registry.all()).filteredOn(d -> d.kind() == Delegation.Kind.OBSERVER_STATE)
                .extracting(Delegation::name)
                .containsExactly("Holy See", "State of Palestine");
        assertThat(registry.all()).filteredOn(d -> d.kind() == Delegation.Kind.ORGANIZATION)
                .containsExactly(new Delegation("EUU", "European Union", Delegation.Kind.ORGANIZATION));
    }

    @Test
    void codesAreUniqueThreeUppercaseLetters() {
        List<String> codes = registry.all().stream().map(Delegation::code).toList();

        assertThat(codes).doesNotHaveDuplicates().allMatch(code -> code.matches("[A-Z]{3}"));
    }

    @Test
    void namesAreUnique() {
        assertThat(registry.all()).extracting(Delegation::name).doesNotHaveDuplicates();
    }

    @Test
    void listsMemberStatesThenObserversThenOrganizationsInAStableOrder() {
        assertThat(registry.all()).isSameAs(DelegationRegistry.standard().all());
        assertThat(registry.all()).extracting(Delegation::kind).isSortedAccordingTo(Enum::compareTo);
        assertThat(registry.all().get(0).name()).isEqualTo("Afghanistan");
        assertThat(registry.all().get(192).name()).isEqualTo("Zimbabwe");
    }

    @Test
    void isLoadedOnce() {
        assertThat(DelegationRegistry.standard()).isSameAs(DelegationRegistry.standard());
    }

    @Test
    void resolvesEverySponsorOfTheCybercrimeDraftWithItsCode() {
        String sponsors = "Belarus, Brazil, China, Ecuador, Finland, Guatemala, India, Iran (Islamic Republic of), "
                + "Netherlands, Pakistan, Russian Federation, South Africa";

        List<String> codes = Arrays.stream(sponsors.split(", "))
                .map(registry::resolve)
                .map(Delegation::code)
                .toList();

        assertThat(codes).containsExactly(
                "BLR", "BRA", "CHN", "ECU", "FIN", "GTM", "IND", "IRN", "NLD", "PAK", "RUS", "ZAF");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "IRN;   Iran (Islamic Republic of)",
            "irn;   Iran (Islamic Republic of)",
            " nld ; Netherlands (Kingdom of the)",
            "EUU;   European Union",
            "VAT;   Holy See",
            "PSE;   State of Palestine",
            "TUR;   Türkiye",
            "CIV;   Côte d'Ivoire",
            "GBR;   United Kingdom of Great Britain and Northern Ireland"})
    void findsADelegationByItsCodeIgnoringCase(String code, String name) {
        assertThat(registry.byCode(code)).map(Delegation::name).contains(name);
    }

    @Test
    void findsNothingForAnUnknownCode() {
        assertThat(registry.byCode("XYZ")).isEmpty();
        assertThat(registry.byCode("")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Netherlands;                                 NLD",
            "The Netherlands;                             NLD",
            "Turkey;                                      TUR",
            "Czech Republic;                              CZE",
            "Swaziland;                                   SWZ",
            "The former Yugoslav Republic of Macedonia;   MKD",
            "United Kingdom;                              GBR",
            "United States;                               USA",
            "Iran;                                        IRN",
            "Russia;                                      RUS",
            "EU;                                          EUU",
            "Palestine;                                   PSE",
            "Bolivia;                                     BOL",
            "Venezuela;                                   VEN",
            "Cape Verde;                                  CPV",
            "Viet Nam;                                    VNM",
            "Vietnam;                                     VNM"})
    void findsADelegationByAnOlderOrCommonName(String alias, String code) {
        assertThat(registry.byName(alias)).map(Delegation::code).contains(code);
    }

    @Test
    void everyAliasFindsItsDelegation() {
        for (Delegation delegation : registry.all()) {
            for (String alias : registry.aliasesOf(delegation)) {
                assertThat(registry.byName(alias)).as(alias).contains(delegation);
            }
        }
    }

    @Test
    void everyNameRoundTripsThroughByName() {
        for (Delegation delegation : registry.all()) {
            assertThat(registry.byName(delegation.name())).as(delegation.name()).contains(delegation);
            assertThat(registry.resolve(delegation.name())).isEqualTo(delegation);
            assertThat(registry.resolve(delegation.code())).isEqualTo(delegation);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "'  Brazil  ';                          BRA",
            "'BRAZIL';                              BRA",
            "'Brazil*';                             BRA",
            "'Brazil *';                            BRA",
            "'Brazil¹';                             BRA",
            "'Brazil²³';                            BRA",
            "'Côte d’Ivoire';                       CIV",
            "'Cote d''Ivoire';                      CIV",
            "'Democratic People’s Republic of Korea'; PRK",
            "'Lao People’s Democratic Republic*';   LAO",
            "'Turkiye';                             TUR",
            "'Russian  Federation';                 RUS",
            "'Guinea‑Bissau';                       GNB"})
    void toleratesPrintingVariantsOfAName(String printed, String code) {
        assertThat(registry.byName(printed)).map(Delegation::code).contains(code);
    }

    @Test
    void doesNotConfuseSimilarNames() {
        assertThat(registry.byName("Niger")).map(Delegation::code).contains("NER");
        assertThat(registry.byName("Nigeria")).map(Delegation::code).contains("NGA");
        assertThat(registry.byName("Congo")).map(Delegation::code).contains("COG");
        assertThat(registry.byName("Democratic Republic of the Congo")).map(Delegation::code).contains("COD");
        assertThat(registry.byName("Guinea")).map(Delegation::code).contains("GIN");
        assertThat(registry.byName("Sudan")).map(Delegation::code).contains("SDN");
        assertThat(registry.byName("Korea")).isEmpty();
    }

    @Test
    void resolvesByCodeOrName() {
        assertThat(registry.resolve("ZAF").name()).isEqualTo("South Africa");
        assertThat(registry.resolve("zaf").name()).isEqualTo("South Africa");
        assertThat(registry.resolve("Iran").code()).isEqualTo("IRN");
    }

    @Test
    void suggestsBrazilForBrasil() {
        UnknownDelegationException e = catchThrowableOfType(
                () -> registry.resolve("Brasil"), UnknownDelegationException.class);

        assertThat(e.suggestions()).first().isEqualTo("Brazil");
        assertThat(e.input()).isEqualTo("Brasil");
        assertThat(e).hasMessageStartingWith("Unknown delegation \"Brasil\". Did you mean: Brazil");
    }

    @Test
    void reportsAnUnknownDelegationWithItsSuggestionsInTheMessage() {
        assertThatThrownBy(() -> registry.resolve("Brasil"))
                .isInstanceOf(UnknownDelegationException.class)
                .hasMessage("Unknown delegation \"Brasil\". Did you mean: Brazil?");
    }

    @Test
    void suggestsUnitedStatesOfAmericaForAMisspelling() {
        UnknownDelegationException e = catchThrowableOfType(
                () -> registry.resolve("Unted States"), UnknownDelegationException.class);

        assertThat(e.suggestions()).containsExactly("United States of America");
        assertThat(e).hasMessage("Unknown delegation \"Unted States\". Did you mean: United States of America?");
    }

    @Test
    void suggestsTheNameSharingTheMostWords() {
        UnknownDelegationException e = catchThrowableOfType(
                () -> registry.resolve("Islamic Republic of Iran"), UnknownDelegationException.class);

        assertThat(e.suggestions()).containsExactly("Iran (Islamic Republic of)");
    }

    @Test
    void suggestsTheClosestSpellingOnly() {
        UnknownDelegationException e = catchThrowableOfType(
                () -> registry.resolve("Guinee"), UnknownDelegationException.class);

        assertThat(e.suggestions()).containsExactly("Guinea");
    }

    @Test
    void suggestsNamesThatBeginWithTheInput() {
        UnknownDelegationException e = catchThrowableOfType(
                () -> registry.resolve("Saint"), UnknownDelegationException.class);

        assertThat(e.suggestions()).containsExactly("Saint Lucia", "Saint Kitts and Nevis",
                "Saint Vincent and the Grenadines");
    }

    @Test
    void suggestsNamesSharingAWord() {
        UnknownDelegationException e = catchThrowableOfType(
                () -> registry.resolve("Korea"), UnknownDelegationException.class);

        assertThat(e.suggestions()).containsExactlyInAnyOrder(
                "Republic of Korea", "Democratic People's Republic of Korea");
    }

    @Test
    void suggestsAtMostThreeNames() {
        UnknownDelegationException e = catchThrowableOfType(
                () -> registry.resolve("United"), UnknownDelegationException.class);

        assertThat(e.suggestions()).hasSize(3).allMatch(name -> name.startsWith("United "));
    }

    @Test
    void suggestsNothingForGibberish() {
        assertThatThrownBy(() -> registry.resolve("Xqzzyv"))
                .isInstanceOf(UnknownDelegationException.class)
                .hasMessage("Unknown delegation \"Xqzzyv\".")
                .satisfies(e -> assertThat(((UnknownDelegationException) e).suggestions()).isEmpty());
    }

    @Test
    void rejectsDataWithDuplicateCodesOrNames() {
        String header = "# test\ncode\tname\tkind\taliases\n";

        assertThatThrownBy(() -> DelegationRegistry.read(new StringReader(header
                + "BRA\tBrazil\tMEMBER_STATE\t\nBRA\tBrasil\tMEMBER_STATE\t\n"), "test"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("duplicate code BRA");
        assertThatThrownBy(() -> DelegationRegistry.read(new StringReader(header
                + "NER\tNiger\tMEMBER_STATE\t\nNGA\tNigeria\tMEMBER_STATE\tniger*\n"), "test"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already used by NER");
        assertThatThrownBy(() -> DelegationRegistry.read(new StringReader(header
                + "Bra\tBrazil\tMEMBER_STATE\t\n"), "test"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test:3");
    }
}
