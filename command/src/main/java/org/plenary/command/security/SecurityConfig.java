package org.plenary.command.security;

import jakarta.servlet.DispatcherType;
import org.plenary.security.ActorAuthentication;
import org.plenary.security.ActorAuthenticationManager;
import org.plenary.security.BearerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Who may call the command API: every {@code /api/**} request needs a token naming a delegation or the
 * secretariat (sign-in: {@link BearerSecurity}); what each may do is decided by the draft (command side).
 * Health and metrics probes are public; anything else needs a token. Rules match the decoded, normalised path.
 */
@Configuration(proxyBeanMethods = false)
@Import(BearerSecurity.class)
public class SecurityConfig implements WebMvcConfigurer {

    static final String FORBIDDEN = "this request needs the token of a delegation or of the secretariat";

    @Bean
    SecurityFilterChain commandSecurity(HttpSecurity http, ActorAuthenticationManager tokens) throws Exception {
        BearerSecurity.configure(http, tokens, FORBIDDEN)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'none'; frame-ancestors 'none'")))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(BearerSecurity.PUBLIC_PROBES).permitAll()
                        .requestMatchers(HttpMethod.GET, "/openapi.yaml").permitAll()
                        .requestMatchers("/api/**").hasAnyRole(ActorAuthentication.DELEGATION, ActorAuthentication.SECRETARIAT)
                        .requestMatchers("/actuator/**").hasRole(ActorAuthentication.SECRETARIAT)
                        .anyRequest().authenticated());
        return http.build();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
    }
}
