package org.plenary.command.web;

import org.plenary.command.security.Caller;
import org.plenary.shared.delegation.Delegation;
import org.plenary.shared.delegation.DelegationRegistry;
import org.plenary.shared.draft.Actors;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who a token stands for, so a client (the web page's sign-in) can check a token and name the acting
 * delegation without ever choosing it: the answer comes from the token alone.
 */
@RestController
public class SessionController {

    public record Session(String actor, String name) {
    }

    @GetMapping(path = "/api/session", produces = MediaType.APPLICATION_JSON_VALUE)
    public Session session(Caller caller) {
        String actor = caller.actor();
        String name = Actors.SECRETARIAT.equals(actor) ? "Secretariat"
                : DelegationRegistry.standard().byCode(actor).map(Delegation::name).orElse(actor);
        return new Session(actor, name);
    }
}
