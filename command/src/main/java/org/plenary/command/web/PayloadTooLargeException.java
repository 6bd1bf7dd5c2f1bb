package org.plenary.command.web;

/** A request body above {@code plenary.http.max-body-bytes}. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limit) {
        super("request body is larger than " + limit + " bytes");
    }
}
