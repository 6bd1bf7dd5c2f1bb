package org.plenary.local.feed;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plenary.local.PlenaryStack;
import org.plenary.query.QueryApplication;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live feeds over HTTP against the real broker and the MongoDB-protocol server: order and content,
 * resume after a dropped connection with exactly the missed events, {@code ?after=}, heartbeats, the
 * all-drafts feed and its resume, and a second query node that builds no projection.
 */
class FeedEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration QUIET = Duration.ofMillis(700);

    private static PlenaryStack stack;
    private static Negotiation negotiation;
    private static String drafts;

    @BeforeAll
    static void start() {
        stack = PlenaryStack.builder().property("plenary.feed.heartbeat", "200ms").build().start();
        negotiation = new Negotiation(stack.commandUrl(), stack.queryUrl());
        drafts = stack.queryUrl() + "/api/drafts/";
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void eventsArriveInOrderWithSummaryAndTextChanges() {
        String id = negotiation.submitSample();
        try (SseClient feed = SseClient.open(drafts + id + "/feed?after=0")) {
            assertThat(feed.status()).isEqualTo(200);
            negotiation.join(id, "FRA");
            JsonNode op3 = negotiation.draft(id, 2).get("operative").get(2);
            String text = op3.get("text").asText();
            int start = text.indexOf("possible conclusions");
            negotiation.propose(id, "FRA", 2, "stronger wording", """
                    [{"op": "replaceText", "paragraphId": "%s", "start": %d, "end": %d, "text": "concrete conclusions"},
                     {"op": "insertParagraph", "section": "operative", "after": "%s", "text": "*Urges* Member States to cooperate;"}]
                    """.formatted(op3.get("id").asText(), start, start + "possible conclusions".length(), op3.get("id").asText()));
            negotiation.accept(id, "A1", "BRA");

            List<SseClient.Message> events = feed.next(4, WAIT);
            assertThat(events).extracting(SseClient.Message::id).containsExactly(id + ":1", id + ":2", id + ":3", id + ":4");
            assertThat(events).extracting(SseClient.Message::event).containsExactly("DraftSubmittedEvent",
                    "CoSponsorJoinedEvent", "AmendmentProposedEvent", "AmendmentAcceptedEvent");
            assertThat(events.get(0).json().get("summary").asText()).startsWith("Brazil submitted “");
            assertThat(events.subList(1, 4)).extracting(m -> m.json().get("summary").asText()).containsExactly(
                    "France joined as co-sponsor", "France proposed amendment A1", "Brazil accepted amendment A1");

            JsonNode joined = events.get(1).json();
            assertThat(joined.get("id").asText()).isEqualTo(id + ":2");
            assertThat(joined.get("draftId").asText()).isEqualTo(id);
            assertThat(joined.get("version").asLong()).isEqualTo(2);
            assertThat(joined.get("seq").asLong()).isEqualTo(1);
            assertThat(joined.get("type").asText()).isEqualTo("CoSponsorJoinedEvent");
            assertThat(joined.get("actor").asText()).isEqualTo("FRA");
            assertThat(joined.get("at").asText()).isNotBlank();
            assertThat(joined.get("event").get("delegation").asText()).isEqualTo("FRA");
            assertThat(joined.get("textChanges")).isEmpty();

            JsonNode accepted = events.get(3).json();
            assertThat(accepted.get("event").get("amendmentId").asText()).isEqualTo("A1");
            JsonNode changes = accepted.get("textChanges");
            assertThat(changes).hasSize(2);
            assertThat(changes.get(0).get("op").asText()).isEqualTo("replaceText");
            assertThat(changes.get(0).get("paragraphId").asText()).isEqualTo(op3.get("id").asText());
            assertThat(changes.get(0).get("start").asInt()).isEqualTo(start);
            assertThat(changes.get(0).get("deleted").asText()).isEqualTo("possible conclusions");
            assertThat(changes.get(0).get("inserted").asText()).isEqualTo("concrete conclusions");
            assertThat(changes.get(0).get("newText").asText())
                    .isEqualTo(text.replace("possible conclusions", "concrete conclusions"));
            assertThat(changes.get(1).get("op").asText()).isEqualTo("insertParagraph");
            assertThat(changes.get(1).get("section").asText()).isEqualTo("operative");
            assertThat(changes.get(1).get("after").asText()).isEqualTo(op3.get("id").asText());
            assertThat(changes.get(1).get("paragraphId").asText()).isNotBlank();
            assertThat(changes.get(1).get("text").asText()).isEqualTo("*Urges* Member States to cooperate;");
            assertThat(feed.poll(QUIET)).isNull();
        }
    }

    @Test
    void reconnectWithLastEventIdGetsExactlyTheMissedEvents() {
        String id = negotiation.submitSample();
        String lastId;
        try (SseClient feed = SseClient.open(drafts + id + "/feed?after=1")) {
            negotiation.join(id, "DEU");
            negotiation.join(id, "FRA");
            List<SseClient.Message> seen = feed.next(2, WAIT);
            assertThat(seen).extracting(SseClient.Message::id).containsExactly(id + ":2", id + ":3");
            lastId = seen.get(1).id();
        }
        negotiation.join(id, "ITA");
        negotiation.leave(id, "DEU");
        negotiation.propose(id, "FRA", 5, "shorter", "[{\"op\":\"deleteParagraph\",\"paragraphId\":\"op7\"}]");

        try (SseClient feed = SseClient.open(drafts + id + "/feed", lastId)) {
            List<SseClient.Message> missed = feed.next(3, WAIT);
            assertThat(missed).extracting(SseClient.Message::id).containsExactly(id + ":4", id + ":5", id + ":6");
            assertThat(missed).extracting(m -> m.json().get("summary").asText()).containsExactly(
                    "Italy joined as co-sponsor", "Germany withdrew as co-sponsor", "France proposed amendment A1");
            negotiation.accept(id, "A1", "CHN");
            SseClient.Message live = feed.next(WAIT);
            assertThat(live.id()).isEqualTo(id + ":7");
            assertThat(live.json().get("summary").asText()).isEqualTo("China accepted amendment A1");
            assertThat(live.json().get("textChanges").get(0).get("op").asText()).isEqualTo("deleteParagraph");
            assertThat(live.json().get("textChanges").get(0).get("paragraphId").asText()).isEqualTo("op7");
            assertThat(feed.poll(QUIET)).as("no duplicate").isNull();
        }
    }

    @Test
    void afterParameterReplaysFromStoredHistory() {
        String id = negotiation.submitSample();
        negotiation.join(id, "FRA");
        negotiation.join(id, "DEU");
        long version = negotiation.join(id, "ITA");
        negotiation.draft(id, version);
        try (SseClient feed = SseClient.open(drafts + id + "/feed?after=2")) {
            assertThat(feed.next(2, WAIT)).extracting(SseClient.Message::id).containsExactly(id + ":3", id + ":4");
            negotiation.leave(id, "FRA");
            assertThat(feed.next(WAIT).id()).isEqualTo(id + ":5");
            assertThat(feed.poll(QUIET)).isNull();
        }
        try (SseClient feed = SseClient.open(drafts + id + "/feed?after=" + id + ":4")) {
            assertThat(feed.next(WAIT).id()).isEqualTo(id + ":5");
        }
    }

    @Test
    void heartbeatsKeepAnIdleFeedAlive() throws Exception {
        String id = negotiation.submitSample();
        negotiation.draft(id, 1);
        try (SseClient feed = SseClient.open(drafts + id + "/feed")) {
            long deadline = System.currentTimeMillis() + 3_000;
            while (feed.comments() < 3 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(feed.comments()).isGreaterThanOrEqualTo(3);
            assertThat(feed.poll(Duration.ZERO)).isNull();
        }
    }

    @Test
    void clientMistakesAreJsonErrors() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(drafts + "nosuchdraft/feed"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no draft with id nosuchdraft");
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(drafts + "abc/feed?after=x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        HttpResponse<String> otherDraft = http.send(HttpRequest.newBuilder(URI.create(drafts + "abc/feed"))
                .header("Last-Event-ID", "xyz:3").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(otherDraft.statusCode()).isEqualTo(400);
        assertThat(otherDraft.body()).contains("not an event of draft abc");
    }

    @Test
    void allDraftsFeedResumesWithoutGapOrDuplicate() {
        String lastId;
        String first;
        String second;
        List<String> seen = new ArrayList<>();
        try (SseClient feed = SseClient.open(stack.queryUrl() + "/api/feed")) {
            first = negotiation.submitSample();
            second = negotiation.submitSample();
            negotiation.join(first, "FRA");
            negotiation.join(second, "DEU");
            lastId = collect(feed, List.of(first, second), 4, seen);
        }
        assertThat(seen).containsExactlyInAnyOrder(first + ":1", first + ":2", second + ":1", second + ":2");
        assertThat(seen.indexOf(first + ":1")).isLessThan(seen.indexOf(first + ":2"));
        assertThat(seen.indexOf(second + ":1")).isLessThan(seen.indexOf(second + ":2"));

        negotiation.join(first, "ITA");
        negotiation.join(second, "ITA");
        negotiation.leave(first, "FRA");

        seen.clear();
        try (SseClient feed = SseClient.open(stack.queryUrl() + "/api/feed", lastId)) {
            lastId = collect(feed, List.of(first, second), 3, seen);
            assertThat(seen).containsExactlyInAnyOrder(first + ":3", first + ":4", second + ":3");
            assertThat(seen.indexOf(first + ":3")).isLessThan(seen.indexOf(first + ":4"));
            negotiation.join(second, "FRA");
            seen.clear();
            lastId = collect(feed, List.of(first, second), 1, seen);
            assertThat(seen).containsExactly(second + ":4");
            assertThat(nextOf(feed, List.of(first, second), QUIET)).as("no duplicate").isNull();
        }
        try (SseClient feed = SseClient.open(stack.queryUrl() + "/api/feed?after=" + lastId)) {
            negotiation.join(first, "DEU");
            seen.clear();
            collect(feed, List.of(first, second), 1, seen);
            assertThat(seen).containsExactly(first + ":5");
        }
    }

    @Test
    void unknownAllDraftsPositionAsksTheClientToReload() {
        try (SseClient feed = SseClient.open(stack.queryUrl() + "/api/feed", "nosuchposition")) {
            SseClient.Message reset = feed.next(WAIT);
            assertThat(reset.event()).isEqualTo("reset");
        }
    }

    @Test
    void aQueryNodeThatBuildsNoProjectionServesEveryFeed() {
        ConfigurableApplicationContext second = QueryApplication.builder().profiles("local").run(
                "--server.port=0",
                "--plenary.mongo.uri=" + stack.mongo().connectionString(),
                "--plenary.kafka.bootstrap-servers=" + stack.kafka().bootstrapServers(),
                "--plenary.projection.enabled=false");
        try {
            String url = "http://127.0.0.1:" + ((ServletWebServerApplicationContext) second).getWebServer().getPort();
            String id = negotiation.submitSample();
            try (SseClient feed = SseClient.open(url + "/api/drafts/" + id + "/feed?after=0")) {
                negotiation.join(id, "FRA");
                negotiation.join(id, "DEU");
                assertThat(feed.next(3, WAIT)).extracting(SseClient.Message::id)
                        .containsExactly(id + ":1", id + ":2", id + ":3");
            }
        } finally {
            second.close();
        }
    }

    /**
     * Reads events of the given drafts (others, from earlier tests, are skipped); returns the SSE id of the
     * last event read, as EventSource would keep it.
     */
    private static String collect(SseClient feed, List<String> draftIds, int count, List<String> seen) {
        String[] lastId = new String[1];
        while (seen.size() < count) {
            SseClient.Message message = nextOf(feed, draftIds, WAIT, lastId);
            assertThat(message).as("event " + (seen.size() + 1) + " of " + count).isNotNull();
            seen.add(message.json().get("id").asText());
        }
        return lastId[0];
    }

    private static SseClient.Message nextOf(SseClient feed, List<String> draftIds, Duration timeout) {
        return nextOf(feed, draftIds, timeout, new String[1]);
    }

    private static SseClient.Message nextOf(SseClient feed, List<String> draftIds, Duration timeout, String[] lastId) {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < deadline) {
            SseClient.Message message = feed.poll(Duration.ofMillis(Math.max(1, deadline - System.currentTimeMillis())));
            if (message == null) {
                continue;
            }
            lastId[0] = message.id();
            if (draftIds.contains(message.json().get("draftId").asText())) {
                return message;
            }
        }
        return null;
    }
}
