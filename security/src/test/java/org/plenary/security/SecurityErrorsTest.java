package org.plenary.security;

import org.junit.jupiter.api.Test;
import org.plenary.shared.json.Json;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityErrorsTest {

    @Test
    void aMissingTokenIs401WithTheBearerChallenge() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityErrors.unauthorized().commence(new MockHttpServletRequest(), response, new InsufficientAuthenticationException("x"));
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(Json.mapper().readTree(response.getContentAsString()).get("message").asText()).isEqualTo(SecurityErrors.MISSING_TOKEN);
    }

    @Test
    void anInvalidTokenIs401InvalidTokenAndAnUnreachableProvider503() throws Exception {
        MockHttpServletResponse invalid = new MockHttpServletResponse();
        SecurityErrors.unauthorized().commence(new MockHttpServletRequest(), invalid, new InvalidBearerTokenException("expired"));
        assertThat(invalid.getStatus()).isEqualTo(401);
        assertThat(invalid.getHeader("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");

        MockHttpServletResponse unavailable = new MockHttpServletResponse();
        SecurityErrors.unauthorized().commence(new MockHttpServletRequest(), unavailable,
                new SignInUnavailableException("the token cannot be checked now", null));
        assertThat(unavailable.getStatus()).isEqualTo(503);
        assertThat(unavailable.getHeader("Retry-After")).isEqualTo("5");
    }

    @Test
    void aMissingRightIs403InTheAppsErrorShape() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        SecurityErrors.forbidden("only the secretariat may do this").handle(new MockHttpServletRequest(), response,
                new AccessDeniedException("denied"));
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentAsString())
                .isEqualTo("{\"status\":403,\"error\":\"Forbidden\",\"message\":\"only the secretariat may do this\"}");
    }
}
