package org.plenary.shared.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;

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

    /** What Jackson's JSR-310 module writes (and Plenary wrote before {@link IsoInstants.Serializer}). */
    private static final ObjectMapper JSR310 = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Property(tries = 5000)
    void writesWhatInstantToStringAndTheJsr310ModuleWrite(@ForAll("instants") Instant instant) throws Exception {
        assertWritten(instant);
    }

    @Test
    void writesTheEdgesAndTheYearsOutsideFourDigitsAsBefore() throws Exception {
        for (String edge : List.of("0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00Z",
                "1969-12-31T23:59:59.000000001Z", "2016-02-29T23:59:59.100Z", "2017-05-23T10:00:00.000010Z",
                "+10000-01-01T00:00:00Z", "-0001-12-31T23:59:59Z")) {
            assertWritten(Instant.parse(edge));
        }
        assertWritten(Instant.MAX);
        assertWritten(Instant.MIN);
        assertThat(Json.mapper().getSerializerProviderInstance().findValueSerializer(Instant.class))
                .as("the configuration writes instants with its own writer, not the JSR-310 module's")
                .isInstanceOf(IsoInstants.Serializer.class);
    }

    private static void assertWritten(Instant instant) throws Exception {
        String expected = "\"" + instant + "\"";
        assertThat(JSR310.writeValueAsString(instant)).isEqualTo(expected);
        assertThat(Json.mapper().writeValueAsString(instant)).as(instant.toString()).isEqualTo(expected);
        assertThat(Json.mapper().writeValueAsString(List.of(instant))).isEqualTo("[" + expected + "]");
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
