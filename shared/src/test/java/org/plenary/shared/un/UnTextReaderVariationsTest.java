package org.plenary.shared.un;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Header;
import org.plenary.shared.document.Item;
import org.plenary.shared.document.Paragraph;

class UnTextReaderVariationsTest {

    static final String ADOPTED = "ga-76-186-adopted.txt";
    static final String AFRICAN_GROUP = "hrc-african-group-draft.txt";
    static final String NO_TITLE = "sc-draft-no-title.txt";
    static final String NO_HEADER = "minimal-no-header.txt";
    static final String WRAPPED = "ecosoc-comma-sponsors-wrapped.txt";
    static final List<String> ALL = List.of(Resources.SAMPLE, ADOPTED, AFRICAN_GROUP, NO_TITLE, NO_HEADER, WRAPPED);

    @ParameterizedTest
    @ValueSource(strings = {Resources.SAMPLE, ADOPTED, AFRICAN_GROUP, NO_TITLE, NO_HEADER, WRAPPED})
    void accountsForEveryCharacterOfTheInput(String name) {
        String input = Resources.un(name);
        TextAccounting.assertAccountedFor(input, UnTextReader.read(input));
    }

    @Test
    void readsAnAdoptedResolutionWithAdoptionLineSymbolAndClosing() {
        DraftDocument doc = UnTextReader.read(Resources.un(ADOPTED));
        assertThat(doc.header()).isEqualTo(new Header("General Assembly", "Distr.: General", "20 December 2021", null,
                null, "Seventy-sixth session", null, "Agenda item 108", "Crime prevention and criminal justice"));
        assertThat(doc.kind()).isNull();
        assertThat(doc.sponsors()).isEmpty();
        assertThat(doc.adoption()).isEqualTo("Resolution adopted by the General Assembly on 16 December 2021\n"
                + "[on the report of the Third Committee (A/76/479)]");
        assertThat(doc.symbol()).isEqualTo("76/186");
        assertThat(doc.title()).startsWith("Strengthening the United Nations crime prevention");
        assertThat(doc.subject()).isEqualTo("The General Assembly,");
        assertThat(doc.closing()).containsExactly("53rd plenary meeting", "16 December 2021");
        assertThat(doc.footnotes()).extracting(Footnote::marker).containsExactly("1", "2");
    }

    @Test
    void nestsRomanItemsUnderLettersInThePreamble() {
        Paragraph pp2 = UnTextReader.read(Resources.un(ADOPTED)).preamble().get(1);
        assertThat(pp2.text()).startsWith("*Deeply concerned*");
        assertThat(pp2.items()).extracting(Item::label).containsExactly("(a)", "(b)", "(c)");
        Item c = pp2.items().get(2);
        assertThat(c.id()).isEqualTo("pp2.3");
        assertThat(c.items()).extracting(Item::id).containsExactly("pp2.3.1", "pp2.3.2");
        assertThat(c.items()).extracting(Item::label).containsExactly("(i)", "(ii)");
    }

    @Test
    void nestsBulletsUnderRomanItemsAndReturnsToTheLetterList() {
        Paragraph op2 = UnTextReader.read(Resources.un(ADOPTED)).operative().get(1);
        assertThat(op2.items()).extracting(Item::label).containsExactly("(a)", "(b)", "(c)");
        Item ii = op2.items().get(1).items().get(1);
        assertThat(ii.id()).isEqualTo("op2.2.2");
        assertThat(ii.items()).extracting(Item::label, Item::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("-", "the African Union;"),
                org.assertj.core.groups.Tuple.tuple("-", "the European Union;"));
        assertThat(ii.items().get(1).id()).isEqualTo("op2.2.2.2");
    }

    @Test
    void readsAnAsteriskedSponsorSpeakingOnBehalfOfAGroup() {
        DraftDocument doc = UnTextReader.read(Resources.un(AFRICAN_GROUP));
        assertThat(doc.sponsors()).containsExactly("Cameroon");
        assertThat(doc.sponsorsNote()).isEqualTo("on behalf of the Group of African States");
        assertThat(doc.kind()).isEqualTo("draft resolution");
    }

    @Test
    void readsHeaderFieldsInAnyOrder() {
        Header h = UnTextReader.read(Resources.un(AFRICAN_GROUP)).header();
        assertThat(h).isEqualTo(new Header("General Assembly", "Distr.: Limited", "25 March 2022", "English",
                "Human Rights Council", "Forty-ninth session", "28 February-1 April 2022", "Agenda item 3",
                "Promotion and protection of all human rights, civil, political, economic, social and cultural rights, "
                        + "including the right to development"));
    }

    @Test
    void attachesElevenFootnotesFromTwoPageBreaksToTheirCalls() {
        DraftDocument doc = UnTextReader.read(Resources.un(AFRICAN_GROUP));
        assertThat(doc.footnotes()).extracting(Footnote::marker)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
        assertThat(doc.footnotes().get(9)).isEqualTo(new Footnote("10", "To be held in Geneva."));
        assertThat(doc.operative()).hasSize(4);
        assertThat(doc.operative().get(2).text()).endsWith("to the Council;¹¹");
        assertThat(doc.closing()).isEmpty();
    }

