package org.plenary.command.web;

import org.plenary.command.security.Caller;
import org.plenary.shared.draft.ActionResult;
import org.plenary.shared.draft.RegisterMembersCommand;
import org.plenary.shared.draft.TakeActionCommand;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The body's action on a draft, recorded by the secretariat: the members who vote, and consensus or recorded votes
 * (on the draft, a paragraph or an amendment). The draft decides and counts; the acting delegation is the caller.
 */
@RestController
@RequestMapping(path = "/api/drafts/{draftId}", produces = MediaType.APPLICATION_JSON_VALUE)
public class ActionCommandController {

    private final CommandRunner commands;
    private final Clock clock;

    public ActionCommandController(CommandRunner commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    public record MembersRequest(List<String> members) {
    }

    public record ActionRequest(String method, String on, String paragraphId, String amendmentId,
                                Map<String, String> votes, Boolean importantQuestion, String resolutionSymbol) {
    }

    @PutMapping(path = "/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    public DraftCommandController.Version registerMembers(@PathVariable String draftId,
                                                          @RequestBody MembersRequest request, Caller caller) {
        if (request.members() == null || request.members().isEmpty()) {
            throw new InvalidRequestException(Map.of("members", "required: the member states of the body (at least one)"));
        }
        return new DraftCommandController.Version(commands.<Long>send(new RegisterMembersCommand(
                LifecycleCommandController.id(draftId), request.members(), caller.actor(), clock.instant())));
    }

    /** 201 for a recorded vote (it creates the vote), 200 for consensus. */
    @PostMapping(path = "/action", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ActionResult> act(@PathVariable String draftId, @RequestBody ActionRequest request,
                                            Caller caller) {
        if (request.method() == null) {
            throw new InvalidRequestException(Map.of("method", "required: \"consensus\" or \"recordedVote\""));
        }
        if (request.paragraphId() != null) {
            DraftInput.checkId("paragraphId", request.paragraphId());
        }
        if (request.amendmentId() != null) {
            DraftInput.checkId("amendmentId", request.amendmentId());
        }
        ActionResult result = commands.send(new TakeActionCommand(LifecycleCommandController.id(draftId),
                request.method(), request.on(), request.paragraphId(), request.amendmentId(), request.votes(),
                Boolean.TRUE.equals(request.importantQuestion()), request.resolutionSymbol(), caller.actor(),
                clock.instant()));
        return ResponseEntity.status(result.voteId() == null ? HttpStatus.OK : HttpStatus.CREATED).body(result);
    }
}
