package org.plenary.command.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.plenary.command.draft.DraftRejection;
import org.plenary.command.publish.PublisherUnavailableException;
import org.plenary.command.store.EventTooLargeException;
import org.plenary.command.store.IdempotencyKeyUsedException;

import com.mongodb.MongoException;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Commands by type and outcome, with their latency: timer {@code plenary.commands} (Prometheus
 * {@code plenary_commands_seconds_count}, {@code _sum}, {@code _max} and histogram buckets), tags {@code type} (e.g.
 * {@code AcceptAmendment}) and {@code outcome}: {@code accepted}, the refusal's kind ({@code invalid},
 * {@code forbidden}, {@code conflict}, {@code not-found}, {@code too-large}), {@code replayed} (an idempotency key
 * answered from its first execution), {@code unavailable} (store or Kafka out of reach) or {@code error}.
 */
public class CommandMetrics {

    private final MeterRegistry registry;

    public CommandMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public void record(Object command, Throwable failure, long nanos) {
        Timer.builder("plenary.commands").description("commands handled, by type and outcome")
                .tag("type", type(command)).tag("outcome", outcome(failure))
                .publishPercentileHistogram()
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    static String type(Object command) {
        String name = command.getClass().getSimpleName();
        return name.endsWith("Command") ? name.substring(0, name.length() - "Command".length()) : name;
    }

    static String outcome(Throwable failure) {
        if (failure == null) {
            return "accepted";
        }
        if (failure instanceof DraftRejection rejection) {
            return rejection.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        if (failure instanceof ConcurrencyException) {
            return "conflict";
        }
        if (failure instanceof AggregateNotFoundException) {
            return "not-found";
        }
        if (failure instanceof EventTooLargeException) {
            return "too-large";
        }
        if (failure instanceof IdempotencyKeyUsedException) {
            return "replayed";
        }
        if (failure instanceof PublisherUnavailableException || failure instanceof MongoException) {
            return "unavailable";
        }
        return "error";
    }
}
