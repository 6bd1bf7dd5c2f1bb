package org.plenary.command.security;

import org.plenary.security.ActorAuthentication;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/** The authenticated actor of a request: a delegation code or SECRETARIAT. Never taken from the body. */
public record Caller(String actor) {

    /** The actor the current request signed in as (from Spring Security's context); empty for none or an observer. */
    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof ActorAuthentication signedIn
                ? signedIn.actor().map(Caller::new)
                : Optional.empty();
    }
}
