package org.plenary.command.web;

import org.plenary.command.security.Caller;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.AcceptAmendmentCommand;
import org.plenary.shared.draft.AddCoSponsorCommand;
import org.plenary.shared.draft.AmendmentProposal;
import org.plenary.shared.draft.ProposeAmendmentCommand;
import org.plenary.shared.draft.RejectAmendmentCommand;
import org.plenary.shared.draft.SubmitDraftCommand;
import org.plenary.shared.draft.WithdrawAmendmentCommand;
import org.plenary.shared.draft.WithdrawCoSponsorCommand;
import org.plenary.shared.edit.EditOperation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command API: every request becomes one command for the DraftResolution aggregate. */
@RestController
@RequestMapping(path = "/api/drafts", produces = MediaType.APPLICATION_JSON_VALUE)
public class DraftCommandController {

    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CommandRunner commands;
    private final Clock clock;

    public DraftCommandController(CommandRunner commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    public record Created(String draftId, long version) {
    }

    public record Version(long version) {
    }

    public record ProposeAmendmentRequest(Long baseVersion, String reason, List<EditOperation> operations,
                                          String amends) {
    }

    /** The optional body of accept, reject and withdraw: why (recorded in the event). */
    public record DecisionRequest(String reason) {
    }

    /** Joining on behalf of a group: {@code {"onBehalfOf": "Group of African States"}}; no body joins for itself. */
    public record JoinRequest(String onBehalfOf) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public Created submit(@RequestBody DraftDocument document, Caller caller) {
        return submitDocument(document, caller);
    }

    /** Registers a parsed document; shared with the import endpoint. */
    public Created submitDocument(DraftDocument document, Caller caller) {
        DraftInput.checkDocument(document);
        String draftId = newDraftId();
        commands.send(new SubmitDraftCommand(draftId, document, caller.actor(), clock.instant()));
        return new Created(draftId, 1);
    }

    @PostMapping("/{draftId}/cosponsors")
    public Version joinAsCoSponsor(@PathVariable String draftId, @RequestBody(required = false) JoinRequest request,
                                   Caller caller) {
        String group = request == null ? null : request.onBehalfOf();
        return new Version(commands.<Long>send(new AddCoSponsorCommand(checkId(draftId), group, caller.actor(),
                clock.instant())));
    }

    @DeleteMapping("/{draftId}/cosponsors/me")
    public Version withdrawAsCoSponsor(@PathVariable String draftId, Caller caller) {
        return new Version(commands.<Long>send(new WithdrawCoSponsorCommand(checkId(draftId), caller.actor(), clock.instant())));
    }

    @PostMapping(path = "/{draftId}/amendments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public AmendmentProposal propose(@PathVariable String draftId, @RequestBody ProposeAmendmentRequest request,
                                     Caller caller) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.baseVersion() == null) {
            problems.put("baseVersion", "required: the draft version the amendment was written against");
        }
        if (request.operations() == null || request.operations().isEmpty()) {
            problems.put("operations", "required: at least one operation");
        } else if (request.operations().contains(null)) {
            problems.put("operations", "must not contain null");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        DraftInput.checkOperations(request.operations());
        String amends = request.amends() == null ? null : DraftInput.checkId("amends", request.amends());
        return commands.send(new ProposeAmendmentCommand(checkId(draftId), request.baseVersion(), request.reason(),
                request.operations(), caller.actor(), clock.instant(), amends));
    }

    @PostMapping("/{draftId}/amendments/{amendmentId}/accept")
    public Version accept(@PathVariable String draftId, @PathVariable String amendmentId,
                          @RequestBody(required = false) DecisionRequest request, Caller caller) {
        return new Version(commands.<Long>send(new AcceptAmendmentCommand(checkId(draftId), checkId(amendmentId),
                caller.actor(), clock.instant(), reason(request))));
    }

    @PostMapping("/{draftId}/amendments/{amendmentId}/reject")
    public Version reject(@PathVariable String draftId, @PathVariable String amendmentId,
                          @RequestBody(required = false) DecisionRequest request, Caller caller) {
        return new Version(commands.<Long>send(new RejectAmendmentCommand(checkId(draftId), checkId(amendmentId),
                reason(request), caller.actor(), clock.instant())));
    }

    @PostMapping("/{draftId}/amendments/{amendmentId}/withdraw")
    public Version withdraw(@PathVariable String draftId, @PathVariable String amendmentId,
                            @RequestBody(required = false) DecisionRequest request, Caller caller) {
        return new Version(commands.<Long>send(new WithdrawAmendmentCommand(checkId(draftId), checkId(amendmentId),
                caller.actor(), clock.instant(), reason(request))));
    }

    private static String reason(DecisionRequest request) {
        return request == null ? null : request.reason();
    }

    private static String checkId(String id) {
        return DraftInput.checkId("id", id);
    }

    private static String newDraftId() {
        char[] id = new char[12];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }
}
