package org.plenary.query.projection;

import org.junit.jupiter.api.Test;
import org.plenary.query.TestNegotiations;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.json.Json;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Views are written with their own instant writer: the text must stay exactly what Jackson wrote before. */
class ViewJsonTest {

    @Test
    void instantsAreWrittenAsInstantToStringWritesThem() throws Exception {
        Random random = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            long seconds = -62_167_219_200L + (long) (random.nextDouble() * (253_402_300_799L + 62_167_219_200L));
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            assertInstant(Instant.ofEpochSecond(seconds, nanos));
        }
        for (String edge : List.of("0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00Z",
                "1969-12-31T23:59:59.000000001Z", "2016-02-29T23:59:59.100Z", "2017-05-23T10:00:00.000010Z")) {
            assertInstant(Instant.parse(edge));
        }
        assertInstant(Instant.parse("+10000-01-01T00:00:00Z"));
        assertInstant(Instant.parse("-0001-12-31T23:59:59Z"));
        assertInstant(Instant.MAX);
        assertInstant(Instant.MIN);
    }

    @Test
    void aViewIsWrittenAsTheSharedConfigurationWritesIt() throws Exception {
        List<EventEnvelope> events = TestNegotiations.joinsAndWithdrawals("d1", 40);
        DraftViewBuilder builder = DraftViewBuilder.submitted(events.get(0));
        for (EventEnvelope event : events.subList(1, events.size())) {
            builder.apply(event);
        }
        DraftView view = builder.view();
        assertThat(view.coSponsors()).isNotEmpty();
        assertThat(ViewJson.mapper().writeValueAsString(view)).isEqualTo(Json.mapper().writeValueAsString(view));
    }

    private static void assertInstant(Instant instant) throws Exception {
        String expected = Json.mapper().writeValueAsString(instant);
        assertThat(expected).isEqualTo("\"" + instant + "\"");
        assertThat(ViewJson.mapper().writeValueAsString(instant)).as(instant.toString()).isEqualTo(expected);
    }
}
