package org.plenary.command.publish;

/**
 * Kafka has not acknowledged so many events that new commands are refused (503) until it is reachable again:
 * the command is neither stored nor acknowledged, so the client may retry it later.
 */
public class PublisherUnavailableException extends RuntimeException {

    public PublisherUnavailableException(String message) {
        super(message);
    }
}
