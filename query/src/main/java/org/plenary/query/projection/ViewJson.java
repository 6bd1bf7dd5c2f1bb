package org.plenary.query.projection;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import org.plenary.shared.json.Json;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The JSON configuration that writes stored draft views: {@link Json#mapper()}'s, with instants written without
 * {@link java.time.format.DateTimeFormatter}. A view carries an instant for every amendment's proposal, decision
 * and transition and every co-sponsorship, and the formatter's general printer took two fifths of writing a view
 * in a replay's profile (docs/BENCHMARKS.md, "Replay (fourth session)"). The text is exactly
 * {@link Instant#toString()}'s, which is what Jackson wrote before, so stored views and their checksums do not
 * change; instants outside the years 0000-9999 go to {@link Instant#toString()} itself.
 */
final class ViewJson {

    private static final ObjectMapper MAPPER = Json.mapper().copy()
            .registerModule(new SimpleModule("plenary-view-instants").addSerializer(Instant.class, new InstantWriter()));

    /** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the years written with four digits and no sign. */
    private static final long FIRST = -62_167_219_200L;
    private static final long LAST = 253_402_300_799L;

    private ViewJson() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Writes {@code yyyy-MM-ddTHH:mm:ss[.fff[fff[fff]]]Z}; the fraction in groups of three digits, as ISO_INSTANT. */
    private static int write(long seconds, int nanos, char[] out) {
        long day = Math.floorDiv(seconds, 86_400L);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        LocalDate date = LocalDate.ofEpochDay(day);
        digits(out, 0, date.getYear(), 4);
        out[4] = '-';
        digits(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, secondOfDay / 3_600, 2);
        out[13] = ':';
        digits(out, 14, secondOfDay / 60 % 60, 2);
        out[16] = ':';
        digits(out, 17, secondOfDay % 60, 2);
        int at = 19;
        if (nanos != 0) {
            out[at++] = '.';
            if (nanos % 1_000_000 == 0) {
                digits(out, at, nanos / 1_000_000, 3);
                at += 3;
            } else if (nanos % 1_000 == 0) {
                digits(out, at, nanos / 1_000, 6);
                at += 6;
            } else {
                digits(out, at, nanos, 9);
                at += 9;
            }
        }
        out[at++] = 'Z';
        return at;
    }

    private static void digits(char[] out, int from, int value, int count) {
        for (int i = from + count - 1; i >= from; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /** Jackson: an instant as {@link #write} puts it, else as {@link Instant#toString()}. */
    private static final class InstantWriter extends StdSerializer<Instant> {

        InstantWriter() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator json, SerializerProvider provider) throws IOException {
            long seconds = value.getEpochSecond();
            if (seconds < FIRST || seconds > LAST) {
                json.writeString(value.toString());
                return;
            }
            char[] text = new char[30];
            json.writeString(text, 0, write(seconds, value.getNano(), text));
        }
    }
}
