package org.plenary.security;

import org.springframework.security.core.AuthenticationException;

/** The token could not be checked now (the identity provider's keys are unreachable): 503, try again. */
public class SignInUnavailableException extends AuthenticationException {

    public SignInUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
