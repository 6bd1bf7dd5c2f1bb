package org.plenary.command.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.plenary.command.web.BodySizeLimitFilter;
import org.plenary.command.web.IndexedRequestMappings;
import org.plenary.command.web.StrictJson;
import org.plenary.shared.json.Json;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Clock;

/** HTTP concerns: the JSON mapper shared with the messages, the request mappings, the body size limit, the clock. */
@Configuration(proxyBeanMethods = false)
public class WebConfig {

    /** The mapper of HTTP bodies: the messages' JSON, read strictly ({@link StrictJson}). */
    @Bean
    @Primary
    ObjectMapper objectMapper(CommandProperties properties) {
        return StrictJson.configure(Json.configure(new ObjectMapper()), properties.http().maxJsonNesting());
    }

    /** Spring MVC's request mappings, with a request's candidates narrowed before Spring checks them. */
    @Bean
    WebMvcRegistrations indexedRequestMappings() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new IndexedRequestMappings();
            }
        };
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    FilterRegistrationBean<BodySizeLimitFilter> bodySizeLimitFilter(CommandProperties properties) {
        FilterRegistrationBean<BodySizeLimitFilter> registration =
                new FilterRegistrationBean<>(new BodySizeLimitFilter(properties.http().maxBodyBytes()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2); // after CORS, so a 413 still carries CORS headers
        return registration;
    }
}
