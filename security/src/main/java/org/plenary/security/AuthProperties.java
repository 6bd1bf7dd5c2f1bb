package org.plenary.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * How callers sign in ({@code plenary.auth.*}; defaults and comments in each app's yml): JWTs from the
 * organisation's identity provider, and/or a file of SHA-256 token digests. Development tokens need no setting:
 * they work under the {@code local} profile only.
 */
@ConfigurationProperties("plenary.auth")
public record AuthProperties(@DefaultValue("") String tokenFile, @DefaultValue Jwt jwt) {

    /**
     * JWT sign-in; off while {@code issuer} is empty.
     *
     * @param issuer        the exact {@code iss} every token must carry
     * @param jwkSetUri     where the identity provider publishes its signing keys (JWK set)
     * @param audience      a value the token's {@code aud} must contain
     * @param actorClaim    the claim naming the delegation (ISO3 code) or {@code SECRETARIAT}
     * @param jwsAlgorithms signature algorithms accepted
     * @param clockSkew     tolerance on {@code exp} and {@code nbf}
     */
    public record Jwt(@DefaultValue("") String issuer,
                      @DefaultValue("") String jwkSetUri,
                      @DefaultValue("plenary") String audience,
                      @DefaultValue("plenary_actor") String actorClaim,
                      @DefaultValue("RS256") List<String> jwsAlgorithms,
                      @DefaultValue("60s") Duration clockSkew) {

        public boolean enabled() {
            return !issuer.isBlank();
        }
    }
}
