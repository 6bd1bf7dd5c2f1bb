package org.plenary.command.web;

import org.plenary.command.draft.CurrentTexts;
import org.plenary.command.draft.DraftResolution;
import org.plenary.command.security.Caller;
import org.plenary.documents.AmendmentTexts;
import org.plenary.shared.draft.AmendmentProposal;
import org.plenary.shared.draft.ProposeAmendmentCommand;
import org.plenary.shared.wording.ParsedAmendment;
import org.plenary.shared.wording.ResolvedAmendment;
import org.plenary.shared.wording.Wording;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Amendment documents in the UN wording ("1. In operative paragraph 3, replace the words “possible” with
 * “concrete”;"). {@code parse-amendment} reads one and changes nothing (like every {@code /api/**} call of the
 * command app it needs a delegation's or the secretariat's token). {@code amendments/import} reads one, resolves it
 * against the draft's current text and proposes it as the caller: one amendment with every instruction, or nothing
 * and 400 listing each instruction not understood or not resolved, with its line.
 */
@RestController
public class AmendmentDocumentController {

    private final CommandRunner commands;
    private final CurrentTexts currentTexts;
    private final Clock clock;

    public AmendmentDocumentController(CommandRunner commands, CurrentTexts currentTexts, Clock clock) {
        this.commands = commands;
        this.currentTexts = currentTexts;
        this.clock = clock;
    }

    @PostMapping(path = "/api/documents/parse-amendment", consumes = MediaType.TEXT_PLAIN_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ParsedAmendment parse(@RequestBody byte[] body, @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType) {
        return Wording.parse(AmendmentTexts.read(body, TextCharsets.of(contentType)));
    }

    @PostMapping(path = "/api/drafts/{draftId}/amendments/import", consumes = MediaType.TEXT_PLAIN_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<?> importDocument(@PathVariable String draftId, @RequestBody byte[] body,
                                            @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType, Caller caller) {
        String text = AmendmentTexts.read(body, TextCharsets.of(contentType));
        DraftResolution.CurrentText current = currentTexts.of(DraftInput.checkId("draftId", draftId));
        ResolvedAmendment resolved = Wording.read(current.document(), text);
        if (!resolved.unresolved().isEmpty()) {
            return unresolved(resolved.unresolved().size() + " instruction(s) not understood or not resolved against version "
                    + current.version() + "; nothing was proposed", resolved.unresolved(), current.version());
        }
        if (resolved.operations().isEmpty()) {
            return unresolved("no instruction found: send an amendment document or its instructions "
                    + "(\"1. In operative paragraph 3, replace the word “possible” with “concrete”\")", List.of(), current.version());
        }
        AmendmentProposal proposal = commands.send(new ProposeAmendmentCommand(draftId, current.version(),
                reason(resolved), resolved.operations(), caller.actor(), clock.instant()));
        return ResponseEntity.status(HttpStatus.CREATED).body(proposal);
    }

    /** 400 with the usual error fields and each instruction left over. */
    private static ResponseEntity<?> unresolved(String message, List<ParsedAmendment.Unresolved> unresolved, long version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", HttpStatus.BAD_REQUEST.value());
        body.put("error", HttpStatus.BAD_REQUEST.getReasonPhrase());
        body.put("message", message);
        body.put("currentVersion", version);
        body.put("unresolved", unresolved);
        return ResponseEntity.badRequest().body(body);
    }

    /** The amendment's reason says where it came from: "amendment document A/C.3/72/L.12 (China)". */
    private static String reason(ResolvedAmendment resolved) {
        String reason = "amendment document" + (resolved.symbol() == null ? "" : " " + resolved.symbol())
                + (resolved.sponsors().isEmpty() ? "" : " (" + String.join(", ", resolved.sponsors()) + ")");
        return reason.codePointCount(0, reason.length()) > 300 ? reason.substring(0, reason.offsetByCodePoints(0, 300)) + "…" : reason;
    }
}
