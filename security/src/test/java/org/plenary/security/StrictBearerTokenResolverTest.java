package org.plenary.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictBearerTokenResolverTest {

    private final StrictBearerTokenResolver resolver = new StrictBearerTokenResolver();

    @Test
    void readsTheTokenOfTheBearerSchemeInAnyCase() {
        assertThat(resolver.resolve(request("Bearer dev:BRA"))).isEqualTo("dev:BRA");
        assertThat(resolver.resolve(request("bearer eyJhbGciOi.eyJzdWIi.c2ln"))).isEqualTo("eyJhbGciOi.eyJzdWIi.c2ln");
        assertThat(resolver.resolve(new MockHttpServletRequest())).isNull();
    }

    @Test
    void refusesHeadersOfAnyOtherShape() {
        for (String header : new String[]{"Basic dev:BRA", "dev:BRA", "Bearer", "Bearer ", "Bearer  dev:BRA", "Bearer dev:BRA ",
                "Bearer dev:\tBRA", "Bearer dev: BRA", "Bearer dév:BRA", "Bearer a b"}) {
            assertThatThrownBy(() -> resolver.resolve(request(header))).as(header)
                    .isInstanceOf(InvalidBearerTokenException.class);
        }
    }

    @Test
    void refusesTwoAuthorizationHeaders() {
        MockHttpServletRequest request = request("Bearer dev:BRA");
        request.addHeader("Authorization", "Bearer dev:FRA");
        assertThatThrownBy(() -> resolver.resolve(request)).hasMessageContaining("more than one");
    }

    @Test
    void neverReadsTokensFromParameters() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setParameter("access_token", "dev:BRA");
        assertThat(resolver.resolve(request)).isNull();
    }

    private static MockHttpServletRequest request(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", authorization);
        return request;
    }
}
