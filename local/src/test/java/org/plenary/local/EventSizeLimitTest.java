package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, defect 2 (the event-size part): a change whose event the topic could not take is refused with 413
 * before it is stored, so nothing is acknowledged that cannot be published. The limit is set low here
 * ({@code plenary.kafka.max-event-bytes}) so that the request bodies stay small.
 */
class EventSizeLimitTest {

    private static PlenaryStack stack;
    private static final Http http = new Http();

    @BeforeAll
    static void start() {
        stack = PlenaryStack.builder().property("plenary.kafka.max-event-bytes", "20000").build().start();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    private static String insertion(int characters) {
        return "{\"baseVersion\":1,\"operations\":[{\"op\":\"insertParagraph\",\"section\":\"operative\",\"after\":\"op1\","
                + "\"text\":\"*Decides* to act" + " and to act".repeat(characters / 11) + ";\"}]}";
    }

    @Test
    void aChangeTooLargeToPublishIsRefusedBeforeItIsStored() throws Exception {
        String command = stack.commandUrl() + "/api/drafts";
        String draft = http.submitSample(command);

        Http.Response tooLarge = http.post(command + "/" + draft + "/amendments", "dev:FRA", insertion(25_000));

        assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(413);
        assertThat(tooLarge.json().get("message").asText()).contains("AmendmentProposedEvent")
                .contains("limited to 20000 bytes").contains("plenary.kafka.max-event-bytes");
        Http.Response fits = http.post(command + "/" + draft + "/amendments", "dev:FRA", insertion(2_000));
        assertThat(fits.status()).as(fits.body()).isEqualTo(201);
        assertThat(fits.json().get("amendmentId").asText()).as("the refused one took no id").isEqualTo("A1");
        assertThat(fits.json().get("version").asLong()).isEqualTo(2);
        JsonNode history = http.get(stack.queryUrl() + "/api/drafts/" + draft + "/history?minVersion=2").json();
        assertThat(history.get("events").findValuesAsText("type")).containsExactly("DraftSubmittedEvent", "AmendmentProposedEvent");

        Http.Response importTooLarge = http.postText(command + "/import", "dev:SECRETARIAT", PlenaryLocal.readSample()
                .replace("Recalling", "Recalling " + "its earlier resolutions and ".repeat(800)));
        assertThat(importTooLarge.status()).as(importTooLarge.body()).isEqualTo(413);
    }
}
