package org.plenary.security;

import org.plenary.shared.draft.Actors;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;
import java.util.Optional;

/**
 * A signed-in caller: a delegation (its ISO 3166-1 alpha-3 code), the secretariat, or an observer (a valid
 * token that names neither). The actor always comes from the token, never from a request body or another header.
 * Authorities: {@code ROLE_SECRETARIAT} or {@code ROLE_DELEGATION}; an observer has none.
 */
public final class ActorAuthentication extends AbstractAuthenticationToken {

    public static final String SECRETARIAT = "SECRETARIAT";
    public static final String DELEGATION = "DELEGATION";

    private final String actor;
    private final String subject;

    private ActorAuthentication(String actor, String subject, List<GrantedAuthority> authorities) {
        super(authorities);
        this.actor = actor;
        this.subject = subject;
        setAuthenticated(true);
    }

    /** A caller acting as {@code actor} (a delegation code or {@link Actors#SECRETARIAT}). */
    public static ActorAuthentication of(String actor, String subject) {
        String role = Actors.SECRETARIAT.equals(actor) ? SECRETARIAT : DELEGATION;
        return new ActorAuthentication(actor, subject, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    /** A caller whose token is valid but names no delegation and no secretariat role. */
    public static ActorAuthentication observer(String subject) {
        return new ActorAuthentication(null, subject, List.of());
    }

    /** The delegation code or SECRETARIAT; empty for an observer. */
    public Optional<String> actor() {
        return Optional.ofNullable(actor);
    }

    /** Who signed in, for logs: the JWT subject, or the kind of token. */
    public String subject() {
        return subject;
    }

    @Override
    public Object getPrincipal() {
        return actor != null ? actor : subject;
    }

    @Override
    public Object getCredentials() {
        return null;
    }
}
