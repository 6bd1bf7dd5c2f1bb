package org.plenary.query.replay;

import org.plenary.shared.auth.TokenAuthenticator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Tokens for the query app's admin endpoints, configured as in the command app: {@code dev:SECRETARIAT}
 * under the local profile, digests from {@code plenary.auth.token-file} otherwise. Reads stay public.
 */
@Configuration(proxyBeanMethods = false)
public class AdminSecurityConfig {

    @Bean
    TokenAuthenticator queryTokenAuthenticator(Environment environment,
                                               @Value("${plenary.auth.token-file:}") String tokenFile) throws IOException {
        Map<String, String> digests = tokenFile.isBlank() ? Map.of() : TokenAuthenticator.readDigestFile(Path.of(tokenFile));
        return new TokenAuthenticator(environment.acceptsProfiles(Profiles.of("local")), digests);
    }

    @Bean
    FilterRegistrationBean<AdminAuthenticationFilter> adminAuthenticationFilter(TokenAuthenticator queryTokenAuthenticator) {
        return new FilterRegistrationBean<>(new AdminAuthenticationFilter(queryTokenAuthenticator));
    }
}
