package org.plenary.command.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.plenary.command.config.CommandProperties;
import org.springframework.stereotype.Component;

/**
 * Sends commands and waits for their result. A command that lost a race for the same draft with another
 * node (or a stale cache entry) is retried against the fresh state a few times; the draft decides again.
 */
@Component
public class CommandRunner {

    private final CommandGateway gateway;
    private final int retries;

    public CommandRunner(CommandGateway gateway, CommandProperties properties) {
        this.gateway = gateway;
        this.retries = properties.aggregates().concurrencyRetries();
    }

    public <R> R send(Object command) {
        for (int attempt = 0; ; attempt++) {
            try {
                return gateway.sendAndWait(command);
            } catch (RuntimeException e) {
                RuntimeException cause = unwrap(e);
                if (!(cause instanceof ConcurrencyException) || attempt >= retries) {
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
