package org.plenary.command.web;

import org.plenary.command.security.Caller;
import org.plenary.shared.draft.IssueRevisionCommand;
import org.plenary.shared.draft.MakeOralRevisionCommand;
import org.plenary.shared.draft.OralRevision;
import org.plenary.shared.draft.RevisionIssue;
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
 * Revisions (Rev.1, Rev.2 …) and oral revisions, by the main sponsors or the facilitator: the text is reissued (with
 * further edits if any) or revised at once. The draft decides who may; the acting delegation is the caller.
 */
@RestController
@RequestMapping(path = "/api/drafts/{draftId}", produces = MediaType.APPLICATION_JSON_VALUE)
public class RevisionCommandController {

    private final CommandRunner commands;
    private final Clock clock;

    public RevisionCommandController(CommandRunner commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    public record RevisionRequest(Long baseVersion, List<EditOperation> operations, String note) {
    }

    public record OralRevisionRequest(Long baseVersion, List<EditOperation> operations, String statement) {
    }

    @PostMapping(path = "/revisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public RevisionIssue issue(@PathVariable String draftId, @RequestBody RevisionRequest request, Caller caller) {
        List<EditOperation> operations = request.operations() == null ? List.of() : request.operations();
        check(request.baseVersion(), operations, false);
        return commands.send(new IssueRevisionCommand(LifecycleCommandController.id(draftId), request.baseVersion(),
                operations, request.note(), caller.actor(), clock.instant()));
    }

    @PostMapping(path = "/oral-revisions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public OralRevision revise(@PathVariable String draftId, @RequestBody OralRevisionRequest request, Caller caller) {
        check(request.baseVersion(), request.operations(), true);
        return commands.send(new MakeOralRevisionCommand(LifecycleCommandController.id(draftId), request.baseVersion(),
                request.operations(), request.statement(), caller.actor(), clock.instant()));
    }

    private static void check(Long baseVersion, List<EditOperation> operations, boolean operationsRequired) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (baseVersion == null) {
            problems.put("baseVersion", "required: the draft version the revision was written against");
        }
        if (operationsRequired && (operations == null || operations.isEmpty())) {
            problems.put("operations", "required: at least one operation");
        } else if (operations != null && operations.stream().anyMatch(java.util.Objects::isNull)) {
            problems.put("operations", "must not contain null");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        if (!operations.isEmpty()) {
            DraftInput.checkOperations(operations);
        }
    }
}
