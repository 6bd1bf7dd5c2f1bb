package org.plenary.command.monitoring;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.plenary.command.config.CommandProperties;
import org.plenary.command.publish.KafkaEventPublisher;
import org.plenary.command.publish.TopicReconciler;
import org.plenary.command.store.AppendListener;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * What operators see of the command app (Spring Boot Actuator): health {@code mongo}, {@code kafka} and
 * {@code publisher} (readiness: {@code mongo} and {@code publisher}, see command.yml), and the metrics
 * {@code plenary.commands} ({@link CommandMetrics}), {@code plenary.events.published},
 * {@code plenary.events.publish.failures}, {@code plenary.publisher.backlog}, and what the reconciliation at start
 * found: {@code plenary.reconcile.restored} and {@code plenary.reconcile.diverged}.
 */
@Configuration(proxyBeanMethods = false)
public class MonitoringConfig {

    @Bean
    CommandMetrics commandMetrics(MeterRegistry registry) {
        return new CommandMetrics(registry);
    }

    /** Right after the charset, CORS and body-limit filters: every line a request logs, up to its answer, carries its command's id. */
    @Bean
    FilterRegistrationBean<CommandLogContext> commandLogContext() {
        FilterRegistrationBean<CommandLogContext> registration = new FilterRegistrationBean<>(new CommandLogContext());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        return registration;
    }

    @Bean
    HealthIndicator mongo(MongoClient client, CommandProperties properties) {
        return new MongoHealthIndicator(client, properties.mongo().database());
    }

    @Bean(destroyMethod = "close")
    KafkaHealthIndicator kafka(CommandProperties properties) {
        return new KafkaHealthIndicator(Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, properties.kafka().bootstrapServers(),
                AdminClientConfig.CLIENT_ID_CONFIG, "plenary-command-health")));
    }

    @Bean
    HealthIndicator publisher(AppendListener appendListener, CommandProperties properties) {
        if (appendListener instanceof KafkaEventPublisher publisher) {
            return new PublisherHealthIndicator(publisher, properties.publisher().maxBacklog());
        }
        return () -> org.springframework.boot.actuate.health.Health.up().withDetail("publishing", "off").build();
    }

    @Bean
    MeterBinder publisherMetrics(AppendListener appendListener, TopicReconciler.Result reconciliation) {
        return registry -> {
            Gauge.builder("plenary.reconcile.restored", reconciliation, TopicReconciler.Result::restored)
                    .description("events the store lacked at start and got back from the topic (should stay 0)")
                    .register(registry);
            Gauge.builder("plenary.reconcile.diverged", reconciliation, r -> r.diverged().size())
                    .description("events at start that differ between the store and the topic (must stay 0)")
                    .register(registry);
            if (!(appendListener instanceof KafkaEventPublisher publisher)) {
                return;
            }
            FunctionCounter.builder("plenary.events.published", publisher, KafkaEventPublisher::published)
                    .description("events Kafka acknowledged").register(registry);
            FunctionCounter.builder("plenary.events.publish.failures", publisher, KafkaEventPublisher::failures)
                    .description("sends to Kafka that failed (each is retried)").register(registry);
            Gauge.builder("plenary.publisher.backlog", publisher, KafkaEventPublisher::backlog)
                    .description("events stored but not yet acknowledged by Kafka").register(registry);
        };
    }
}
