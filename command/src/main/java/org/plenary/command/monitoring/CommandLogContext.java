package org.plenary.command.monitoring;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The log context of a command ({@code commandId}, {@code draftId} in the MDC, set when the command is sent) lasts
 * until its request is answered, so the lines its refusal or failure writes (exception handlers, filters) carry
 * them too; cleared here, whatever happened.
 */
public class CommandLogContext extends OncePerRequestFilter {

    public static final String COMMAND_ID = "commandId";
    public static final String DRAFT_ID = "draftId";

    /** Sets the context of the command being sent on this thread. */
    public static void enter(String commandId, String draftId) {
        MDC.put(COMMAND_ID, commandId);
        MDC.put(DRAFT_ID, draftId);
    }

    /** Clears it (also done at the end of every request). */
    public static void leave() {
        MDC.remove(COMMAND_ID);
        MDC.remove(DRAFT_ID);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            leave();
        }
    }
}
