package org.plenary.query.feed;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.plenary.query.web.BadRequestException;
import org.plenary.query.web.NotFoundException;
import org.plenary.query.web.QueryExceptionHandler;
import org.plenary.shared.json.Json;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * The live feeds as Server-Sent Events; the protocol (ids, resume, heartbeats, overflow) is in docs/FEED.md.
 */
@RestController
public class FeedController {

    static final String LAST_EVENT_ID = "Last-Event-ID";

    private final FeedSubscriptions feeds;

    public FeedController(FeedSubscriptions feeds) {
        this.feeds = feeds;
    }

    /** Events of one draft; resumes after {@code Last-Event-ID} or {@code ?after=<version>}. */
    @GetMapping("/api/drafts/{draftId}/feed")
    public void draftFeed(@PathVariable String draftId, @RequestParam(required = false) String after,
                          @RequestHeader(name = LAST_EVENT_ID, required = false) String lastEventId,
                          HttpServletRequest request, HttpServletResponse response) throws IOException {
        feeds.openDraftFeed(draftId, DraftEventId.resumeAfter(draftId, lastEventId, after), request, response);
    }

    /** Events of all drafts; resumes after {@code Last-Event-ID} (or {@code ?after=}), an all-drafts position. */
    @GetMapping("/api/feed")
    public void allDraftsFeed(@RequestParam(required = false) String after,
                              @RequestHeader(name = LAST_EVENT_ID, required = false) String lastEventId,
                              HttpServletRequest request, HttpServletResponse response) throws IOException {
        feeds.openAllDraftsFeed(lastEventId != null && !lastEventId.isBlank() ? lastEventId : after, request, response);
    }

    /**
     * Client mistakes as the usual JSON error, written directly: feed clients send {@code Accept: text/event-stream},
     * which content negotiation would not let a JSON body through.
     */
    @ExceptionHandler({NotFoundException.class, BadRequestException.class})
    public void clientMistake(RuntimeException e, HttpServletResponse response) throws IOException {
        HttpStatus status = e instanceof NotFoundException ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Json.mapper().writeValue(response.getOutputStream(), QueryExceptionHandler.error(status, e.getMessage()).getBody());
    }
}
