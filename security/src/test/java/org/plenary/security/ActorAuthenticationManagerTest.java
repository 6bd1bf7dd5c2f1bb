package org.plenary.security;

import org.junit.jupiter.api.Test;
import org.plenary.shared.auth.TokenAuthenticator;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActorAuthenticationManagerTest {

    private static final String JWT = "header.payload.signature";

    @Test
    void developmentAndFileTokensNameTheirActor() {
        ActorAuthenticationManager manager = new ActorAuthenticationManager(
                new TokenAuthenticator(true, Map.of(TokenAuthenticator.sha256("s3cret"), "FRA")), null, "plenary_actor");

        assertThat(actor(manager, "dev:BRA")).isEqualTo("BRA");
        assertThat(actor(manager, "s3cret")).isEqualTo("FRA");
        ActorAuthentication secretariat = (ActorAuthentication) manager.authenticate(bearer("dev:SECRETARIAT"));
        assertThat(secretariat.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_SECRETARIAT");
        assertThatThrownBy(() -> manager.authenticate(bearer("dev:bra"))).isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> manager.authenticate(bearer(JWT))).as("JWT sign-in is off")
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void aJwtNamesItsActorByTheConfiguredClaim() {
        ActorAuthenticationManager manager = withJwt(Map.of("delegation", "BRA"));
        ActorAuthentication brazil = (ActorAuthentication) manager.authenticate(bearer(JWT));
        assertThat(brazil.actor()).contains("BRA");
        assertThat(brazil.subject()).isEqualTo("alice");
        assertThat(brazil.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_DELEGATION");

        assertThat(((ActorAuthentication) withJwt(Map.of("delegation", List.of("SECRETARIAT"))).authenticate(bearer(JWT)))
                .actor()).contains("SECRETARIAT");
    }

    @Test
    void aJwtWithoutAKnownActorSignsInAnObserverWithNoRole() {
        for (Map<String, Object> claims : List.<Map<String, Object>>of(Map.of(), Map.of("delegation", "XYZ"),
                Map.of("delegation", "bra"), Map.of("delegation", List.of("BRA", "FRA")), Map.of("delegation", 42))) {
            ActorAuthentication observer = (ActorAuthentication) withJwt(claims).authenticate(bearer(JWT));
            assertThat(observer.actor()).as(claims.toString()).isEmpty();
            assertThat(observer.getAuthorities()).isEmpty();
        }
    }

    @Test
    void aBadJwtIs401AndAnUnreachableIdentityProvider503() {
        JwtDecoder bad = token -> {
            throw new BadJwtException("expired");
        };
        assertThatThrownBy(() -> new ActorAuthenticationManager(new TokenAuthenticator(false, Map.of()), bad, "delegation")
                .authenticate(bearer(JWT))).isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("expired");
        JwtDecoder unreachable = token -> {
            throw new JwtException("Couldn't retrieve remote JWK set");
        };
        assertThatThrownBy(() -> new ActorAuthenticationManager(new TokenAuthenticator(false, Map.of()), unreachable, "delegation")
                .authenticate(bearer(JWT))).isInstanceOf(SignInUnavailableException.class);
    }

    @Test
    void developmentTokensDoNotWorkOutsideTheLocalProfileEvenWithJwts() {
        ActorAuthenticationManager manager = new ActorAuthenticationManager(new TokenAuthenticator(false, Map.of()),
                token -> jwt(Map.of("delegation", "BRA")), "delegation");
        assertThatThrownBy(() -> manager.authenticate(bearer("dev:BRA"))).isInstanceOf(InvalidBearerTokenException.class);
    }

    private static ActorAuthenticationManager withJwt(Map<String, Object> claims) {
        return new ActorAuthenticationManager(new TokenAuthenticator(false, Map.of()), token -> jwt(claims), "delegation");
    }

    private static Jwt jwt(Map<String, Object> claims) {
        return Jwt.withTokenValue(JWT).header("alg", "RS256").subject("alice").expiresAt(Instant.now().plusSeconds(60))
                .claims(c -> c.putAll(claims)).build();
    }

    private static String actor(ActorAuthenticationManager manager, String token) {
        return ((ActorAuthentication) manager.authenticate(bearer(token))).actor().orElseThrow();
    }

    private static BearerTokenAuthenticationToken bearer(String token) {
        return new BearerTokenAuthenticationToken(token);
    }
}
