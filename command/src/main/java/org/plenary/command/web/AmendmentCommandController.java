package org.plenary.command.web;

import org.plenary.command.security.Caller;
import org.plenary.shared.draft.AmendmentProposal;
import org.plenary.shared.draft.ProposeCompromiseCommand;
import org.plenary.shared.draft.ReviseAmendmentCommand;
import org.plenary.shared.edit.EditOperation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What follows a proposal: its proposer revising it (once overtaken, or while pending), and compromises that
 * supersede several amendments. Who may do what is decided by the draft; the acting delegation is the caller.
 */
@RestController
@RequestMapping(path = "/api/drafts/{draftId}", produces = MediaType.APPLICATION_JSON_VALUE)
public class AmendmentCommandController {

    private final CommandRunner commands;
    private final Clock clock;

    public AmendmentCommandController(CommandRunner commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    public record ReviseRequest(Long baseVersion, String reason, List<EditOperation> operations) {
    }

    public record CompromiseRequest(Long baseVersion, List<String> supersedes, List<EditOperation> operations,
                                    String reason) {
    }

    @PostMapping(path = "/amendments/{amendmentId}/revise", consumes = MediaType.APPLICATION_JSON_VALUE)
    public DraftCommandController.Version revise(@PathVariable String draftId, @PathVariable String amendmentId,
                                                 @RequestBody ReviseRequest request, Caller caller) {
        check(request.baseVersion(), request.operations(), new LinkedHashMap<>());
        return new DraftCommandController.Version(commands.<Long>send(new ReviseAmendmentCommand(
                DraftInput.checkId("id", draftId), DraftInput.checkId("id", amendmentId), request.baseVersion(),
                request.reason(), request.operations(), caller.actor(), clock.instant())));
    }

    @PostMapping(path = "/compromises", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public AmendmentProposal propose(@PathVariable String draftId, @RequestBody CompromiseRequest request,
                                     Caller caller) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.supersedes() == null || request.supersedes().isEmpty()) {
            problems.put("supersedes", "required: the amendments the compromise replaces (\"A2\", \"A5\" …)");
        } else {
            for (int i = 0; i < request.supersedes().size(); i++) {
                String id = request.supersedes().get(i);
                if (id == null || !DraftInput.ID.matcher(id).matches()) {
                    problems.put("supersedes[" + i + "]", "not an amendment id");
                }
            }
        }
        check(request.baseVersion(), request.operations(), problems);
        return commands.send(new ProposeCompromiseCommand(DraftInput.checkId("id", draftId), request.baseVersion(),
                request.supersedes(), request.operations(), request.reason(), caller.actor(), clock.instant()));
    }

    private static void check(Long baseVersion, List<EditOperation> operations, Map<String, String> problems) {
        if (baseVersion == null) {
            problems.put("baseVersion", "required: the draft version the operations were written against");
        }
        if (operations == null || operations.isEmpty()) {
            problems.put("operations", "required: at least one operation");
        } else if (operations.contains(null)) {
            problems.put("operations", "must not contain null");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        DraftInput.checkOperations(operations);
    }
}
