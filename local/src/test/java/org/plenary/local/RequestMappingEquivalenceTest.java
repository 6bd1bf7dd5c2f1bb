package org.plenary.local;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.command.web.IndexedRequestMappings;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command app's request mappings ({@link IndexedRequestMappings}) choose what Spring MVC's own mapping chooses over
 * the same controllers, for every mapped path (and the same path with a trailing slash, one segment more, a segment
 * changed) with every method, content type and {@code Accept}, and CORS pre-flights: the same handler method and
 * request attributes, or the same refusal.
 */
class RequestMappingEquivalenceTest {

    private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final List<String> CONTENT_TYPES = Arrays.asList(null, "application/json", "text/plain",
            "multipart/form-data; boundary=b", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final List<String> ACCEPTS = Arrays.asList(null, "application/json", "text/html", "*/*", "text/plain");

    private static PlenaryStack stack;
    private static RequestMappingHandlerMapping indexed;
    private static RequestMappingHandlerMapping plain;

    @BeforeAll
    static void start() throws Exception {
        stack = PlenaryStack.builder().build().start();
        indexed = stack.commandContext().getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        plain = new RequestMappingHandlerMapping();
        plain.setApplicationContext(stack.commandContext());
        plain.setEmbeddedValueResolver(new EmbeddedValueResolver(stack.commandContext().getBeanFactory()));
        plain.setContentNegotiationManager(indexed.getContentNegotiationManager());
        plain.setPatternParser(indexed.getPatternParser());
        plain.afterPropertiesSet();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void everyRequestGetsWhatSpringsOwnMappingGives() throws Exception {
        assertThat(indexed).isInstanceOf(IndexedRequestMappings.class);
        assertThat(plain.getHandlerMethods().keySet()).isEqualTo(indexed.getHandlerMethods().keySet());
        TreeSet<String> paths = new TreeSet<>(List.of("/", "/api", "/api/unknown", "/api/drafts/d1/unknown/x/y"));
        for (RequestMappingInfo mapping : indexed.getHandlerMethods().keySet()) {
            for (String pattern : mapping.getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]*}", "d1");
                paths.add(path);
                paths.add(path + "/");
                paths.add(path + "/x");
                paths.add(path.substring(0, path.lastIndexOf('/') + 1) + "zz");
            }
        }
        int handled = 0;
        List<String> compared = new ArrayList<>();
        for (String path : paths) {
            for (String method : METHODS) {
                for (String contentType : CONTENT_TYPES) {
                    for (String accept : ACCEPTS) {
                        String request = method + " " + path + " content-type " + contentType + " accept " + accept;
                        Outcome expected = outcome(plain, request(method, path, contentType, accept, false));
                        assertThat(outcome(indexed, request(method, path, contentType, accept, false))).as(request)
                                .isEqualTo(expected);
                        if (expected.handler() != null) {
                            handled++;
                        }
                        compared.add(request);
                    }
                }
            }
            Outcome preflight = outcome(plain, request("OPTIONS", path, null, null, true));
            assertThat(outcome(indexed, request("OPTIONS", path, null, null, true))).as("pre-flight " + path)
                    .isEqualTo(preflight);
        }
        assertThat(handled).as("requests some handler answers").isGreaterThan(1_000);
        assertThat(compared).hasSizeGreaterThan(10_000);
    }

    private static MockHttpServletRequest request(String method, String path, String contentType, String accept,
                                                  boolean preflight) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (contentType != null) {
            request.setContentType(contentType);
            request.setContent("{}".getBytes());
        }
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        if (preflight) {
            request.addHeader("Origin", "https://example.org");
            request.addHeader("Access-Control-Request-Method", "POST");
        }
        return request;
    }

    /** What a mapping made of a request: the handler method and the attributes it set, or the refusal. */
    private record Outcome(String handler, String pattern, String variables, String producible, String refusal) {
    }

    private static Outcome outcome(HandlerMapping mapping, MockHttpServletRequest request) {
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            Object handler = chain == null ? null : chain.getHandler();
            return new Outcome(handler instanceof HandlerMethod method ? method.getMethod().toString()
                    : handler == null ? null : handler.getClass().getName(),
                    Objects.toString(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)),
                    Objects.toString(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)),
                    Objects.toString(request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE)), null);
        } catch (Exception e) {
            return new Outcome(null, null, null, null, e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
