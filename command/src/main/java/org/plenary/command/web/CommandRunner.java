package org.plenary.command.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.plenary.command.config.CommandProperties;
import org.plenary.command.config.DraftTargetResolver;
import org.plenary.command.draft.DraftRejection;
import org.plenary.command.idempotency.IdempotentRequest;
import org.plenary.command.monitoring.CommandLogContext;
import org.plenary.command.monitoring.CommandMetrics;
import org.plenary.command.store.CachedDrafts;
import org.plenary.command.store.MongoEventStorageEngine;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sends commands and waits for their result. A command that lost a race for the same draft with another
 * node (or a stale cache entry) is retried against the fresh state a few times; the draft decides again. So is a
 * refusal decided on a cached draft that the store shows was behind ({@link CachedDrafts}).
 * A request's idempotency key travels with its command (metadata) to the event it stores. Every command is
 * measured ({@link CommandMetrics}) and logged with its id ({@link CommandLogContext}: MDC {@code commandId},
 * {@code draftId}, until the request is answered).
 */
@Component
public class CommandRunner {

    private final CommandGateway gateway;
    private final CachedDrafts drafts;
    private final CommandMetrics metrics;
    private final int retries;

    public CommandRunner(CommandGateway gateway, CachedDrafts drafts, CommandMetrics metrics, CommandProperties properties) {
        this.gateway = gateway;
        this.drafts = drafts;
        this.metrics = metrics;
        this.retries = properties.aggregates().concurrencyRetries();
    }

    public <R> R send(Object command) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        Map<String, Object> metaData = new HashMap<>();
        Optional<String> key = IdempotentRequest.currentKey();
        key.ifPresent(k -> metaData.put(MongoEventStorageEngine.IDEMPOTENCY_KEY, k));
        message = message.andMetaData(metaData);
        String draftId = DraftTargetResolver.INSTANCE.resolveTarget(message).getIdentifier();
        CommandLogContext.enter(message.getIdentifier(), draftId); // cleared when the request is answered
        long began = System.nanoTime();
        RuntimeException failure = null;
        try {
            return sendWithRetries(message, draftId);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            metrics.record(command, failure, System.nanoTime() - began);
            if (RequestContextHolder.getRequestAttributes() == null) {
                CommandLogContext.leave(); // sent outside a request (the local run's sample draft): nothing clears it
            }
        }
    }

    private <R> R sendWithRetries(CommandMessage<?> message, String draftId) {
        for (int attempt = 0; ; attempt++) {
            try {
                return gateway.sendAndWait(message);
            } catch (RuntimeException e) {
                RuntimeException cause = unwrap(e);
                boolean retry = cause instanceof ConcurrencyException
                        || cause instanceof DraftRejection rejection && rejection.currentVersion() > 0
                        && drafts.evictIfBehind(draftId, rejection.currentVersion());
                if (!retry || attempt >= retries) {
                    throw cause;
                }
            }
        }
    }


    private static RuntimeException unwrap(RuntimeException e) {
        RuntimeException current = e;
        while (current instanceof CommandExecutionException && current.getCause() instanceof RuntimeException cause) {
            current = cause;
        }
        return current;
    }
}
