package org.plenary.command.web;

import org.plenary.command.draft.CurrentTexts;
import org.plenary.command.draft.DraftRejection;
import org.plenary.command.draft.DraftResolution;
import org.plenary.command.security.Caller;
import org.plenary.documents.DocumentFormat;
import org.plenary.documents.Documents;
import org.plenary.documents.docx.TrackedChangesImport;
import org.plenary.documents.docx.UnmappableChangesException;
import org.plenary.shared.draft.AmendmentProposal;
import org.plenary.shared.draft.ProposeAmendmentCommand;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers a draft from a document as negotiators have it (text in the UN layout, Word, PDF), and turns the tracked
 * changes of a Word file into amendments. The document is read before any command is sent, so a document that does
 * not read, or tracked changes that cannot be mapped, store nothing (400 saying what and where).
 */
@RestController
public class DraftImportController {

    private final DraftCommandController drafts;
    private final CommandRunner commands;
    private final CurrentTexts currentTexts;
    private final Clock clock;

    public DraftImportController(DraftCommandController drafts, CommandRunner commands, CurrentTexts currentTexts,
                                 Clock clock) {
        this.drafts = drafts;
        this.commands = commands;
        this.currentTexts = currentTexts;
        this.clock = clock;
    }

    /** The amendment proposed for one author's tracked changes. */
    public record ImportedAmendment(String author, String amendmentId, long version) {
    }

    public record ImportedAmendments(List<ImportedAmendment> amendments) {
    }

    @PostMapping(path = "/api/drafts/import", consumes = {MediaType.TEXT_PLAIN_VALUE, "text/markdown"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public DraftCommandController.Created importText(@RequestBody byte[] body,
            @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType, Caller caller) {
        return drafts.submitDocument(Documents.read(body, DocumentFormat.TEXT, TextCharsets.of(contentType)), caller);
    }


    /** A Word file is read with its tracked changes accepted; a PDF by its text. */
    @PostMapping(path = "/api/drafts/import", consumes = {DocumentFormat.DOCX_MEDIA_TYPE, DocumentFormat.PDF_MEDIA_TYPE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public DraftCommandController.Created importFile(@RequestBody byte[] body,
                                                     @RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType,
                                                     Caller caller) {
        return drafts.submitDocument(Documents.read(body, DocumentFormat.ofMediaType(contentType), null), caller);
    }

    /**
     * One amendment by the caller for each author's tracked changes in the Word file, against the draft's current
     * text. Nothing is proposed unless every change maps onto the draft.
     */
    @PostMapping(path = "/api/drafts/{draftId}/amendments/import-docx", consumes = DocumentFormat.DOCX_MEDIA_TYPE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public ImportedAmendments importTrackedChanges(@PathVariable String draftId, @RequestBody byte[] body,
                                                   Caller caller) {
        DraftResolution.CurrentText current = currentTexts.of(DraftInput.checkId("draftId", draftId));
        List<TrackedChangesImport.AuthorChanges> changes;
        try {
            changes = TrackedChangesImport.amendments(body, current.document());
        } catch (UnmappableChangesException e) {
            throw new DraftRejection(DraftRejection.Kind.INVALID, e.getMessage(), current.version());
        }
        List<ImportedAmendment> proposed = new ArrayList<>();
        for (TrackedChangesImport.AuthorChanges author : changes) {
            AmendmentProposal proposal = commands.send(new ProposeAmendmentCommand(draftId, current.version(),
                    "tracked changes by " + author.author() + " in a Word document", author.operations(),
                    caller.actor(), clock.instant()));
            proposed.add(new ImportedAmendment(author.author(), proposal.amendmentId(), proposal.version()));
        }
        return new ImportedAmendments(proposed);
    }
}
