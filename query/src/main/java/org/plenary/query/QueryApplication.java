package org.plenary.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The query app: consumes the draft events from Kafka into MongoDB projections and serves them.
 * Its configuration file is {@code query.yml} (so it can share a JVM with the command app).
 */
@SpringBootApplication(exclude = MongoAutoConfiguration.class)
@ConfigurationPropertiesScan
public class QueryApplication {

    public static final String CONFIG_NAME = "query";

    public static void main(String[] args) {
        builder().run(args);
    }

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(QueryApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }
}