    @Test
    void readsASecurityCouncilDraftWithoutTitle() {
        DraftDocument doc = UnTextReader.read(Resources.un(NO_TITLE));
        assertThat(doc.title()).isNull();
        assertThat(doc.subject()).isEqualTo("The Security Council,");
        assertThat(doc.sponsors()).containsExactly("France", "Germany", "Trinidad and Tobago",
                "United Kingdom of Great Britain and Northern Ireland");
        assertThat(doc.preamble()).hasSize(2);
        assertThat(doc.operative()).hasSize(2);
        assertThat(doc.preamble().get(0).text()).contains("[2177 (2014)](#)");
    }

    @Test
    void readsADocumentWithoutHeaderOrSponsors() {
        DraftDocument doc = UnTextReader.read(Resources.un(NO_HEADER));
        assertThat(doc.header()).isEqualTo(Header.EMPTY);
        assertThat(doc.sponsors()).isEmpty();
        assertThat(doc.kind()).isNull();
        assertThat(doc.title()).isEqualTo("Oceans and the law of the sea");
        assertThat(doc.preamble()).containsExactly(
                new Paragraph("pp1", "*Recalling* its annual resolutions on the law of the sea,"));
        assertThat(doc.operative()).extracting(Paragraph::id).containsExactly("op1");
    }

    @Test
    void readsCommaSeparatedSponsorsKeepingNamesThatContainAnd() {
        DraftDocument doc = UnTextReader.read(Resources.un(WRAPPED));
        assertThat(doc.sponsors()).containsExactly("Bosnia and Herzegovina", "Colombia",
                "Saint Vincent and the Grenadines");
        assertThat(doc.kind()).isEqualTo("revised draft resolution");
        assertThat(doc.symbol()).isEqualTo("E/CN.7/2023/L.5/Rev.1");
        assertThat(doc.header().agendaItem()).isEqualTo("Item 4 of the provisional agenda");
        assertThat(doc.header().agendaTitle()).isNull();
        assertThat(doc.header().placeAndDates()).isEqualTo("Vienna, 13-17 March 2023");
    }

    @Test
    void joinsWrappedLinesOfTitleAndParagraphsWithOneSpace() {
        DraftDocument doc = UnTextReader.read(Resources.un(WRAPPED));
        assertThat(doc.title())
                .isEqualTo("Promoting alternative development as a development-oriented drug control strategy");
        assertThat(doc.preamble().get(0).text()).contains("viable and sustainable option for preventing");
        assertThat(doc.operative().get(1).text()).endsWith("to the Commission at its sixty-seventh session.");
    }

    @Test
    void readsBulletsInThePreambleAndIndentedItemsInTheOperativePart() {
        DraftDocument doc = UnTextReader.read(Resources.un(WRAPPED));
        Paragraph pp2 = doc.preamble().get(1);
        assertThat(pp2.items()).extracting(Item::text)
                .containsExactly("the Lima Declaration;", "the Guiding Principles on Alternative Development;");
        assertThat(pp2.items().get(1).items()).extracting(Item::text).containsExactly("in particular their operative part;");
        assertThat(doc.operative().get(0).items()).extracting(Item::label).containsExactly("(a)", "(b)");
    }

    @Test
    void readsTheSponsorsLineBoldOrNotOnOneLineOrTwo() {
        String body = "\n\nTitle\n\nThe General Assembly,\n\n1. *Decides* to act.\n";
        for (String line : List.of("A, B and C: draft resolution", "**A, B and C: draft resolution**",
                "**A, B and C:\ndraft resolution**", "A, B, C: draft resolution", "A, B and C:\ndraft resolution")) {
            DraftDocument doc = UnTextReader.read(line + body);
            assertThat(doc.sponsors()).as(line).containsExactly("A", "B", "C");
            assertThat(doc.kind()).as(line).isEqualTo("draft resolution");
            assertThat(doc.title()).as(line).isEqualTo("Title");
        }
    }

    @Test
    void readsAdoptedSymbolAndTitleOnOneLine() {
        DraftDocument doc = UnTextReader.read("Resolution adopted by the General Assembly on 1 May 2020\n\n"
                + "74/270. Global solidarity to fight COVID-19\n\nThe General Assembly,\n\n1. *Calls for* unity.\n");
        assertThat(doc.symbol()).isEqualTo("74/270");
        assertThat(doc.title()).isEqualTo("Global solidarity to fight COVID-19");
    }

    @Test
    void readsTwoDigitFootnoteCallsAndNotesAfterARule() {
        DraftDocument doc = UnTextReader.read("T\n\nThe General Assembly,\n\n1. *Notes* the report;¹²\n\n"
                + "2. *Decides* to act.¹\n\n____\n\n¹ First.\n\n¹² Twelfth, continued\non a second line.\n");
        assertThat(doc.footnotes()).containsExactly(new Footnote("1", "First."),
                new Footnote("12", "Twelfth, continued on a second line."));
    }
}
