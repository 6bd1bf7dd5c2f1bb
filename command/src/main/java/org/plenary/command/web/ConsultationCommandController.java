package org.plenary.command.web;

import org.plenary.command.security.Caller;
import org.plenary.shared.consultation.ParagraphStatus;
import org.plenary.shared.draft.AlternativeProposal;
import org.plenary.shared.draft.BracketPlacement;
import org.plenary.shared.draft.ChooseAlternativeCommand;
import org.plenary.shared.draft.LiftBracketCommand;
import org.plenary.shared.draft.PlaceBracketCommand;
import org.plenary.shared.draft.ProposeAlternativeCommand;
import org.plenary.shared.draft.SetParagraphStatusCommand;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Informal consultations: paragraph statuses, brackets and alternatives. Who may do what is decided by the draft; the
 * acting delegation is the caller. {@code requestedBy} in a bracket request names the delegation that asked for the
 * brackets: the caller itself (or left out), or — for the main sponsors and the facilitator, recording a request
 * made in the room — another delegation.
 */
@RestController
@RequestMapping(path = "/api/drafts/{draftId}", produces = MediaType.APPLICATION_JSON_VALUE)
public class ConsultationCommandController {

    private final CommandRunner commands;
    private final Clock clock;

    public ConsultationCommandController(CommandRunner commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    public record StatusRequest(String status, String note) {
    }

    public record BracketRequest(String paragraphId, Integer start, Integer end, String requestedBy, String onBehalfOf,
                                 String note) {
    }

    public record AlternativeRequest(String text, String onBehalfOf) {
    }

    @PostMapping(path = "/paragraphs/{paragraphId}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    public DraftCommandController.Version setStatus(@PathVariable String draftId, @PathVariable String paragraphId,
                                                    @RequestBody StatusRequest request, Caller caller) {
        ParagraphStatus status;
        try {
            status = ParagraphStatus.fromJson(request.status());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(Map.of("status", e.getMessage()));
        }
        return new DraftCommandController.Version(commands.<Long>send(new SetParagraphStatusCommand(id(draftId),
                id(paragraphId), status, request.note(), caller.actor(), clock.instant())));
    }

    @PostMapping(path = "/brackets", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public BracketPlacement placeBracket(@PathVariable String draftId, @RequestBody BracketRequest request, Caller caller) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (request.paragraphId() == null) {
            problems.put("paragraphId", "required: the paragraph or sub-paragraph whose words go in brackets");
        } else if (!DraftInput.ID.matcher(request.paragraphId()).matches()) {
            problems.put("paragraphId", "not a valid id");
        }
        if (request.start() == null) {
            problems.put("start", "required: the offset of the first bracketed character");
        }
        if (request.end() == null) {
            problems.put("end", "required: the offset after the last bracketed character");
        }
        if (request.requestedBy() != null && !request.requestedBy().matches("[A-Z]{3}")) {
            problems.put("requestedBy", "a delegation code of three capital letters (ISO 3166-1 alpha-3)");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return commands.send(new PlaceBracketCommand(id(draftId), request.paragraphId(), request.start(), request.end(),
                request.requestedBy(), request.onBehalfOf(), request.note(), caller.actor(), clock.instant()));
    }

    @DeleteMapping("/brackets/{bracketId}")
    public DraftCommandController.Version liftBracket(@PathVariable String draftId, @PathVariable String bracketId,
                                                      Caller caller) {
        return new DraftCommandController.Version(commands.<Long>send(new LiftBracketCommand(id(draftId), id(bracketId),
                caller.actor(), clock.instant())));
    }

    @PostMapping(path = "/paragraphs/{paragraphId}/alternatives", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public AlternativeProposal proposeAlternative(@PathVariable String draftId, @PathVariable String paragraphId,
                                                  @RequestBody AlternativeRequest request, Caller caller) {
        if (request.text() == null || request.text().isBlank()) {
            throw new InvalidRequestException(Map.of("text", "required: the paragraph as the alternative would read"));
        }
        return commands.send(new ProposeAlternativeCommand(id(draftId), id(paragraphId), request.text(),
                request.onBehalfOf(), caller.actor(), clock.instant()));
    }

    @PostMapping("/paragraphs/{paragraphId}/alternatives/{number}/choose")
    public DraftCommandController.Version chooseAlternative(@PathVariable String draftId, @PathVariable String paragraphId,
                                                            @PathVariable String number, Caller caller) {
        if (!number.matches("[1-9][0-9]{0,5}")) {
            throw new InvalidRequestException(Map.of("number", "\"" + (number.length() > 12 ? number.substring(0, 12) + "…" : number)
                    + "\" is not an alternative's number (1 for Alt 1)"));
        }
        return new DraftCommandController.Version(commands.<Long>send(new ChooseAlternativeCommand(id(draftId),
                id(paragraphId), Integer.parseInt(number), caller.actor(), clock.instant())));
    }

    private static String id(String id) {
        return DraftInput.checkId("id", id);
    }
}
