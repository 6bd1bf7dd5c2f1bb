package org.plenary.security;

import org.plenary.shared.auth.TokenAuthenticator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sign-in shared by both apps: one token authenticator ({@link ActorAuthenticationManager}) and one filter
 * shape ({@link #configure}): stateless bearer tokens through Spring Security's resource server, refusals as
 * JSON. Each app imports this and adds its own request rules, which Spring Security matches on the path the
 * dispatcher matches (decoded, normalised), never on the raw URI.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthProperties.class)
public class BearerSecurity {

    private static final Logger log = LoggerFactory.getLogger(BearerSecurity.class);

    /** Paths operators' probes and scrapers call without a token (Spring Boot Actuator). */
    public static final String[] PUBLIC_PROBES = {"/actuator/health", "/actuator/health/**", "/actuator/prometheus"};

    @Bean
    ActorAuthenticationManager actorAuthenticationManager(Environment environment, AuthProperties properties)
            throws IOException {
        boolean devTokens = environment.acceptsProfiles(Profiles.of("local"));
        Map<String, String> digests = properties.tokenFile().isBlank() ? Map.of()
                : TokenAuthenticator.readDigestFile(Path.of(properties.tokenFile()));
        AuthProperties.Jwt jwt = properties.jwt();
        JwtDecoder decoder = jwt.enabled() ? JwtSignIn.decoder(jwt) : null;
        List<String> ways = new ArrayList<>();
        if (decoder != null) {
            ways.add("JWT from " + jwt.issuer() + " (actor claim " + jwt.actorClaim() + ", audience " + jwt.audience() + ")");
        }
        if (!digests.isEmpty()) {
            ways.add(digests.size() + " tokens from " + properties.tokenFile());
        }
        if (devTokens) {
            ways.add("development tokens dev:<ISO3> and dev:SECRETARIAT (local profile)");
        }
        log.info("Sign-in: {}", ways.isEmpty() ? "none configured: every protected request is refused" : String.join("; ", ways));
        return new ActorAuthenticationManager(new TokenAuthenticator(devTokens, digests), decoder, jwt.actorClaim());
    }

    /** Runs first of all filters (before CORS): nothing may decode a request with a charset that does not exist. */
    @Bean
    FilterRegistrationBean<RequestCharsetFilter> requestCharsetFilter() {
        FilterRegistrationBean<RequestCharsetFilter> registration = new FilterRegistrationBean<>(new RequestCharsetFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * No Micrometer observation around Spring Security's filters. With observations on, Spring Security wraps every
     * filter of every request in an observation layer (even when {@code management.observations.enable.spring.security}
     * is false, which only mutes them); the command path's profile showed those layers on every request. Request
     * metrics ({@code http.server.requests}) are not affected.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Request rules ({@code requestMatchers("/api/**")}) match path patterns on the request's parsed path, as
     * Spring MVC's own mappings do, without asking Spring MVC which handler the request goes to: Spring Security's
     * default with Spring MVC present ({@code MvcRequestMatcher}) does a handler lookup per rule, or relies on a
     * cache that costs one per request ({@link SingleHandlerLookup}).
     */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean pathPatternRules() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /** See {@link SingleHandlerLookup}: static, as a bean factory post-processor must be. */
    @Bean
    static SingleHandlerLookup singleHandlerLookup() {
        return new SingleHandlerLookup();
    }

    /** Spring Security's firewall with its defaults, its character checks without regular expressions ({@link FirewallCharacters}); refusals as JSON. */
    @Bean
    WebSecurityCustomizer firewall() {
        return web -> web.httpFirewall(FirewallCharacters.firewall()).requestRejectedHandler(SecurityErrors.rejected());
    }

    /**
     * The common part of an app's filter chain: bearer tokens only (no session, no cookies, so no CSRF), refusals
     * as JSON ({@link SecurityErrors}).
     *
     * @param forbidden the sentence of a 403 (a signed-in caller without the right)
     */
    public static HttpSecurity configure(HttpSecurity http, AuthenticationManager tokens, String forbidden)
            throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .servletApi(AbstractHttpConfigurer::disable) // no caller reads the principal from the request: no wrapper
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(new StrictBearerTokenResolver())
                        .authenticationManagerResolver(request -> tokens)
                        .authenticationEntryPoint(SecurityErrors.unauthorized())
                        .accessDeniedHandler(SecurityErrors.forbidden(forbidden)))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(SecurityErrors.unauthorized())
                        .accessDeniedHandler(SecurityErrors.forbidden(forbidden)));
    }
}
