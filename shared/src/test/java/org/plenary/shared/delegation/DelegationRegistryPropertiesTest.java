package org.plenary.shared.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class DelegationRegistryPropertiesTest {

    private final DelegationRegistry registry = DelegationRegistry.standard();

    @Property
    void anyNameWithRandomCaseChangesResolvesToTheSameCode(@ForAll("namesWithCodes") List<String> nameAndCode,
            @ForAll("caseMasks") List<Boolean> upper) {
        String name = nameAndCode.get(0);
        StringBuilder changed = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            String c = String.valueOf(name.charAt(i));
            boolean toUpper = upper.get(i % upper.size());
            changed.append(toUpper ? c.toUpperCase(Locale.ROOT) : c.toLowerCase(Locale.ROOT));
        }

        assertThat(registry.resolve(changed.toString()).code()).isEqualTo(nameAndCode.get(1));
    }

    @Property
    void anyNameWithSurroundingSpaceAndFootnoteMarksResolvesToTheSameCode(
            @ForAll("namesWithCodes") List<String> nameAndCode,
            @ForAll("padding") String before, @ForAll("padding") String after, @ForAll("marks") String marks) {
        String printed = before + nameAndCode.get(0).replace('\'', '\u2019') + marks + after;

        assertThat(registry.byName(printed)).map(Delegation::code).contains(nameAndCode.get(1));
    }

    @Property
    void anyCodeInAnyCaseResolvesToItsDelegation(@ForAll("delegations") Delegation delegation,
            @ForAll("caseMasks") List<Boolean> upper) {
        String code = delegation.code();
        StringBuilder changed = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            changed.append(upper.get(i % upper.size()) ? c : Character.toLowerCase(c));
        }

        assertThat(registry.resolve(changed.toString())).isEqualTo(delegation);
    }

    @Provide
    Arbitrary<Delegation> delegations() {
        return Arbitraries.of(registry.all());
    }

    @Provide
    Arbitrary<List<String>> namesWithCodes() {
        List<List<String>> pairs = registry.all().stream()
                .flatMap(d -> Stream.concat(Stream.of(d.name()), registry.aliasesOf(d).stream())
                        .map(name -> List.of(name, d.code())))
                .toList();
        return Arbitraries.of(pairs);
    }

    @Provide
    Arbitrary<List<Boolean>> caseMasks() {
        return Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(60);
    }

    @Provide
    Arbitrary<String> padding() {
        return Arbitraries.strings().withChars(' ', '\t', '\u00A0', '\n').ofMaxLength(3);
    }

    @Provide
    Arbitrary<String> marks() {
        return Combinators.combine(
                        Arbitraries.strings().withChars('*', '¹', '²', '³', '†').ofMaxLength(2),
                        Arbitraries.of("", " "))
                .as((m, space) -> m.isEmpty() ? "" : space + m);
    }
}
