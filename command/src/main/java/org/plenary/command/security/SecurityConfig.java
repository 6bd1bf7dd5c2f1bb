package org.plenary.command.security;

import org.plenary.shared.auth.TokenAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Bearer-token authentication. Development tokens work only under the {@code local} profile; real tokens
 * come from a file of SHA-256 digests ({@code plenary.auth.token-file}).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig implements WebMvcConfigurer {

    @Bean
    TokenAuthenticator tokenAuthenticator(Environment environment,
                                          @Value("${plenary.auth.token-file:}") String tokenFile) throws IOException {
        boolean local = environment.acceptsProfiles(Profiles.of("local"));
        Map<String, String> digests = tokenFile.isBlank() ? Map.of() : TokenAuthenticator.readDigestFile(Path.of(tokenFile));
        return new TokenAuthenticator(local, digests);
    }

    @Bean
    FilterRegistrationBean<AuthenticationFilter> authenticationFilter(TokenAuthenticator authenticator) {
        FilterRegistrationBean<AuthenticationFilter> registration =
                new FilterRegistrationBean<>(new AuthenticationFilter(authenticator));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
    }
}
