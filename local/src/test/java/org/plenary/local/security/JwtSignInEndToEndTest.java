package org.plenary.local.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.local.PlenaryStack;
import org.plenary.local.StackSettings;
import org.plenary.shared.json.Json;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production sign-in: both apps without the {@code local} profile, accepting JWTs of an identity provider the test
 * runs (its own key, its JWK set served locally). A token signs in only when signed by a published key, from the
 * configured issuer, for this audience, unexpired; the actor comes from its claim. Development tokens are refused.
 */
class JwtSignInEndToEndTest {

    private static final String DRAFT = """
            {"title": "Signed in", "sponsors": ["Brazil"], "operative": [{"text": "*Decides* to act;"}]}
            """;

    private static TestIdentityProvider identity;
    private static PlenaryStack stack;
    private static final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        identity = TestIdentityProvider.start();
        StackSettings builder = PlenaryStack.builder().profiles().property("server.address", "127.0.0.1");
        identity.properties().forEach(builder::property);
        stack = builder.build().start();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
        if (identity != null) {
            identity.close();
        }
    }

    @Test
    void aDelegationSignsInWithAJwtAndActsAsTheDelegationItNames() throws Exception {
        HttpResponse<String> session = get(stack.commandUrl() + "/api/session", identity.token("BRA"));
        assertThat(session.statusCode()).as(session.body()).isEqualTo(200);
        assertThat(json(session).get("actor").asText()).isEqualTo("BRA");

        HttpResponse<String> created = post(stack.commandUrl() + "/api/drafts", identity.token("BRA"), DRAFT);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String draftId = json(created).get("draftId").asText();
        HttpResponse<String> joined = post(stack.commandUrl() + "/api/drafts/" + draftId + "/cosponsors", identity.token("FRA"), null);
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
        HttpResponse<String> sponsors = get(stack.queryUrl() + "/api/drafts/" + draftId + "/sponsors?minVersion=2", null);
        assertThat(sponsors.body()).contains("\"FRA\"");
    }

    @Test
    void tokensOfAnotherIssuerAudienceKeyOrTimeAreRefused() throws Exception {
        Instant now = Instant.now();
        List<String> refused = List.of(
                identity.sign(identity.claims("BRA").issuer("https://evil.example.org").build()),
                identity.sign(identity.claims("BRA").audience("another-app").build()),
                identity.sign(identity.claims("BRA").issueTime(Date.from(now.minusSeconds(900)))
                        .expirationTime(Date.from(now.minusSeconds(300))).build()),
                identity.sign(new JWTClaimsSet.Builder(identity.claims("BRA").build()).expirationTime(null).build()),
                identity.forge(identity.claims("BRA").build()),
                unsigned(identity.claims("BRA").build()),
                "dev:BRA", "dev:SECRETARIAT");
        for (String token : refused) {
            HttpResponse<String> response = post(stack.commandUrl() + "/api/drafts", token, DRAFT);
            assertThat(response.statusCode()).as(token + " -> " + response.body()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
        }
        HttpResponse<String> anonymous = post(stack.commandUrl() + "/api/drafts", null, DRAFT);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }

    @Test
    void aTokenNamingNoDelegationSignsInAnObserverWhoMayDoNothing() throws Exception {
        for (String actor : new String[]{null, "XYZ", "bra"}) {
            String token = identity.token(actor);
            assertThat(get(stack.commandUrl() + "/api/session", token).statusCode()).as(actor).isEqualTo(403);
            HttpResponse<String> submit = post(stack.commandUrl() + "/api/drafts", token, DRAFT);
            assertThat(submit.statusCode()).as(actor).isEqualTo(403);
            assertThat(json(submit).get("status").asInt()).isEqualTo(403);
        }
    }

    @Test
    void onlyTheSecretariatsTokenStartsAReplay() throws Exception {
        HttpResponse<String> delegation = post(stack.queryUrl() + "/api/admin/replay", identity.token("BRA"), null);
        assertThat(delegation.statusCode()).isEqualTo(403);
        HttpResponse<String> progress = get(stack.queryUrl() + "/api/admin/replay", identity.token("SECRETARIAT"));
        assertThat(progress.statusCode()).as(progress.body()).isEqualTo(200);
    }

    private static String unsigned(JWTClaimsSet claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"none\"}".getBytes()) + "." + base64.encodeToString(claims.toString().getBytes()) + ".";
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return Json.mapper().readTree(response.body());
    }
}
