package org.plenary.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The command app: HTTP commands, the DraftResolution aggregate, the MongoDB event store and the Kafka
 * publisher. Its configuration file is {@code command.yml} (so it can share a JVM with the query app).
 */
@SpringBootApplication(exclude = MongoAutoConfiguration.class)
@ConfigurationPropertiesScan
public class CommandApplication {

    public static final String CONFIG_NAME = "command";

    public static void main(String[] args) {
        builder().run(args);
    }

    public static SpringApplicationBuilder builder() {
        System.setProperty("axoniq.update-checker.disabled", "true");
        return new SpringApplicationBuilder(CommandApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }
}
