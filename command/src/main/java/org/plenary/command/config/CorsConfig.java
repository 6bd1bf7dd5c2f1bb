package org.plenary.command.config;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import java.time.Duration;
import java.util.List;

/**
 * Lets the web page (served by the query app, another origin) call the command API from a browser: the
 * origins in {@code plenary.http.cors-origins} (patterns such as {@code http://127.0.0.1:*}) may send
 * GET/POST/DELETE with {@code Authorization} and {@code Content-Type}. The filter runs before authentication,
 * so preflight requests (which carry no token) are answered, and so are the 401s the page must read.
 * No origin is allowed when the list is empty. Bearer tokens only: no cookies, so no credentials mode.
 */
@Configuration(proxyBeanMethods = false)
public class CorsConfig {

    static final String ORIGINS = "plenary.http.cors-origins";

    @Bean
    FilterRegistrationBean<CorsFilter> corsFilter(Environment environment) {
        List<String> origins = Binder.get(environment).bind(ORIGINS, Bindable.listOf(String.class)).orElse(List.of())
                .stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key"));
        cors.setMaxAge(Duration.ofMinutes(30));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(new CorsFilter(source));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // after RequestCharsetFilter
        registration.setEnabled(!origins.isEmpty());
        return registration;
    }
}
