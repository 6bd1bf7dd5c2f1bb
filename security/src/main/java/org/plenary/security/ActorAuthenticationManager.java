package org.plenary.security;

import org.plenary.shared.auth.TokenAuthenticator;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one token authenticator of both apps: a bearer token becomes an {@link ActorAuthentication}. Development
 * and token-file tokens are looked up first ({@link TokenAuthenticator}); a token shaped like a JWT is then
 * checked by the identity provider's keys when JWT sign-in is configured, and its actor claim names the
 * delegation or the secretariat (a valid JWT without a known actor signs in an observer, who may act on nothing).
 */
public final class ActorAuthenticationManager implements AuthenticationManager {

    private static final Pattern JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    private final TokenAuthenticator tokens;
    private final JwtDecoder jwt;
    private final String actorClaim;

    /**
     * @param tokens     development and token-file tokens
     * @param jwt        the JWT decoder, or null when JWT sign-in is off
     * @param actorClaim the JWT claim naming the actor
     */
    public ActorAuthenticationManager(TokenAuthenticator tokens, JwtDecoder jwt, String actorClaim) {
        this.tokens = tokens;
        this.jwt = jwt;
        this.actorClaim = actorClaim;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
            return null;
        }
        String token = bearer.getToken();
        Optional<String> actor = tokens.authenticate(token);
        if (actor.isPresent()) {
            return ActorAuthentication.of(actor.get(), "token");
        }
        if (jwt != null && JWS.matcher(token).matches()) {
            return fromJwt(token);
        }
        throw new InvalidBearerTokenException("unknown or invalid token");
    }

    private ActorAuthentication fromJwt(String token) {
        Jwt decoded;
        try {
            decoded = jwt.decode(token);
        } catch (BadJwtException e) {
            throw new InvalidBearerTokenException("invalid token: " + e.getMessage(), e);
        } catch (JwtException e) {
            throw new SignInUnavailableException("the token cannot be checked now: " + e.getMessage(), e);
        }
        String actor = single(decoded.getClaim(actorClaim));
        String subject = decoded.getSubject() != null ? decoded.getSubject() : "jwt";
        return actor != null && TokenAuthenticator.isActor(actor) ? ActorAuthentication.of(actor, subject)
                : ActorAuthentication.observer(subject);
    }

    /** A claim holding one string, alone or as a one-element list; null otherwise. */
    private static String single(Object claim) {
        if (claim instanceof String value) {
            return value;
        }
        if (claim instanceof Collection<?> values && values.size() == 1 && values.iterator().next() instanceof String value) {
            return value;
        }
        return null;
    }
}
