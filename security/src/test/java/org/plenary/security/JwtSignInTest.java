package org.plenary.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwtSignInTest {

    private static final AuthProperties.Jwt SETTINGS = new AuthProperties.Jwt("https://id.example.org", "http://127.0.0.1:1/jwks",
            "plenary", "delegation", List.of("RS256"), Duration.ofSeconds(30));
    private final OAuth2TokenValidator<Jwt> validator = JwtSignIn.validator(SETTINGS);

    @Test
    void acceptsATokenOfTheIssuerForThisAudienceBeforeItExpires() {
        assertThat(validator.validate(jwt(b -> { })).hasErrors()).isFalse();
    }

    @Test
    void refusesAnotherIssuerAnotherAudienceAnExpiredTokenOrOneThatNeverExpires() {
        assertThat(validator.validate(jwt(b -> b.issuer("https://evil.example.org"))).hasErrors()).isTrue();
        assertThat(validator.validate(jwt(b -> b.audience(List.of("another-app")))).hasErrors()).isTrue();
        assertThat(validator.validate(jwt(b -> b.claims(c -> c.remove("aud")))).hasErrors()).isTrue();
        assertThat(validator.validate(jwt(b -> b.issuedAt(Instant.now().minusSeconds(600))
                .expiresAt(Instant.now().minusSeconds(120)))).hasErrors()).isTrue();
        assertThat(validator.validate(jwt(b -> b.claims(c -> c.remove("exp")))).hasErrors()).isTrue();
        assertThat(validator.validate(jwt(b -> b.notBefore(Instant.now().plusSeconds(300)))).hasErrors()).isTrue();
    }

    @Test
    void refusesIncompleteSettingsAtStart() {
        assertThatThrownBy(() -> JwtSignIn.decoder(new AuthProperties.Jwt("https://id.example.org", "", "plenary", "delegation",
                List.of("RS256"), Duration.ZERO))).hasMessageContaining("jwk-set-uri");
        assertThatThrownBy(() -> JwtSignIn.decoder(new AuthProperties.Jwt("https://id.example.org", "http://127.0.0.1:1/jwks",
                "plenary", "delegation", List.of("XX512"), Duration.ZERO))).hasMessageContaining("XX512");
    }

    private static Jwt jwt(Consumer<Jwt.Builder> change) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").issuer("https://id.example.org")
                .audience(List.of("plenary", "other")).subject("alice").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300));
        change.accept(builder);
        return builder.build();
    }
}
