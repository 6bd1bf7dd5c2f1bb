package org.plenary.command.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.Map;

/** The body of every error response: HTTP status, its reason, a message saying what is wrong. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(int status, String error, String message, Long currentVersion, Map<String, String> fields) {
}
