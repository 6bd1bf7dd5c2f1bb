package org.plenary.query.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.plenary.shared.json.Json;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** The JSON mapper shared with the messages. */
@Configuration(proxyBeanMethods = false)
public class WebConfig {

    @Bean
    @Primary
    ObjectMapper objectMapper() {
        return Json.configure(new ObjectMapper());
    }
}
