package org.plenary.query.security;

import jakarta.servlet.DispatcherType;
import org.plenary.security.ActorAuthentication;
import org.plenary.security.ActorAuthenticationManager;
import org.plenary.security.BearerSecurity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * Who may call the query app: reads, pages and feeds are public; the admin endpoints ({@code /api/admin/**},
 * replay) answer the secretariat only. Sign-in is the command app's ({@link BearerSecurity}); rules match the
 * decoded, normalised path the dispatcher matches. Every answer carries a Content-Security-Policy
 * ({@link ContentSecurityPolicy}). Headers are written before the answer (SSE feeds stream unwrapped), and caching
 * is left to the controllers: the data is public.
 */
@Configuration(proxyBeanMethods = false)
@Import(BearerSecurity.class)
public class QuerySecurityConfig {

    static final String FORBIDDEN = "only the secretariat may do this";

    @Bean
    SecurityFilterChain querySecurity(HttpSecurity http, ActorAuthenticationManager tokens,
            @Value("${plenary.web.command-url:http://127.0.0.1:8080}") String commandUrl) throws Exception {
        BearerSecurity.configure(http, tokens, FORBIDDEN)
                .headers(headers -> headers
                        .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                            @Override
                            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                                filter.setShouldWriteHeadersEagerly(true);
                                return filter;
                            }
                        })
                        .cacheControl(cache -> cache.disable())
                        .addHeaderWriter(new ContentSecurityPolicy(commandUrl)))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
                        .requestMatchers(BearerSecurity.PUBLIC_PROBES).permitAll()
                        .requestMatchers("/api/admin/**", "/actuator/**").hasRole(ActorAuthentication.SECRETARIAT)
                        .anyRequest().permitAll());
        return http.build();
    }
}
