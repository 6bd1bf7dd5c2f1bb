package org.plenary.query.consultation;

import org.plenary.documents.DocumentFormat;
import org.plenary.documents.docx.CompilationDocx;
import org.plenary.query.pastview.DraftReader;
import org.plenary.query.projection.ConsultationView;
import org.plenary.query.projection.DraftView;
import org.plenary.query.web.BadRequestException;
import org.plenary.shared.consultation.BisNumbering;
import org.plenary.shared.consultation.Compilation;
import org.plenary.shared.consultation.CompilationHtml;
import org.plenary.shared.consultation.CompilationText;
import org.plenary.shared.consultation.ParagraphStatus;
import org.plenary.shared.document.Paragraph;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Informal consultations as the query API serves them: the compilation text (UN-layout text, HTML or Word), the
 * progress towards agreement, and the consultation state the web page shows. All take {@code ?minVersion=n} like every
 * query and {@code ?version=}/{@code ?asOf=} for a past point.
 */
@RestController
@RequestMapping("/api/drafts")
public class ConsultationController {

    static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final DraftReader drafts;

    public ConsultationController(DraftReader drafts) {
        this.drafts = drafts;
    }

    /**
     * The consultation state the page shows: each paragraph's status and its number in the compilation text ("PP2",
     * "3 bis"), every bracket (with each range it covered) and alternative, every status change.
     */
    public record State(String draftId, long version, Map<String, ParagraphStatus> statuses, Map<String, String> numbers,
                        List<ConsultationView.BracketView> brackets, List<ConsultationView.AlternativeView> alternatives,
                        List<ConsultationView.StatusChange> statusChanges) {
    }

    @GetMapping("/{draftId}/compilation")
    public ResponseEntity<byte[]> compilation(@PathVariable String draftId, @RequestParam(required = false) String format,
            @RequestParam(required = false) Long minVersion, @RequestParam(required = false) Long version,
            @RequestParam(required = false) Instant asOf) {
        String wanted = format == null ? "text" : format;
        if (!List.of("text", "html", "docx").contains(wanted)) {
            throw new BadRequestException("format must be \"text\" (the default), \"html\" or \"docx\", not \""
                    + (wanted.length() > 20 ? wanted.substring(0, 20) + "…" : wanted) + "\"");
        }
        DraftView view = drafts.load(draftId, minVersion, version, asOf);
        Compilation compilation = Compilations.of(view);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .header(DraftReader.VERSION_HEADER, Long.toString(view.version()));
        return switch (wanted) {
            case "html" -> response.contentType(HTML)
                    .body(CompilationHtml.write(compilation).getBytes(StandardCharsets.UTF_8));
            case "docx" -> response.contentType(MediaType.parseMediaType(DocumentFormat.DOCX_MEDIA_TYPE))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(draftId + "-compilation-v" + view.version() + ".docx").build().toString())
                    .body(CompilationDocx.write(compilation));
            default -> response.contentType(TEXT).body(CompilationText.write(compilation).getBytes(StandardCharsets.UTF_8));
        };
    }

    @GetMapping(path = "/{draftId}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Progress.Result> progress(@PathVariable String draftId,
            @RequestParam(required = false) Long minVersion, @RequestParam(required = false) Long version,
            @RequestParam(required = false) Instant asOf) {
        DraftView view = drafts.load(draftId, minVersion, version, asOf);
        return DraftReader.withVersion(view, Progress.of(view, view.version()));
    }

    @GetMapping(path = "/{draftId}/consultation", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<State> consultation(@PathVariable String draftId,
            @RequestParam(required = false) Long minVersion, @RequestParam(required = false) Long version,
            @RequestParam(required = false) Instant asOf) {
        DraftView view = drafts.load(draftId, minVersion, version, asOf);
        ConsultationView consultation = view.consultation();
        return DraftReader.withVersion(view, new State(view.draftId(), view.version(), consultation.statusesNow(),
                numbers(view), consultation.brackets(), consultation.alternatives(), consultation.statuses()));
    }

    /** Each paragraph's number as the compilation text prints it. */
    private static Map<String, String> numbers(DraftView view) {
        ConsultationView.Issuance issued = view.consultation().issuance();
        Map<String, String> numbers = new LinkedHashMap<>();
        List<String> preamble = view.document().preamble().stream().map(Paragraph::id).toList();
        List<String> operative = view.document().operative().stream().map(Paragraph::id).toList();
        BisNumbering.numbers(preamble, issued == null ? preamble : issued.preamble())
                .forEach((id, n) -> numbers.put(id, "PP" + n));
        numbers.putAll(BisNumbering.numbers(operative, issued == null ? operative : issued.operative()));
        return numbers;
    }
}
