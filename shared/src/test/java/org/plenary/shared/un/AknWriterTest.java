package org.plenary.shared.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.document.Footnote;
import org.plenary.shared.document.Header;
import org.plenary.shared.document.Paragraph;

class AknWriterTest {

    private static final LocalDate DATE = LocalDate.of(2017, 5, 23);
    private static final Schema SCHEMA = schema();

    private final DraftDocument sample = UnTextReader.read(Resources.un(Resources.SAMPLE));

    private static Schema schema() {
        try {
            URL xsd = AknWriterTest.class.getResource("/akn/akomantoso30.xsd");
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertValid(String xml) throws Exception {
        SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    @ParameterizedTest
    @ValueSource(strings = {Resources.SAMPLE, UnTextReaderVariationsTest.ADOPTED, UnTextReaderVariationsTest.AFRICAN_GROUP,
            UnTextReaderVariationsTest.NO_TITLE, UnTextReaderVariationsTest.NO_HEADER, UnTextReaderVariationsTest.WRAPPED})
    void everyTestDocumentValidatesAgainstTheAkomaNtosoSchema(String name) throws Exception {
        assertValid(AknWriter.write(UnTextReader.read(Resources.un(name)), "draft-1", DATE));
    }

    @Property(tries = 150)
    void everyGeneratedDocumentValidates(@ForAll("documents") DraftDocument doc) throws Exception {
        assertValid(AknWriter.write(doc, "d-42", DATE));
    }

    @Provide
    Arbitrary<DraftDocument> documents() {
        return GeneratedDocuments.documents();
    }

    @Test
    void writesAResolutionDocWithFrbrIdentification() {
        String xml = AknWriter.write(sample, "draft-1", DATE);
        assertThat(xml).contains("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">",
                "<doc name=\"resolution\">", "<identification source=\"#plenary\">",
                "<FRBRthis value=\"/akn/un/doc/resolution/2017-05-23/draft-1/!main\"/>",
                "<FRBRuri value=\"/akn/un/doc/resolution/2017-05-23/draft-1\"/>",
                "<FRBRdate date=\"2017-05-23\" name=\"submission\"/>", "<FRBRcountry value=\"un\"/>",
                "<FRBRlanguage language=\"eng\"/>", "<FRBRuri value=\"/akn/un/doc/resolution/2017-05-23/draft-1/eng@2017-05-23\"/>",
                "<TLCOrganization eId=\"author\" href=\"/ontology/organization/un/commission_on_crime_prevention_and_criminal_justice\"");
    }

    @Test
    void writesOneProponentPerSponsorWithItsReference() {
        String xml = AknWriter.write(sample, "draft-1", DATE);
        assertThat(xml.split("<docProponent ", -1)).hasSize(13);
        assertThat(xml).contains("<docProponent refersTo=\"#sponsor_iran_islamic_republic_of\" as=\"#sponsor\">"
                + "Iran (Islamic Republic of)</docProponent>");
        assertThat(xml).contains("<TLCOrganization eId=\"sponsor_iran_islamic_republic_of\" "
                + "href=\"/ontology/organization/un/iran_islamic_republic_of\" showAs=\"Iran (Islamic Republic of)\"/>");
        assertThat(xml).contains("<docType>revised draft resolution</docType>", "<docNumber>draft-1</docNumber>",
                "<docTitle>Strengthening international cooperation to combat cybercrime</docTitle>",
                "<docDate date=\"2017-05-23\">23 May 2017</docDate>");
    }

    @Test
    void writesTheSubjectFormulaAndPreambularParagraphs() {
        String xml = AknWriter.write(sample, "draft-1", DATE);
        assertThat(xml).contains("<preamble>\n<formula name=\"enactingFormula\"><p>The Commission on Crime Prevention "
                + "and Criminal Justice,</p></formula>\n<container name=\"preambularParagraph\" eId=\"preamble__container_1\">");
        assertThat(xml).contains("eId=\"preamble__container_7\"");
    }

    @Test
    void writesNumberedParagraphsWithItalicVerbsAndBulletLists() {
        String xml = AknWriter.write(sample, "draft-1", DATE);
        assertThat(xml).contains("<paragraph eId=\"para_1\">\n<num>1.</num>\n<content>\n<p><i>Requests</i> the open-ended");
        assertThat(xml).contains("<blockList eId=\"para_2__list_1\">\n<item eId=\"para_2__list_1__item_1\"><p>Chapter 3: "
                + "Legislation and frameworks</p>");
        assertThat(xml).contains("<paragraph eId=\"para_7\">");
    }

    @Test
    void placesFootnotesAsAuthorialNotesAtTheirCalls() {
        String xml = AknWriter.write(sample, "draft-1", DATE);
        assertThat(xml).contains("Changing World<authorialNote marker=\"1\" placement=\"bottom\" eId=\"authorialNote_1\">"
                + "<p>General Assembly resolution <ref href=\"https://digitallibrary.un.org/search?p=65%2F230\">65/230</ref>, "
                + "annex.</p></authorialNote> and the Doha");
    }

    @Test
    void writesNestedLabelledItemsAndTheClosingOfAnAdoptedResolution() throws Exception {
        String xml = AknWriter.write(UnTextReader.read(Resources.un(UnTextReaderVariationsTest.ADOPTED)), "r-1", DATE);
        assertThat(xml).contains("<item eId=\"preamble__container_2__list_1__item_3\"><num>(c)</num><p>Cybercrime, in "
                + "particular:</p>\n<blockList eId=\"preamble__container_2__list_1__item_3__list_1\">");
        assertThat(xml).contains("<FRBRuri value=\"/akn/un/doc/resolution/2017-05-23/76-186\"/>",
                "<FRBRdate date=\"2017-05-23\" name=\"adoption\"/>", "<docNumber>76/186</docNumber>",
                "<conclusions>\n<p class=\"closing\">53rd plenary meeting</p>");
    }

    @Test
    void keepsNotesWithoutCallsInMetaAndEscapesMarkup() throws Exception {
        DraftDocument doc = new DraftDocument(Header.EMPTY, null, null, List.of("A & B <x>"), null, null,
                "<script>\"t\"</script>", null, null, List.of(new Paragraph("op1", "*Decides* <b> & \"q\"")),
                List.of(new Footnote("1", "Never called & <i>")), null);
        String xml = AknWriter.write(doc, "d 1", DATE);
        assertValid(xml);
        assertThat(xml).contains("<notes source=\"#plenary\">\n<note eId=\"note_1\" marker=\"1\"><p>Never called &amp; "
                + "&lt;i&gt;</p></note>", "<docTitle>&lt;script&gt;&quot;t&quot;&lt;/script&gt;</docTitle>");
    }

    @Test
    void writesADocumentWithNothingButAnEmptyBody() throws Exception {
        DraftDocument empty = new DraftDocument(null, null, null, null, null, null, null, null, null, null, null, null);
        assertValid(AknWriter.write(empty, "empty", DATE));
    }

    @Test
    void theSchemaCheckRejectsADocWithoutMeta() {
        String invalid = "<akomaNtoso xmlns=\"" + AknWriter.NAMESPACE + "\"><doc name=\"resolution\"><mainBody><p/>"
                + "</mainBody></doc></akomaNtoso>";
        assertThatThrownBy(() -> assertValid(invalid)).isInstanceOf(org.xml.sax.SAXParseException.class)
                .hasMessageContaining("mainBody");
    }

    @Test
    void requiresADraftIdAndADate() {
        assertThatThrownBy(() -> AknWriter.write(sample, " ", DATE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("draftId must not be blank");
        assertThatThrownBy(() -> AknWriter.write(sample, "d", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("date");
    }

    @Test
    void anAdoptedResolutionWithItsLifecycleValidates() throws Exception {
        DraftDocument adopted = UnTextReader.read(Resources.un(UnTextReaderVariationsTest.ADOPTED));
        String xml = AknWriter.write(adopted, "draft-1", DATE, java.util.List.of(
                new AknEvent(DATE, "Submission", false), new AknEvent(DATE.plusDays(1), "Rev.1", true),
                new AknEvent(DATE.plusDays(2), "Oral revision 1", true),
                new AknEvent(DATE.plusDays(2), "Adoption as resolution 26/2", false)));
        assertValid(xml);
        assertThat(xml).contains("<lifecycle source=\"#plenary\">",
                "<eventRef eId=\"evt_2\" date=\"2017-05-24\" source=\"#plenary\" refersTo=\"#event_2\" type=\"amendment\"/>",
                "<TLCEvent eId=\"event_4\" href=\"/ontology/event/un/adoption_as_resolution_26_2\" showAs=\"Adoption as resolution 26/2\"/>");
    }
}
