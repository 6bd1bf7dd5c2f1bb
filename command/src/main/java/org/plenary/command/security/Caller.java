package org.plenary.command.security;

/** The authenticated actor of a request: a delegation code or SECRETARIAT. Never taken from the body. */
public record Caller(String actor) {
}
