package org.plenary.query.document;

import org.plenary.documents.DocumentFormat;
import org.plenary.documents.docx.AmendmentRecord;
import org.plenary.documents.docx.DocxWriter;
import org.plenary.documents.docx.TrackedChanges;
import org.plenary.documents.pdf.PdfWriter;
import org.plenary.query.pastview.DraftReader;
import org.plenary.query.pastview.DraftText;
import org.plenary.query.projection.DraftView;
import org.plenary.query.web.BadRequestException;
import org.plenary.shared.un.AknWriter;
import org.plenary.shared.un.HtmlWriter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

/**
 * The current text of a draft as a document: an HTML page to read or print, Akoma Ntoso XML to exchange, Word (with
 * the pending amendments as tracked changes on request) and PDF. All take {@code ?minVersion=n} like every query
 * (see {@link DraftReader}) and {@code ?version=}/{@code ?asOf=} for a past point.
 */
@RestController
@RequestMapping("/api/drafts")
public class DraftFormatsController {

    static final String AKN = "application/akn+xml";
    /** Ids of pending amendments the Word file does not show, because they no longer fit the text. */
    static final String NOT_SHOWN_HEADER = "Plenary-Amendments-Not-Shown";

    private final DraftReader drafts;

    public DraftFormatsController(DraftReader drafts) {
        this.drafts = drafts;
    }

    @GetMapping(path = "/{draftId}/html", produces = "text/html;charset=UTF-8")
    public ResponseEntity<String> html(@PathVariable String draftId, @RequestParam(required = false) Long minVersion,
            @RequestParam(required = false) Long version, @RequestParam(required = false) Instant asOf) {
        DraftView view = drafts.load(draftId, minVersion, version, asOf);
        return DraftReader.withVersion(view.version(),
                LifecycleExports.withRecordedVote(LifecycleExports.withSubsequentlyJoined(HtmlWriter.write(view.document()),
                        view), view));
    }

    /** Dated by the submission (UTC): the FRBR work date is fixed for the draft, whatever its version. */
    @GetMapping(path = "/{draftId}/akn", produces = {AKN + ";charset=UTF-8", "application/xml;charset=UTF-8"})
    public ResponseEntity<String> akn(@PathVariable String draftId, @RequestParam(required = false) Long minVersion,
            @RequestParam(required = false) Long version, @RequestParam(required = false) Instant asOf) {
        DraftView view = drafts.load(draftId, minVersion, version, asOf);
        LocalDate date = LocalDate.ofInstant(view.submittedAt(), ZoneOffset.UTC);
        return DraftReader.withVersion(view.version(), AknWriter.write(view.document(), view.draftId(), date,
                LifecycleExports.aknEvents(view)));
    }

    /** With {@code amendments=pending}, every pending amendment that fits the text is a tracked change. */
    @GetMapping(path = "/{draftId}/docx", produces = DocumentFormat.DOCX_MEDIA_TYPE)
    public ResponseEntity<byte[]> docx(@PathVariable String draftId, @RequestParam(required = false) Long minVersion,
            @RequestParam(required = false) Long version, @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) String amendments) {
        if (amendments != null && !amendments.equals("pending")) {
            throw new BadRequestException("amendments must be \"pending\" (the pending amendments as tracked changes) "
                    + "or left out, not \"" + amendments + "\"");
        }
        if (amendments == null) {
            DraftText text = drafts.loadText(draftId, minVersion, version, asOf);
            return download(ResponseEntity.ok(), text.draftId(), text.version(), DocxWriter.write(text.document()),
                    DocumentFormat.DOCX);
        }
        DraftView view = drafts.load(draftId, minVersion, version, asOf);
        TrackedChanges changes = TrackedChanges.of(view.document(), view.amendments().stream()
                .map(a -> new AmendmentRecord(a.amendmentId(), a.proposer(), a.status(), a.baseVersion(),
                        a.decidedVersion(), a.proposedAt(), a.operations())).toList());
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (!changes.offText().isEmpty()) {
            response.header(NOT_SHOWN_HEADER, changes.offText().stream().map(TrackedChanges.OffText::amendmentId)
                    .collect(Collectors.joining(", ")));
        }
        return download(response, view.draftId(), view.version(), DocxWriter.write(view.document(), changes),
                DocumentFormat.DOCX);
    }

    @GetMapping(path = "/{draftId}/pdf", produces = DocumentFormat.PDF_MEDIA_TYPE)
    public ResponseEntity<byte[]> pdf(@PathVariable String draftId, @RequestParam(required = false) Long minVersion,
            @RequestParam(required = false) Long version, @RequestParam(required = false) Instant asOf) {
        DraftText text = drafts.loadText(draftId, minVersion, version, asOf);
        return download(ResponseEntity.ok(), text.draftId(), text.version(), PdfWriter.write(text.document()),
                DocumentFormat.PDF);
    }

    /** A file download named after the draft, carrying the served version. */
    private static ResponseEntity<byte[]> download(ResponseEntity.BodyBuilder response, String draftId, long version,
                                                   byte[] bytes, DocumentFormat format) {
        return response.header(DraftReader.VERSION_HEADER, Long.toString(version))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(draftId + "." + format.extension()).build().toString())
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .body(bytes);
    }
}
