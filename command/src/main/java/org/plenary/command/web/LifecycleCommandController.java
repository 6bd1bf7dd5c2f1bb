package org.plenary.command.web;

import org.plenary.command.security.Caller;
import org.plenary.shared.draft.AppointFacilitatorCommand;
import org.plenary.shared.draft.WithdrawDraftCommand;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Map;

/**
 * The draft's place in its life: the facilitator the secretariat appoints and the withdrawal of the draft by a main
 * sponsor. Who may do what is decided by the draft; the acting delegation is the caller.
 */
@RestController
@RequestMapping(path = "/api/drafts/{draftId}", produces = MediaType.APPLICATION_JSON_VALUE)
public class LifecycleCommandController {

    private final CommandRunner commands;
    private final Clock clock;

    public LifecycleCommandController(CommandRunner commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    public record FacilitatorRequest(String delegation) {
    }

    public record WithdrawRequest(String reason) {
    }

    @PostMapping(path = "/facilitator", consumes = MediaType.APPLICATION_JSON_VALUE)
    public DraftCommandController.Version appointFacilitator(@PathVariable String draftId,
                                                             @RequestBody FacilitatorRequest request, Caller caller) {
        if (request.delegation() == null || request.delegation().isBlank()) {
            throw new InvalidRequestException(Map.of("delegation", "required: the delegation appointed (ISO 3166-1 alpha-3)"));
        }
        return new DraftCommandController.Version(commands.<Long>send(new AppointFacilitatorCommand(id(draftId),
                request.delegation(), caller.actor(), clock.instant())));
    }

    @PostMapping(path = "/withdraw", consumes = MediaType.APPLICATION_JSON_VALUE)
    public DraftCommandController.Version withdraw(@PathVariable String draftId, @RequestBody WithdrawRequest request,
                                                   Caller caller) {
        if (request.reason() == null || request.reason().isBlank()) {
            throw new InvalidRequestException(Map.of("reason", "required: why the draft is withdrawn"));
        }
        return new DraftCommandController.Version(commands.<Long>send(new WithdrawDraftCommand(id(draftId),
                request.reason(), caller.actor(), clock.instant())));
    }

    static String id(String id) {
        return DraftInput.checkId("id", id);
    }
}
