package org.plenary.shared.json;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoInstantsTest {

    @Provide
    Arbitrary<Instant> instants() {
        // years 0000-9999, every precision Instant.toString() produces (0, 3, 6 or 9 fraction digits)
        Arbitrary<Long> seconds = Arbitraries.longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999).map(m -> m * 1_000_000),
                Arbitraries.integers().between(0, 999_999).map(u -> u * 1_000), Arbitraries.integers().between(0, 999_999_999));
        return seconds.flatMap(s -> nanos.map(n -> Instant.ofEpochSecond(s, n)));
    }

    @Property(tries = 2000)
    void readsWhatInstantWritesAsInstantParseDoes(@ForAll("instants") Instant instant) {
        String text = instant.toString();
        assertThat(IsoInstants.parseCommonForm(text)).as(text).isEqualTo(Instant.parse(text));
    }

    @Property(tries = 500)
    void anyFractionLengthFromOneToNine(@ForAll("instants") Instant instant) {
        String base = instant.toString().substring(0, 19);
        String nanos = String.format("%09d", instant.getNano());
        for (int digits = 1; digits <= 9; digits++) {
            String text = base + "." + nanos.substring(0, digits) + "Z";
            assertThat(IsoInstants.parseCommonForm(text)).as(text).isEqualTo(Instant.parse(text));
        }
    }

    @Property(tries = 300)
    void jsonRoundTripThroughTheSharedMapper(@ForAll("instants") Instant instant) throws Exception {
        String json = Json.mapper().writeValueAsString(instant);
        assertThat(Json.mapper().readValue(json, Instant.class)).isEqualTo(instant);
    }

    @Test
    void leavesEveryOtherFormToTheGeneralParser() {
        for (String other : new String[]{"2017-05-23T10:00:00+02:00", "2016-12-31T23:59:60Z", "+10000-01-01T00:00:00Z",
                "2017-05-23T10:00:00.Z", "2017-05-23T10:00:00.1234567890Z", "2017-05-23 10:00:00Z", "2017-05-23T10:00Z"}) {
            assertThat(IsoInstants.parseCommonForm(other)).as(other).isNull();
        }
        assertThat(IsoInstants.parse("2017-05-23T10:00:00+02:00")).isEqualTo(Instant.parse("2017-05-23T08:00:00Z"));
    }

    @Test
    void rejectsImpossibleDatesAndTimesLikeInstantParse() {
        for (String bad : new String[]{"2017-02-29T10:00:00Z", "2017-13-01T10:00:00Z", "2017-04-31T10:00:00Z",
                "2017-05-23T10:60:00Z", "2017-05-00T10:00:00Z", "2O17-05-23T10:00:00Z"}) {
            assertThat(IsoInstants.parseCommonForm(bad)).as(bad).isNull();
            assertThatThrownBy(() -> IsoInstants.parse(bad)).as(bad).isInstanceOf(DateTimeException.class);
        }
        assertThat(IsoInstants.parseCommonForm("2016-02-29T00:00:00Z")).isEqualTo(Instant.parse("2016-02-29T00:00:00Z"));
        assertThat(IsoInstants.parseCommonForm("2000-02-29T00:00:00Z")).isEqualTo(Instant.parse("2000-02-29T00:00:00Z"));
        assertThat(IsoInstants.parseCommonForm("1900-02-29T00:00:00Z")).isNull();
        // the end of a day, which Instant.parse reads as the next midnight: left to it
        assertThat(IsoInstants.parseCommonForm("2017-05-23T24:00:00Z")).isNull();
        assertThat(IsoInstants.parse("2017-05-23T24:00:00Z")).isEqualTo(Instant.parse("2017-05-24T00:00:00Z"));
    }

    @Test
    void theMapperStillReadsNumbersAndRejectsGarbage() throws Exception {
        assertThat(Json.mapper().readValue("1495533600", Instant.class)).isEqualTo(Instant.parse("2017-05-23T10:00:00Z"));
        assertThatThrownBy(() -> Json.mapper().readValue("\"yesterday\"", Instant.class))
                .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
    }
}
