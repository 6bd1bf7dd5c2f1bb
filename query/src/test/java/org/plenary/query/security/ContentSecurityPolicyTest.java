package org.plenary.query.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContentSecurityPolicyTest {

    private final ContentSecurityPolicy policy = new ContentSecurityPolicy("http://127.0.0.1:8080/");

    @Test
    void pagesRunOnlyThisAppsScriptsAndTalkToThisAppAndTheCommandApi() {
        MockHttpServletResponse response = write("/draft.html");
        assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'",
                "connect-src 'self' http://127.0.0.1:8080;", "object-src 'none'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
    }

    @Test
    void documentsOfTheApiRunNoScriptAtAll() {
        assertThat(write("/api/drafts/x/html").getHeader("Content-Security-Policy")).isEqualTo(ContentSecurityPolicy.DOCUMENTS)
                .startsWith("default-src 'none'").doesNotContain("script-src");
    }

    @Test
    void theCommandUrlMustBeAnHttpUrlSoItCannotAddDirectives() {
        assertThat(ContentSecurityPolicy.origin("HTTPS://Commands.example.org:8443/api")).isEqualTo("https://Commands.example.org:8443");
        for (String bad : new String[]{"javascript:alert(1)", "http://x; script-src *", "ftp://x", "/relative", "http:///"}) {
            assertThatThrownBy(() -> new ContentSecurityPolicy(bad)).as(bad).isInstanceOf(IllegalStateException.class);
        }
    }

    private MockHttpServletResponse write(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServletPath(path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        policy.writeHeaders(request, response);
        return response;
    }
}
