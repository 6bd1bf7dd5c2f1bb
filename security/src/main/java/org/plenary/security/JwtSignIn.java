package org.plenary.security;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The JWT decoder for tokens of the organisation's identity provider: signature checked against its JWK set
 * (fetched and cached by Spring Security), then issuer, audience and expiry. A token without {@code exp} is
 * refused: it would never expire.
 */
final class JwtSignIn {

    private JwtSignIn() {
    }

    static JwtDecoder decoder(AuthProperties.Jwt settings) {
        require(!settings.jwkSetUri().isBlank(), "plenary.auth.jwt.jwk-set-uri is required when plenary.auth.jwt.issuer is set");
        require(!settings.audience().isBlank(), "plenary.auth.jwt.audience must not be empty");
        require(!settings.actorClaim().isBlank(), "plenary.auth.jwt.actor-claim must not be empty");
        require(!settings.jwsAlgorithms().isEmpty(), "plenary.auth.jwt.jws-algorithms must name at least one algorithm");
        NimbusJwtDecoder.JwkSetUriJwtDecoderBuilder builder = NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri());
        for (String name : settings.jwsAlgorithms()) {
            SignatureAlgorithm algorithm = SignatureAlgorithm.from(name.strip());
            require(algorithm != null, "plenary.auth.jwt.jws-algorithms: unknown algorithm " + name);
            builder.jwsAlgorithm(algorithm);
        }
        NimbusJwtDecoder decoder = builder.build();
        decoder.setJwtValidator(validator(settings));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(AuthProperties.Jwt settings) {
        String audience = settings.audience();
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtClaimValidator<>(JwtClaimNames.EXP, Objects::nonNull),
                new JwtTimestampValidator(settings.clockSkew()),
                new JwtIssuerValidator(settings.issuer()),
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience))));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
