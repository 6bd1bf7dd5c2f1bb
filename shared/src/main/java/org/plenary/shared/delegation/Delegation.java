package org.plenary.shared.delegation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A delegation that can sponsor or amend a draft: a Member State, an observer State or an organization
 * such as the European Union.
 *
 * @param code ISO 3166-1 alpha-3 code, three uppercase letters (the European Union uses "EUU")
 * @param name the UN short name as printed in sponsor lists, e.g. "Iran (Islamic Republic of)"
 * @param kind whether it is a Member State, an observer State or an organization
 */
public record Delegation(String code, String name, Kind kind) {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    /** The standing of a delegation at the United Nations. */
    public enum Kind {
        MEMBER_STATE,
        OBSERVER_STATE,
        ORGANIZATION
    }

    public Delegation {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code must be three uppercase letters, was \"" + code + "\"");
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
    }
}
