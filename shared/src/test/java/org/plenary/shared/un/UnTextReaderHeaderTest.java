package org.plenary.shared.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Header;
import org.plenary.shared.json.Json;

/** Header lines in the forms the UN prints them, and what the reader keeps of lines it does not know. */
class UnTextReaderHeaderTest {

    private static final String BODY = "\n\nThe General Assembly,\n\n1. *Decides* to act.\n";

    private static DraftDocument corpus(String name) {
        return UnTextReader.read(Resources.un("corpus/" + name));
    }

    @Test
    void readsASecurityCouncilResolutionWithItsHeadingAndAdoptionLine() {
        DraftDocument doc = corpus("07-sc-adopted.txt");
        assertThat(doc.symbol()).isEqualTo("S/RES/2719 (2023)");
        assertThat(doc.adoption()).isEqualTo("Resolution 2719 (2023)\n"
                + "Adopted by the Security Council at its 9518th meeting, on 21 December 2023");
        assertThat(doc.title()).isNull();
        assertThat(doc.header()).isEqualTo(new Header("Security Council", "Distr.: General", "21 December 2023", null,
                null, null, null, null, null));
    }

    @Test
    void keepsTheSymbolOfTheHeaderAndTheResolutionNumberInTheAdoptionBlock() {
        DraftDocument doc = corpus("04-ga-adopted-with-symbol.txt");
        assertThat(doc.symbol()).isEqualTo("A/RES/77/190");
        assertThat(doc.adoption()).isEqualTo("Resolution adopted by the General Assembly on 15 December 2022\n"
                + "[on the report of the Third Committee (A/77/462)]\n77/190.");
        assertThat(doc.title()).isEqualTo("Strengthening the role of volunteering in humanitarian response");
        assertThat(doc.closing()).containsExactly("49th plenary meeting", "15 December 2022");
    }

    @Test
    void splitsLinesThatPrintPutsSideBySide() {
        Header h = corpus("13-hrc-draft-extracted-header.txt").header();
        assertThat(h.organ()).isEqualTo("General Assembly");
        assertThat(h.distribution()).isEqualTo("Distr.: Limited");
        assertThat(h.placeAndDates()).isEqualTo("26 February–5 April 2024");
        assertThat(h.unrecognised()).isEmpty();
        DraftDocument doc = UnTextReader.read("General Assembly Distr.: Limited A/C.3/77/L.5\n\nA: draft resolution"
                + "\n\nTitle" + BODY);
        assertThat(doc.symbol()).isEqualTo("A/C.3/77/L.5");
        assertThat(doc.header().distribution()).isEqualTo("Distr.: Limited");
    }

    @Test
    void readsTwoBodiesWithoutPrincipalOrganAsOrganAndBody() {
        DraftDocument doc = corpus("17-unicef-executive-board.txt");
        assertThat(doc.header().organ()).isEqualTo("United Nations Children’s Fund");
        assertThat(doc.header().body()).isEqualTo("Executive Board");
        assertThat(doc.header().session()).isEqualTo("Annual session 2023");
        assertThat(doc.header().placeAndDates()).isEqualTo("13–16 June 2023, New York");
        assertThat(doc.kind()).isEqualTo("Draft decision submitted by the Bureau");
        assertThat(doc.subject()).isEqualTo("The Executive Board,");
    }

    @Test
    void keepsUnknownAndRepeatedHeaderLinesInOrder() {
        DraftDocument doc = UnTextReader.read("Advance unedited version\n\nGeneral Assembly\n\nSeventy-eighth session\n\n"
                + "Some committee note\n\nSeventy-ninth session\n\nA and B: draft resolution\n\nTitle" + BODY);
        assertThat(doc.header().session()).isEqualTo("Seventy-eighth session");
        assertThat(doc.header().unrecognised())
                .containsExactly("Advance unedited version", "Some committee note", "Seventy-ninth session");
        String written = UnTextWriter.write(doc);
        assertThat(written).contains("Advance unedited version", "Some committee note");
        assertThat(UnTextReader.read(written)).isEqualTo(doc);
    }

    @Test
    void readsSessionsInWordsAndFiguresAndDatesInTheUnForms() {
        assertThat(corpus("21-ga-first-committee-figures.txt").header().session()).isEqualTo("78th session");
        assertThat(corpus("08-ecosoc-draft-vice-president.txt").header())
                .extracting(Header::session, Header::placeAndDates)
                .containsExactly("2023 session", "25 July 2022–26 July 2023");
        assertThat(corpus("12-escap-regional-commission.txt").header().placeAndDates())
                .isEqualTo("Bangkok and online, 15–19 May 2023");
    }

    @Test
    void headersStoredBeforeUnrecognisedLinesExistedStillDecode() throws Exception {
        String old = "{\"organ\":\"General Assembly\",\"distribution\":null,\"date\":\"1 May 2020\","
                + "\"originalLanguage\":null,\"body\":null,\"session\":null,\"placeAndDates\":null,\"agendaItem\":null,"
                + "\"agendaTitle\":null}";
        Header read = Json.mapper().readValue(old, Header.class);
        assertThat(read).isEqualTo(new Header("General Assembly", null, "1 May 2020", null, null, null, null, null,
                null));
        assertThat(read.unrecognised()).isEmpty();
        assertThat(Json.mapper().writeValueAsString(read)).doesNotContain("unrecognised");
        Header kept = new Header(null, null, null, null, null, null, null, null, null, List.of("Provisional"));
        assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(kept), Header.class)).isEqualTo(kept);
    }
}
