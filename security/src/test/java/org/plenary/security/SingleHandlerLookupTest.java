package org.plenary.security;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Spring Security's filter chain without the handler-lookup cache that Spring Security puts around it when Spring
 * MVC is present ({@link SingleHandlerLookup}), and request rules that match path patterns: each request asks the
 * handler mappings once (the dispatcher's lookup), and the rules still refuse and admit what they should.
 */
@SpringBootTest(classes = SingleHandlerLookupTest.App.class)
@AutoConfigureMockMvc
@ActiveProfiles("local")
class SingleHandlerLookupTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    CountingHandlerMapping counting;

    @Test
    void theChainSpringSecurityBuiltIsTheFilterWithoutTheLookupCache() {
        Object chain = context.getBean(SingleHandlerLookup.CHAIN);
        assertThat(chain.getClass().getName()).isNotEqualTo(SingleHandlerLookup.WRAPPER);
    }

    @Test
    void aRequestLooksUpItsHandlerOnce() throws Exception {
        int before = counting.lookups.get();
        mvc.perform(get("/api/drafts/D1").header("Authorization", "Bearer dev:BRA"))
                .andExpect(status().isOk()).andExpect(content().string("D1 for BRA"));
        assertThat(counting.lookups.get() - before).isEqualTo(1);
    }

    @Test
    void rulesStillMatchTheirPaths() throws Exception {
        mvc.perform(get("/api/drafts/D1")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/admin/x").header("Authorization", "Bearer dev:BRA")).andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/x").header("Authorization", "Bearer dev:SECRETARIAT")).andExpect(status().isOk());
        mvc.perform(get("/api/drafts/D1/../../admin/x").header("Authorization", "Bearer dev:BRA"))
                .andExpect(status().isBadRequest()); // the firewall refuses a path that is not normalised
        mvc.perform(get("/other")).andExpect(status().isUnauthorized());
    }

    /** A handler mapping first in line that finds nothing and counts how often it is asked. */
    static final class CountingHandlerMapping implements HandlerMapping, Ordered {
        final AtomicInteger lookups = new AtomicInteger();

        @Override
        public HandlerExecutionChain getHandler(HttpServletRequest request) {
            lookups.incrementAndGet();
            return null;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    @RestController
    static class Endpoints {
        @GetMapping("/api/drafts/{id}")
        String draft(@PathVariable String id) {
            return id + " for " + SecurityContextHolder.getContext().getAuthentication().getName();
        }

        @GetMapping("/api/admin/x")
        String admin() {
            return "ok";
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({BearerSecurity.class, Endpoints.class})
    static class App {
        @Bean
        CountingHandlerMapping countingHandlerMapping() {
            return new CountingHandlerMapping();
        }

        @Bean
        SecurityFilterChain rules(HttpSecurity http, ActorAuthenticationManager tokens) throws Exception {
            return BearerSecurity.configure(http, tokens, "no")
                    .authorizeHttpRequests(requests -> requests
                            .requestMatchers("/api/admin/**").hasRole(ActorAuthentication.SECRETARIAT)
                            .requestMatchers("/api/**").hasAnyRole(ActorAuthentication.DELEGATION, ActorAuthentication.SECRETARIAT)
                            .anyRequest().authenticated())
                    .build();
        }
    }
}
