package org.plenary.local.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * An identity provider for the tests: an RSA key made by the test, its public JWK set served on 127.0.0.1 by the
 * JDK's HTTP server, and JWTs signed with it (or with another key, for forgeries).
 */
final class TestIdentityProvider implements AutoCloseable {

    static final String AUDIENCE = "plenary";
    static final String ACTOR_CLAIM = "plenary_actor";

    private final RSAKey key;
    private final RSAKey stranger;
    private final HttpServer server;

    private TestIdentityProvider() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("plenary-test").generate();
        stranger = new RSAKeyGenerator(2048).keyID("plenary-test").generate();
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(jwks);
            }
        });
        server.start();
    }

    static TestIdentityProvider start() throws Exception {
        return new TestIdentityProvider();
    }

    String issuer() {
        return "https://id.plenary.test";
    }

    String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    /** The properties that make an app accept this provider's tokens. */
    Map<String, String> properties() {
        return Map.of("plenary.auth.jwt.issuer", issuer(), "plenary.auth.jwt.jwk-set-uri", jwkSetUri(),
                "plenary.auth.jwt.audience", AUDIENCE, "plenary.auth.jwt.actor-claim", ACTOR_CLAIM);
    }

    /** A valid token for {@code actor} (null: no actor claim), for five minutes. */
    String token(String actor) {
        return sign(key, claims(actor).build());
    }

    JWTClaimsSet.Builder claims(String actor) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).audience(List.of(AUDIENCE))
                .subject("user-" + actor).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)));
        return actor == null ? claims : claims.claim(ACTOR_CLAIM, actor);
    }

    String sign(JWTClaimsSet claims) {
        return sign(key, claims);
    }

    /** Signed by a key the provider never published, under the same key id. */
    String forge(JWTClaimsSet claims) {
        return sign(stranger, claims);
    }

    private static String sign(RSAKey with, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
