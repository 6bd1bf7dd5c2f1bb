package org.plenary.query.feed;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.DraftViewProjection;
import org.plenary.query.web.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Opens feeds: sets up the SSE response, decides where the client starts, registers it with the hub and
 * starts catching up whatever the client lacks. Everything a client can get wrong is checked before the
 * response turns into a stream, so mistakes are ordinary JSON errors.
 */
public class FeedSubscriptions {

    private static final Logger log = LoggerFactory.getLogger(FeedSubscriptions.class);

    private final FeedHub hub;
    private final DraftViewProjection drafts;
    private final FeedPositionStore positions;
    private final Subscription.Context context;
    private final FeedProperties properties;

    FeedSubscriptions(FeedHub hub, DraftViewProjection drafts, FeedPositionStore positions,
                             HistoryFeedReader history, FeedExecutors executors, FeedProperties properties) {
        this.hub = hub;
        this.drafts = drafts;
        this.positions = positions;
        this.properties = properties;
        this.context = new Subscription.Context(history, executors, positions, properties.historyPoll(),
                properties.positionDrafts());
    }

    /** The feed of one draft after version {@code after}; null means from the draft's current version on. */
    void openDraftFeed(String draftId, Long after, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        DraftView view = drafts.find(draftId);
        if (view == null && after == null) {
            throw new NotFoundException("no draft with id " + draftId);
        }
        long start = after != null ? after : view.version();
        SseConnection connection = open(request, response);
        Subscription subscription = Subscription.ofDraft(draftId, start, connection, context);
        startSafely(connection, subscription, () -> {
            subscription.reach(draftId, hub.register(draftId, subscription));
            if (view != null) {
                subscription.reach(draftId, view.version());
            }
        });
    }

    /** The feed of all drafts, resuming at an all-drafts SSE id; null means from now on. */
    void openAllDraftsFeed(String lastEventId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        FeedPosition.Parsed parsed = lastEventId == null || lastEventId.isBlank() ? null : FeedPosition.parse(lastEventId);
        Map<String, Long> projected = projectedVersions();
        Map<String, Long> base = parsed == null ? null : positions.find(parsed.snapshotId());
        boolean unknownPosition = parsed != null && base == null;
        FeedPosition position;
        if (base == null) {
            position = new FeedPosition(positions.save(projected), projected, Map.of());
        } else {
            position = new FeedPosition(parsed.snapshotId(), base, parsed.moved());
        }
        SseConnection connection = open(request, response);
        if (unknownPosition) {
            // a position this deployment never issued (e.g. its store was reset): the client must reload
            connection.offer(("event: reset\ndata: {\"reason\":\"unknown feed position; reload the drafts\"}\n\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Subscription subscription = Subscription.ofAllDrafts(position, connection, context);
        startSafely(connection, subscription, () -> {
            hub.registerAllDrafts(subscription).forEach(subscription::reach);
            if (base != null) {
                // resuming: what was projected while the client was away (the node may not have seen it live)
                projectedVersions().forEach(subscription::reach);
            }
        });
    }

    /** Once the response is a stream, a failure can no longer be a JSON error: the feed ends and the client resumes. */
    private void startSafely(SseConnection connection, Subscription subscription, Runnable register) {
        try {
            connection.start(ending -> hub.unregister(subscription, ending));
            register.run();
        } catch (RuntimeException e) {
            log.error("Cannot start a feed; closing it", e);
            connection.close(SseConnection.Ending.CLIENT_GONE);
        }
    }

    private Map<String, Long> projectedVersions() {
        Map<String, Long> versions = new HashMap<>();
        for (DraftViewProjection.DraftSummary draft : drafts.list()) {
            versions.put(draft.draftId(), draft.version());
        }
        return versions;
    }

    private SseConnection open(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Accel-Buffering", "no"); // nginx: pass events through unbuffered
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(0); // a feed lasts as long as the client wants it
        SseConnection connection = new SseConnection(async, properties.clientBuffer(), context.executors().writer());
        // the first frame also sends the headers at once, so the client knows it is connected
        connection.offer(("retry: " + properties.retry().toMillis() + "\n\n").getBytes(StandardCharsets.UTF_8));
        return connection;
    }
}
